/**
 * English WhatsApp Manager labels (data). Sources: ../shared/reference/whatsapp-manager-dom.md §2.2 unless noted.
 * "inferred" entries are plausible wording nobody has confirmed on the live site.
 */
import type { LabelDictionary } from './types';

const DEEP_LINKS = 'C: Meta "Deep links" doc, create flow and URL-button form fields (DOM ref §2.2)';
const LIBRARY = 'C: Meta "Template library" doc and image alt texts (DOM ref §2.2)';
const FUNDAMENTALS = 'C: Meta "Template fundamentals" doc (DOM ref §2.2)';
const CLONES = 'I: strings shared by open-source clones of the editor (DOM ref §2.2)';
const AUTH_8X8 = 'O: 8x8 Connect guide screenshots + agent log (DOM ref §2.2)';
const KEYBOARD = 'C: Meta "Keyboard suggestions" doc, alt text of the editor (DOM ref §2.2)';
const AUTH_DOCS = 'C: Meta "Authentication templates" doc, preset texts (meta-rules ref; DOM ref §5.2)';
const INFERRED = 'inferred';
const SUB_TYPES =
  'I: DOM ref §2.1 "Other sub-types (Catalog, Calling permissions request, Product card carousel, …)", inferred from the API template types; unverified on the live site';

