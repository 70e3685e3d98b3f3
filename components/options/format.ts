import { LOCALE } from '@/components/analysis/format';
import type { MessageKey } from '@/components/i18n';
import { formatRate } from '@/core/pricing/money';
import type { UiLang } from '@/core/types';
import type { RateField } from './card-diff';

/** The UI name of each rate column of a card (tier categories are a subset). */
export const RATE_FIELD_KEY: Readonly<Record<RateField, MessageKey>> = {
  marketing: 'category.marketing',
  utility: 'category.utility',
  authentication: 'category.authentication',
  authenticationInternational: 'category.authenticationInternational',
  service: 'category.service',
};

/** A per-message rate in the card's currency, 4 decimals; null = not published. */
export function formatRateOrUnknown(micros: number | null, currency: string, lang: UiLang, unknown: string): string {
  return micros === null ? unknown : formatRate(micros, currency, LOCALE[lang]);
}

/** Signed change with its percentage: "+0.0012 (+4.3%)". */
export function formatDelta(deltaMicros: number, percent: number | null, currency: string, lang: UiLang): string {
  const sign = deltaMicros > 0 ? '+' : deltaMicros < 0 ? '−' : '±';
  const amount = formatRate(Math.abs(deltaMicros), currency, LOCALE[lang]);
  if (percent === null) return `${sign}${amount}`;
  const pct = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1, signDisplay: 'always' }).format(percent);
  return `${sign}${amount} (${pct}%)`;
}
