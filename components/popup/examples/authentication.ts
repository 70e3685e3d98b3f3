/**
 * Meta's fixed authentication template and its options (reference §1.4, [META] S5): the preset body, the optional
 * security recommendation (`add_security_recommendation`), the optional expiry footer (`code_expiration_minutes`,
 * 1–90) and the OTP button (copy code, one-tap, zero-tap). The English texts are Meta's; the Spanish preset is the
 * es_ES rendering quoted in §1.4. Meta localises the add-ons too, but their Spanish/Portuguese wording is not in
 * the reference, so the preview shows Meta's English and says so.
 */
import { AUTH_PRESET_BODY, AUTH_SECURITY_TEXT } from '@/core/template/auth-preset';
import type { TemplateDraft } from '@/core/template/schema';

export { authExpiryText } from '@/core/template/auth-preset';
export const AUTH_PRESET_BODY_ES = 'Tu código de verificación es *{{1}}*.';

export const AUTH_EXPIRY_MIN = 1;
export const AUTH_EXPIRY_MAX = 90;

export type OtpType = 'COPY_CODE' | 'ONE_TAP' | 'ZERO_TAP';

export interface AuthOptions {
  securityRecommendation: boolean;
  /** null = no expiry footer. */
  expiryMinutes: number | null;
  otpType: OtpType;
}

/** The body as Meta shows it in English, with the chosen add-ons. */
export function authPreviewText(options: AuthOptions): string {
  const parts = [AUTH_PRESET_BODY];
  if (options.securityRecommendation) parts.push(AUTH_SECURITY_TEXT);
  return parts.join(' ');
}

/** The Graph API create payload for these options (what "Check it" pastes into Check text). */
export function authTemplatePayload(options: AuthOptions): TemplateDraft {
  const expiry =
    options.expiryMinutes === null
      ? null
      : Math.min(AUTH_EXPIRY_MAX, Math.max(AUTH_EXPIRY_MIN, Math.round(options.expiryMinutes)));
  return {
    name: 'verification_code',
    language: 'en_US',
    category: 'AUTHENTICATION',
    components: [
      {
        type: 'BODY',
        text: AUTH_PRESET_BODY,
        ...(options.securityRecommendation ? { add_security_recommendation: true } : {}),
      },
      ...(expiry === null ? [] : [{ type: 'FOOTER' as const, code_expiration_minutes: expiry }]),
      {
        type: 'BUTTONS',
        buttons: [{ type: 'OTP', otp_type: options.otpType, text: 'Copy code' }],
      },
    ],
  };
}
