/**
 * Category names as they appear in inputs, mapped to Meta's three current categories.
 * Before 2023 Meta had finer categories (TRANSACTIONAL, ACCOUNT_UPDATE, SHIPPING_UPDATE, OTP…); exports and
 * older tools still carry them. Meta migrated them: transactional kinds → UTILITY, OTP → AUTHENTICATION,
 * promotional kinds → MARKETING (../shared/corpus/README.md `original_label`; meta-rules-and-pricing.md §1).
 */
import type { Category } from './schema';

const LEGACY: Record<string, Category> = {
  MARKETING: 'MARKETING',
  UTILITY: 'UTILITY',
  AUTHENTICATION: 'AUTHENTICATION',
  // Pre-2023 transactional categories → UTILITY.
  TRANSACTIONAL: 'UTILITY',
  ACCOUNT_UPDATE: 'UTILITY',
  PAYMENT_UPDATE: 'UTILITY',
  PERSONAL_FINANCE_UPDATE: 'UTILITY',
  SHIPPING_UPDATE: 'UTILITY',
  RESERVATION_UPDATE: 'UTILITY',
  ISSUE_RESOLUTION: 'UTILITY',
  APPOINTMENT_UPDATE: 'UTILITY',
  TRANSPORTATION_UPDATE: 'UTILITY',
  TICKET_UPDATE: 'UTILITY',
  ALERT_UPDATE: 'UTILITY',
  AUTO_REPLY: 'UTILITY',
  // Pre-2023 one-time-password category → AUTHENTICATION.
  OTP: 'AUTHENTICATION',
  // Pre-2023 promotional category → MARKETING.
  PROMOTIONAL: 'MARKETING',
};

/** Maps a category as written in an input (any case, spaces or dashes) to a current category; null if unknown. */
export function normalizeCategory(value: string): Category | null {
  const key = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  return LEGACY[key] ?? null;
}
