/**
 * What an import would change compared with the active card: markets added/removed and every rate that differs.
 * Pure, so the preview shown before applying is tested without a DOM.
 */
import type { Market } from '@/core/pricing/market-data';
import { type MarketRates, RATE_FIELDS, type RateCard, type RateField } from '@/core/pricing/schema';

export { RATE_FIELDS, type RateField } from '@/core/pricing/schema';

export interface RateChange {
  market: Market;
  field: RateField;
  /** Micros; null = not published. */
  before: number | null;
  after: number | null;
  /** after − before in micros, when both are known. */
  delta: number | null;
  /** Relative change in %, when both are known and before > 0. */
  percent: number | null;
}

export interface CardDiff {
  added: Market[];
  removed: Market[];
  changed: RateChange[];
  sameCurrency: boolean;
}

function rateOf(rates: MarketRates | undefined, field: RateField): number | null {
  return rates?.[field] ?? null;
}

export function diffCards(from: RateCard, to: RateCard): CardDiff {
  const fromMarkets = Object.keys(from.markets) as Market[];
  const toMarkets = Object.keys(to.markets) as Market[];
  const added = toMarkets.filter((market) => !(market in from.markets));
  const removed = fromMarkets.filter((market) => !(market in to.markets));
  const changed: RateChange[] = [];
  for (const market of toMarkets) {
    const before = from.markets[market];
    if (!before) continue;
    const after = to.markets[market];
    for (const field of RATE_FIELDS) {
      const a = rateOf(before, field);
      const b = rateOf(after, field);
      if (a === b) continue;
      const delta = a !== null && b !== null ? b - a : null;
      const percent = delta !== null && a !== null && a > 0 ? (delta / a) * 100 : null;
      changed.push({ market, field, before: a, after: b, delta, percent });
    }
  }
  return { added, removed, changed, sameCurrency: from.currency === to.currency };
}
