import { describe, expect, it } from 'vitest';
import { diffCards } from '@/components/options/card-diff';
import type { RateCard } from '@/core/pricing/schema';

const base: RateCard = {
  id: 'a',
  name: 'A',
  currency: 'USD',
  effectiveDate: '2026-10-01',
  source: 'test',
  pricingModel: 'per-message',
  markets: {
    Brazil: {
      marketing: 62_500,
      utility: 6_800,
      authentication: 6_800,
      authenticationInternational: null,
      service: 6_800,
    },
    India: {
      marketing: 11_800,
      utility: 1_400,
      authentication: 1_400,
      authenticationInternational: 30_400,
      service: 1_400,
    },
  },
};

describe('diffCards', () => {
  it('lists added and removed markets and each changed rate with its delta and percentage', () => {
    const next: RateCard = {
      ...base,
      currency: 'EUR',
      markets: {
        Brazil: {
          marketing: 50_000,
          utility: 6_800,
          authentication: 6_800,
          authenticationInternational: null,
          service: null,
        },
        Spain: { marketing: 58_500, utility: 16_600, authentication: 16_600 },
      },
    };
    const diff = diffCards(base, next);
    expect(diff.added).toEqual(['Spain']);
    expect(diff.removed).toEqual(['India']);
    expect(diff.sameCurrency).toBe(false);
    expect(diff.changed).toEqual([
      { market: 'Brazil', field: 'marketing', before: 62_500, after: 50_000, delta: -12_500, percent: -20 },
      // Known → not published: a change, but no delta to show.
      { market: 'Brazil', field: 'service', before: 6_800, after: null, delta: null, percent: null },
    ]);
  });

  it('finds nothing when the cards carry the same rates', () => {
    expect(diffCards(base, structuredClone(base))).toEqual({ added: [], removed: [], changed: [], sameCurrency: true });
  });
});
