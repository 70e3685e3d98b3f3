/** Changing the recipient markets from the popup (the options page edits shares in detail). */
import type { MarketShare, Recipients } from '@/components/settings/preferences';
import type { Market } from '@/core/pricing/market-data';

/** Shares summing to exactly 100, split evenly (remainder on the first ones, 2 decimals at most). */
export function evenShares(markets: readonly Market[]): MarketShare[] {
  const n = markets.length;
  if (n === 0) return [];
  const base = Math.floor(10_000 / n);
  let extra = 10_000 - base * n;
  return markets.map((market) => {
    const hundredths = base + (extra-- > 0 ? 1 : 0);
    return { market, percent: hundredths / 100 };
  });
}

export function marketsOf(recipients: Recipients): Market[] {
  return recipients.kind === 'single' ? [recipients.market] : recipients.shares.map((share) => share.market);
}

/** Add a market to the mix, splitting the volume evenly; a market already there leaves things unchanged. */
export function addToMix(recipients: Recipients, market: Market): Recipients {
  const current = marketsOf(recipients);
  if (current.includes(market)) return recipients;
  return { kind: 'mix', shares: evenShares([...current, market]) };
}

/**
 * Remove a market, scaling the others' shares back up to 100 (two decimals, the last one takes the rounding).
 * One market left → a single market. The last market cannot be removed.
 */
export function removeFromMix(recipients: Recipients, market: Market): Recipients {
  if (recipients.kind === 'single') return recipients;
  const rest = recipients.shares.filter((share) => share.market !== market);
  if (rest.length === recipients.shares.length || rest.length === 0) return recipients;
  const first = rest[0];
  if (rest.length === 1 && first) return { kind: 'single', market: first.market };
  const total = rest.reduce((sum, share) => sum + share.percent, 0);
  if (total <= 0) return { kind: 'mix', shares: evenShares(rest.map((share) => share.market)) };
  let used = 0;
  const shares = rest.map((share, index) => {
    if (index === rest.length - 1) return { market: share.market, percent: Math.round((100 - used) * 100) / 100 };
    const percent = Math.round((share.percent / total) * 10_000) / 100;
    used += percent;
    return { market: share.market, percent };
  });
  return { kind: 'mix', shares };
}