export const EN: LabelDictionary = {
  name: [
    { text: 'Name', source: INFERRED },
    { text: 'Template name', source: CLONES },
    { text: 'Name your template', source: 'I: DOM ref §7.2 sketch' },
  ],
  language: [
    { text: 'Language', source: 'O: agent log picks a language ("Spanish (MEX)") (DOM ref §2.1)' },
    { text: 'Select language', source: INFERRED },
  ],
  category: [{ text: 'Category', source: 'O: legacy flow, Freshchat article (DOM ref §2.2)' }],
  header: [{ text: 'Header', source: CLONES }],
  body: [{ text: 'Body', source: CLONES }],
  footer: [{ text: 'Footer', source: CLONES }],
  buttons: [{ text: 'Buttons', source: DEEP_LINKS }],
  bodySamples: [
    { text: 'Samples for body content', source: CLONES },
    { text: 'Variable samples', source: 'I: DOM ref §6.3' },
    { text: 'Add sample', source: 'C: Meta "Template review" → Samples (DOM ref §2.2)' },
  ],
  headerSamples: [{ text: 'Samples for header content', source: INFERRED }],
  preview: [
    { text: 'Template preview', source: CLONES },
    { text: 'Preview', source: LIBRARY },
  ],
  marketing: [{ text: 'Marketing', source: DEEP_LINKS }],
  utility: [{ text: 'Utility', source: FUNDAMENTALS }],
  authentication: [{ text: 'Authentication', source: 'O: agent log (DOM ref §2.1)' }],
  custom: [{ text: 'Custom', source: DEEP_LINKS }],
  oneTimePasscode: [{ text: 'One-time Passcode', source: 'O: agent log (DOM ref §2.1)' }],
  formatCarousel: [
    { text: 'Carousel', source: SUB_TYPES },
    { text: 'Media card carousel', source: SUB_TYPES },
    { text: 'Media carousel', source: SUB_TYPES },
  ],
  formatProductCarousel: [
    { text: 'Product card carousel', source: SUB_TYPES },
    { text: 'Product carousel', source: SUB_TYPES },
  ],
  formatLimitedTimeOffer: [
    { text: 'Limited-time offer', source: SUB_TYPES },
    { text: 'Limited time offer', source: SUB_TYPES },
  ],
  formatCallPermission: [
    { text: 'Calling permissions request', source: SUB_TYPES },
    { text: 'Call permission request', source: SUB_TYPES },
    { text: 'Calling permission request', source: SUB_TYPES },
  ],
  formatCatalog: [
    { text: 'Catalog', source: SUB_TYPES },
    { text: 'Catalogue', source: SUB_TYPES },
  ],
  formatMultiProduct: [
    { text: 'Multi-product message', source: SUB_TYPES },
    { text: 'Multi-product', source: SUB_TYPES },
  ],
  headerNone: [{ text: 'None', source: CLONES }],
  headerText: [{ text: 'Text', source: CLONES }],
  headerImage: [{ text: 'Image', source: CLONES }],
  headerVideo: [{ text: 'Video', source: CLONES }],
  headerDocument: [{ text: 'Document', source: CLONES }],
  headerLocation: [{ text: 'Location', source: CLONES }],
  quickReply: [
    { text: 'Quick reply', source: CLONES },
    { text: 'Quick replies', source: CLONES },
  ],
  marketingOptOut: [{ text: 'Marketing opt-out', source: CLONES }],
  visitWebsite: [{ text: 'Visit website', source: DEEP_LINKS }],
  callPhone: [{ text: 'Call phone number', source: CLONES }],
  copyOfferCode: [{ text: 'Copy offer code', source: CLONES }],
  completeFlow: [{ text: 'Complete flow', source: CLONES }],
  typeOfAction: [{ text: 'Type of Action', source: DEEP_LINKS }],
  buttonText: [{ text: 'Button Text', source: DEEP_LINKS }],
  urlType: [{ text: 'URL Type', source: DEEP_LINKS }],
  urlStatic: [{ text: 'Static', source: DEEP_LINKS }],
  urlDynamic: [{ text: 'Dynamic', source: DEEP_LINKS }],
  websiteUrl: [{ text: 'Website URL', source: DEEP_LINKS }],
  phoneNumber: [{ text: 'Phone number', source: INFERRED }],
  offerCode: [
    { text: 'Offer code', source: INFERRED },
    { text: 'Coupon code', source: INFERRED },
  ],
  addButtons: [{ text: 'Add buttons', source: DEEP_LINKS }],
  addVariable: [{ text: 'Add variable', source: CLONES }],
  variableType: [{ text: 'Variable type', source: 'I/U: newer named-parameter UI (DOM ref §2.2)' }],
  variableNumber: [{ text: 'Number', source: 'I/U: DOM ref §2.2' }],
  variableName: [{ text: 'Name', source: 'I/U: DOM ref §2.2' }],
  codeDelivery: [{ text: 'Code delivery setup', source: AUTH_8X8 }],
  zeroTap: [{ text: 'Zero-tap autofill', source: AUTH_8X8 }],
  oneTap: [{ text: 'One-tap autofill', source: AUTH_8X8 }],
  copyCode: [{ text: 'Copy code', source: AUTH_8X8 }],
  securityRecommendation: [
    { text: 'Add security recommendation', source: AUTH_DOCS },
    { text: 'For your security, do not share this code.', source: AUTH_DOCS },
  ],
  expiry: [
    { text: 'Add expiry time for the code', source: INFERRED },
    { text: 'Code expiration', source: INFERRED },
  ],
  expiryMinutes: [
    { text: 'Expires in', source: INFERRED },
    { text: 'Minutes', source: INFERRED },
  ],
  autofillIos: [{ text: 'Allow autofill on iOS', source: KEYBOARD }],
  packageName: [{ text: 'Package name', source: AUTH_8X8 }],
  signatureHash: [{ text: 'App signature hash', source: AUTH_8X8 }],
  validityPeriod: [
    { text: 'Message validity period', source: AUTH_8X8 },
    { text: 'Validity period', source: AUTH_8X8 },
  ],
  submit: [
    { text: 'Submit', source: LIBRARY },
    { text: 'Submit for review', source: 'I: DOM ref §7.2 (exact text O/I)' },
  ],
  next: [{ text: 'Next', source: DEEP_LINKS }],
  createTemplate: [{ text: 'Create template', source: DEEP_LINKS }],
  manageTemplates: [
    { text: 'Manage templates', source: DEEP_LINKS },
    { text: 'Message templates', source: FUNDAMENTALS },
  ],
  optional: [{ text: 'Optional', source: CLONES }],
};
