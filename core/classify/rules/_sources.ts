/**
 * Meta's wording the rules rest on (../shared/reference/meta-rules-and-pricing.md). Quotes are Meta's words
 * ([META] S1/S2); entries marked DERIVED are the reference's own inference, not Meta rules.
 */
import type { MetaSource } from '../../types';

export const SRC = {
  mixed: {
    section: '§1.2 Marketing guidelines',
    quote:
      'Templates with mixed content (for example, both utility and marketing, such as an order update with a promo or a feedback survey with promotional content).',
  },
  unclear: {
    section: '§1.2 Marketing guidelines',
    quote: 'Templates where contents are unclear (for example, where contents are only {{1}} or Congratulations!).',
  },
  retargeting: {
    section: '§1.2 Retargeting',
    quote:
      '"You left {{items}} in your cart! Don\'t worry, we saved them. Checkout now below." — These are marketing even if requested by users.',
  },
  sales: {
    section: '§1.2 Sales',
    quote:
      '"As a thank you for your last order, please enjoy {{15}}% off your next order. Use code {{loyal15}} at checkout."',
  },
  upsell: {
    section: '§1.3 Order management',
    quote: 'Must not promote, recommend, upsell or cross-sell products, include offers, or attempt to secure renewals.',
  },
  renewal: {
    section: '§1.5 pattern 3',
    quote:
      '"Your subscription will expire on {{date}}! Renew today to save {{discount}}." Utility order/account messages must not "attempt to secure renewals".',
  },
  apology: {
    section: '§1.2 Retargeting',
    quote:
      '"We apologize for the delay in your {{package}} delivery. We have deposited a {{credit}} to your account, available immediately."',
  },
  app: {
    section: '§1.2 App promotion',
    quote: '"Did you know? You can now {{checkout}} in our app. Download it below to use our streamlined experience."',
  },
  relationship: {
    section: '§1.2 Build customer relationships',
    quote:
      '"{{Happy_birthday}}! We wish you the best in the year ahead." / "Thank you for being a {{valued_customer}}."',
  },
  donation: {
    section: '§1.2 Sales',
    quote:
      '"We are actively seeking {{donations}} to meet our fundraising goal of {{amount}}. Support our cause and contribute now!"',
  },
  preapproved: {
    section: '§1.2 Sales',
    quote:
      '"You have been {{pre_approved}} for our {{credit_card}}! Enjoy an introductory {{apr_rate}} if you apply via your personalized link below."',
  },
  awareness: {
    section: '§1.2 Awareness',
    quote:
      '"{{Diwali}} is around the corner! Join us at {{location}} on {{date}} to celebrate with friends and family."',
  },
  survey: {
    section: '§1.3 Feedback surveys',
    quote:
      'Must be specific to an order or interaction. A "general/generic survey or request for feedback will not be approved as utility."',
  },
  utilitySpecific: {
    section: '§1.3 Utility guidelines',
    quote:
      'Must ALSO be either specific to or requested by the user (clearly related to their order, account, services or transactions) OR essential or critical to the user.',
  },
  essential: {
    section: '§1.3 Essential or critical use cases',
    quote:
      'Public safety; public service; public disruption (system outages); account or product protection (fraud awareness, product recalls, warranty alerts); legal/regulatory compliance (privacy disclosures).',
  },
  optIn: {
    section: '§1.3 Opt-in management',
    quote: 'Confirm an opt-in collected elsewhere, or confirm an opt-out.',
  },
  otp: {
    section: '§1.4 Authentication rules',
    quote:
      'Only authentication templates can be used to send a one-time passcode… Marketing and utility templates cannot be used for this purpose.',
  },
  authForm: {
    section: '§1.4 Authentication rules',
    quote:
      'Fixed, non-customizable preset text: "<VERIFICATION_CODE> is your verification code." Optional security disclaimer "For your security, do not share this code." and expiry warning "This code expires in <NUM_MINUTES> minutes."',
  },
  buttonsDerived: {
    section: '§1.6 Heuristics (DERIVED)',
    quote:
      'Marketing-style CTA buttons ("Shop now", "View offer") on a utility template; a copy-code button whose example looks like a coupon. [DERIVED, not a Meta rule]',
  },
  optOutDerived: {
    section: '§1.6 Heuristics (DERIVED)',
    quote:
      'A button or footer to stop promotional messages shows the template is part of a marketing campaign. [DERIVED, not a Meta rule]',
  },
} satisfies Record<string, MetaSource>;
