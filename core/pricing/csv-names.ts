/**
 * How the rate categories are written in CSV files, shared by the rate-card and the volume-tiers importers so both
 * accept the same spellings ("Authentication-International", "Auth Intl"…) and export the same labels.
 */
import type { RateField } from './schema';

/** normalizeName(spelling) → rate field. */
export const RATE_FIELD_BY_NAME: Readonly<Record<string, RateField>> = {
  marketing: 'marketing',
  utility: 'utility',
  authentication: 'authentication',
  auth: 'authentication',
  authenticationinternational: 'authenticationInternational',
  authenticationintl: 'authenticationInternational',
  authinternational: 'authenticationInternational',
  authintl: 'authenticationInternational',
  internationalauthentication: 'authenticationInternational',
  service: 'service',
};

/** Meta's column titles, used on export and in messages. */
export const RATE_FIELD_LABEL: Readonly<Record<RateField, string>> = {
  marketing: 'Marketing',
  utility: 'Utility',
  authentication: 'Authentication',
  authenticationInternational: 'Authentication-International',
  service: 'Service',
};
