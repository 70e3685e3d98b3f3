/**
 * Meta's fixed authentication texts in English (meta-rules-and-pricing.md §1.4, [META] S1, S5): the preset body
 * nobody can change, the optional security recommendation and the optional expiry footer.
 */
export const AUTH_PRESET_BODY = '{{1}} is your verification code.';
/** The preset as Meta's editor preview renders it: the code in bold. */
export const AUTH_PRESET_BODY_BOLD = '*{{1}}* is your verification code.';
export const AUTH_SECURITY_TEXT = 'For your security, do not share this code.';
export const authExpiryText = (minutes: number): string => `This code expires in ${minutes} minutes.`;
