/**
 * Shape of the UI label dictionaries (one data file per UI language). Meta localises WhatsApp Manager to the
 * user's Facebook language, so every text heuristic needs the same label in several languages.
 * Each entry carries where it comes from: a tag from ../shared/reference/whatsapp-manager-dom.md (§0 legend)
 * — C = Meta's documentation, O = observed in third-party records of the live UI, I = open-source clones of
 * the editor — or "inferred" when it is our own wording/translation and must be checked on the live site.
 */
export interface LabelEntry {
  text: string;
  source: string;
}

/** Field and section labels the detector looks for. */
export const LABEL_KEYS = [
  // sections / fields
  'name',
  'language',
  'category',
  'header',
  'body',
  'footer',
  'buttons',
  'bodySamples',
  'headerSamples',
  'preview',
  // categories and sub-types
  'marketing',
  'utility',
  'authentication',
  'custom',
  'oneTimePasscode',
  // template types (sub-types) that decide the category by themselves (core/template/formats.ts)
  'formatCarousel',
  'formatProductCarousel',
  'formatLimitedTimeOffer',
  'formatCallPermission',
  'formatCatalog',
  'formatMultiProduct',
  // header types
  'headerNone',
  'headerText',
  'headerImage',
  'headerVideo',
  'headerDocument',
  'headerLocation',
  // buttons
  'quickReply',
  'marketingOptOut',
  'visitWebsite',
  'callPhone',
  'copyOfferCode',
  'completeFlow',
  'typeOfAction',
  'buttonText',
  'urlType',
  'urlStatic',
  'urlDynamic',
  'websiteUrl',
  'phoneNumber',
  'offerCode',
  'addButtons',
  // variables
  'addVariable',
  'variableType',
  'variableNumber',
  'variableName',
  // authentication
  'codeDelivery',
  'zeroTap',
  'oneTap',
  'copyCode',
  'securityRecommendation',
  'expiry',
  'expiryMinutes',
  'autofillIos',
  'packageName',
  'signatureHash',
  'validityPeriod',
  // actions and chrome
  'submit',
  'next',
  'createTemplate',
  'manageTemplates',
  'optional',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

export type LabelDictionary = Readonly<Record<LabelKey, readonly LabelEntry[]>>;
