/**
 * The one place the settings layer touches core/pricing, so a rename there is a one-line change here.
 */

import { BUNDLED_CARDS, bundledCardFor } from '@/core/pricing/bundled';
import { todayIso } from '@/core/pricing/dates';
import type { Market } from '@/core/pricing/market-data';
import { canonicalMarketName, resolveMarket } from '@/core/pricing/markets-core';
import type { RateCard } from '@/core/pricing/schema';

export { BUNDLED_CARDS, bundledCardById } from '@/core/pricing/bundled';
export { MARKETS, type Market } from '@/core/pricing/market-data';
export { MarketSchema, type RateCard, RateCardSchema } from '@/core/pricing/schema';

/**
 * v1 stored free text from the old market field ("brazil", "UAE", "Kenya", "United States"): a market name or
 * alias, else a country name or ISO code priced in its market today; null when it is neither.
 * (markets-core, not markets: the content script loads this and must not pull in phone-number metadata.)
 */
export function resolveMarketName(name: string): Market | null {
  const market = canonicalMarketName(name);
  if (market) return market;
  const resolved = resolveMarket(name, todayIso());
  return resolved.ok ? resolved.market : null;
}

/**
 * The bundled card in force on `date`. USD is the default billing currency; when no USD card was in force yet
 * (dates before the first bundled card) the earliest one is used — the engine notes that in its CardChoice.
 */
export function bundledCardInForce(date: string): RateCard {
  const choice = bundledCardFor(date, 'USD');
  const card = choice?.card ?? BUNDLED_CARDS[0];
  // BUNDLED_CARDS is never empty: a core/pricing test asserts the shipped CSVs load.
  if (!card) throw new Error('No bundled rate cards loaded');
  return card;
}
