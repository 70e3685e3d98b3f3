import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTiersCsv,
  bundledCardById,
  type CostEstimate,
  costMultiple,
  type EstimateInput,
  type EstimateResult,
  eraFor,
  estimateCost,
  formatMoney,
  importRateCardCsv,
  type RateCard,
} from '@/core/pricing';

const USD = bundledCardById('meta-usd-2026-10-01') as RateCard;
const EUR = bundledCardById('meta-eur-2026-07-01') as RateCard;

function ok(result: EstimateResult): CostEstimate {
  if (!result.ok) throw new Error(result.error);
  return result;
}

function estimate(input: Partial<EstimateInput>): CostEstimate {
  return ok(
    estimateCost({ category: 'UTILITY', market: 'BR', monthlyVolume: 10_000, date: '2026-11-01', card: USD, ...input }),
  );
}

const usd = (micros: number) => formatMoney(micros, 'USD');

describe('worked examples (hand-computed from the 2026-10-01 USD card)', () => {
  it('10,000 utility messages to Brazil: 10,000 × 0.0068 = 68.00 USD; as marketing 10,000 × 0.0625 = 625.00 USD', () => {
    const result = estimate({});
    expect(usd(result.monthlyTotal)).toBe('$68.00');
    expect(result.monthlyTotal).toBe(68_000_000);
    expect(result.perMessage).toBe(6_800);
    expect(result.byCategory.MARKETING).toEqual({ perMessage: 62_500, monthlyTotal: 625_000_000 });
    expect(result.byCategory.AUTHENTICATION).toEqual({ perMessage: 6_800, monthlyTotal: 68_000_000 });
    expect(costMultiple(625_000_000, result.monthlyTotal)).toBe(9.2);
    expect(result.card).toMatchObject({ id: 'meta-usd-2026-10-01', effectiveDate: '2026-10-01' });
    expect(result.era.id).toBe('per-message-2026-10');
    expect(result.lines).toEqual([
      expect.objectContaining({
        market: 'Brazil',
        quantity: 10_000,
        rate: 6_800,
        amount: 68_000_000,
        rule: 'utility-always-charged',
      }),
    ]);
    expect(result.notes.map((n) => n.code)).toContain('tiers-unknown');
  });

  it('marketing with 20% in free-entry-point windows: 8,000 × 0.0625 = 500.00', () => {
    const result = estimate({ category: 'MARKETING', shareInFreeEntryPoint: 0.2 });
    expect(usd(result.monthlyTotal)).toBe('$500.00');
    expect(result.lines.map((l) => [l.rule, l.quantity, l.amount])).toEqual([
      ['free-entry-point', 2_000, 0],
      ['marketing-per-message', 8_000, 500_000_000],
    ]);
    expect(result.perMessage).toBe(50_000);
  });

  it('split recipients: half Brazil, half India utility = 5,000 × 0.0068 + 5,000 × 0.0014 = 41.00', () => {
    const result = estimate({ market: undefined, recipients: { BR: 0.5, '+91 98765 43210': 0.5 } });
    expect(usd(result.monthlyTotal)).toBe('$41.00');
    expect(result.perMessage).toBe(4_100);
    expect(result.markets.map((m) => [m.market, m.messages])).toEqual([
      ['Brazil', 5_000],
      ['India', 5_000],
    ]);
  });

  it('shares that do not add to 1 are scaled, with a note, and whole messages add up to the volume', () => {
    const result = estimate({ market: undefined, recipients: { BR: 1, IN: 1, MX: 1 }, monthlyVolume: 100 });
    expect(result.markets.map((m) => m.messages).reduce((a, b) => a + b)).toBe(100);
    expect(result.notes.map((n) => n.code)).toContain('shares-normalised');
  });

  it('a Jamaican and a Puerto Rican number land in the same market and are priced together', () => {
    const result = estimate({ market: undefined, recipients: { '+1 876 555 0100': 0.5, '+1 787 555 0100': 0.5 } });
    expect(result.markets).toEqual([{ market: 'Rest of Latin America', share: 1, messages: 10_000 }]);
    expect(result.monthlyTotal).toBe(10_000 * 11_300);
  });
});

describe('pricing eras by date', () => {
  it.each([
    ['2023-05-31', null],
    ['2023-06-01', 'conversation-based'],
    ['2025-06-30', 'conversation-based'],
    ['2025-07-01', 'per-message'],
    ['2026-09-30', 'per-message'],
    ['2026-10-01', 'per-message-2026-10'],
  ])('%s → %s', (date, era) => {
    expect(eraFor(date)?.id ?? null).toBe(era);
  });

  it('before 2023-06-01 is a clear error, not a throw', () => {
    expect(
      estimateCost({ category: 'UTILITY', market: 'BR', monthlyVolume: 10, date: '2023-05-31', card: USD }),
    ).toMatchObject({
      ok: false,
      field: 'date',
    });
  });

  it('utility inside the service window: free on 2026-09-30 (5,000 × 0.0068 = 34.00), charged on 2026-10-01 (68.00)', () => {
    const before = estimate({ date: '2026-09-30', shareInServiceWindow: 0.5 });
    expect(usd(before.monthlyTotal)).toBe('$34.00');
    expect(before.lines.map((l) => l.rule)).toEqual(['utility-inside-window-free', 'utility-outside-window']);
    expect(before.notes.map((n) => n.code)).toContain('card-after-date');

    const after = estimate({ date: '2026-10-01', shareInServiceWindow: 0.5 });
    expect(usd(after.monthlyTotal)).toBe('$68.00');
    expect(after.notes.find((n) => n.code === 'utility-in-window-charged')?.message).toMatch(/majority/);
  });

  it('authentication is charged inside the service window in every per-message era', () => {
    expect(estimate({ category: 'AUTHENTICATION', date: '2026-09-30', shareInServiceWindow: 0.5 }).monthlyTotal).toBe(
      68_000_000,
    );
  });

  it('service messages: free on 2026-09-30; from 2026-10-01 1,000 free per number, then the utility rate', () => {
    expect(estimate({ category: 'SERVICE', date: '2026-09-30' }).monthlyTotal).toBe(0);
    // 10,000 − 1,000 free = 9,000 × 0.0068 = 61.20
    const one = estimate({ category: 'SERVICE', date: '2026-10-01' });
    expect(usd(one.monthlyTotal)).toBe('$61.20');
    expect(one.lines.map((l) => [l.rule, l.quantity])).toEqual([
      ['service-free-tier', 1_000],
      ['service-at-utility-rate', 9_000],
    ]);
    // three numbers: 10,000 − 3,000 = 7,000 × 0.0068 = 47.60
    expect(usd(estimate({ category: 'SERVICE', date: '2026-10-01', businessPhoneNumbers: 3 }).monthlyTotal)).toBe(
      '$47.60',
    );
    expect(estimate({ category: 'SERVICE', monthlyVolume: 800 }).monthlyTotal).toBe(0);
  });

  it('service without a service column falls back to the utility rate from 2026-10-01, with a note', () => {
    // EUR card: Brazil utility 0.0056 → 9,000 × 0.0056 = 50.40 EUR
    const result = estimate({ category: 'SERVICE', card: EUR });
    expect(formatMoney(result.monthlyTotal, 'EUR')).toBe('€50.40');
    expect(result.notes.map((n) => n.code)).toContain('service-rate-from-utility');
  });

  it('conversation-based era: service conversations 1,000 free until 2024-10-31, free after', () => {
    // 1,500 − 1,000 free = 500 × 0.0068 (the card's service rate) = 3.40, flagged as indicative
    const october = estimate({ category: 'SERVICE', date: '2024-10-31', monthlyVolume: 1_500 });
    expect(usd(october.monthlyTotal)).toBe('$3.40');
    expect(october.era.id).toBe('conversation-based');
    expect(october.notes.map((n) => n.code)).toEqual(
      expect.arrayContaining(['card-model-mismatch', 'card-after-date']),
    );
    expect(estimate({ category: 'SERVICE', date: '2024-11-01', monthlyVolume: 1_500 }).monthlyTotal).toBe(0);
  });

  it('conversation-based era: each template is a conversation charged at the category rate', () => {
    const result = estimate({ date: '2025-06-30', shareInServiceWindow: 0.5 });
    expect(result.monthlyTotal).toBe(68_000_000);
    expect(result.lines[0]?.rule).toBe('conversation-charge');
    expect(result.notes.map((n) => n.code)).toContain('window-share-unused');
  });

  it('a market the card predates is priced where the country sat on the card’s date', () => {
    // EUR 2026-07-01 has no Bangladesh row; Bangladesh was in Rest of Asia Pacific then (utility 0.0094).
    const result = estimate({ market: 'BD', card: EUR, monthlyVolume: 1_000 });
    expect(result.markets[0]?.market).toBe('Rest of Asia Pacific');
    expect(result.monthlyTotal).toBe(9_400_000);
    expect(result.notes.map((n) => n.code)).toContain('market-not-on-card');
  });
});

describe('authentication-international', () => {
  it('India, eligible, business in the US: 10,000 × 0.0304 = 304.00', () => {
    const result = estimate({
      category: 'AUTHENTICATION',
      market: 'IN',
      authInternationalEligible: true,
      businessCountry: 'US',
    });
    expect(usd(result.monthlyTotal)).toBe('$304.00');
    expect(result.lines[0]?.rule).toBe('authentication-international');
  });

  it('India, eligible, business in India: domestic 10,000 × 0.0014 = 14.00', () => {
    const result = estimate({
      category: 'AUTHENTICATION',
      market: 'IN',
      authInternationalEligible: true,
      businessCountry: 'in',
    });
    expect(usd(result.monthlyTotal)).toBe('$14.00');
  });

  it('Egypt’s international rate is unknown on the card: falls back to 0.0036 and says so', () => {
    const result = estimate({
      category: 'AUTHENTICATION',
      market: 'EG',
      authInternationalEligible: true,
      businessCountry: 'US',
    });
    expect(usd(result.monthlyTotal)).toBe('$36.00');
    expect(result.notes.find((n) => n.code === 'auth-international-unknown')?.message).toMatch(
      /Egypt.*unknown.*fell back/,
    );
  });

  it('Brazil has no international rate: authentication rate, with a note', () => {
    const result = estimate({ category: 'AUTHENTICATION', authInternationalEligible: true, businessCountry: 'US' });
    expect(result.monthlyTotal).toBe(68_000_000);
    expect(result.notes.map((n) => n.code)).toContain('auth-international-not-applicable');
  });

  it('not eligible: never the international rate', () => {
    expect(estimate({ category: 'AUTHENTICATION', market: 'IN', businessCountry: 'US' }).monthlyTotal).toBe(14_000_000);
  });
});

describe('volume tiers (marginal)', () => {
  const tiers = [
    'Market,Category,From,To,Rate',
    'Brazil,Utility,1,1000,0.0068',
    'Brazil,Utility,1001,5000,0.0060',
    'Brazil,Utility,5001,,0.0050',
    'India,Authentication,2001,,0.0010',
  ].join('\n');
  const tiered = (() => {
    const result = applyTiersCsv(USD, tiers);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.card;
  })();

  it.each([
    [1_000, 6_800_000], // 1,000 × 0.0068
    [1_001, 6_806_000], // + 1 × 0.0060
    [5_000, 30_800_000], // 6.80 + 4,000 × 0.0060
    [5_001, 30_805_000], // + 1 × 0.0050
    [10_000, 55_800_000], // 6.80 + 24.00 + 5,000 × 0.0050
  ])('%i utility messages to Brazil cost %i micros', (volume, total) => {
    const result = estimate({ card: tiered, monthlyVolume: volume });
    expect(result.monthlyTotal).toBe(total);
    expect(result.lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(volume);
    expect(result.notes.map((n) => n.code)).toContain('tiers-applied');
  });

  it('counts below the first tier are at the list rate (India auth: 2,000 × 0.0014 + 1,000 × 0.0010 = 3.80)', () => {
    const result = estimate({ card: tiered, category: 'AUTHENTICATION', market: 'IN', monthlyVolume: 3_000 });
    expect(result.monthlyTotal).toBe(3_800_000);
    expect(result.lines.map((l) => [l.rule, l.quantity, l.rate])).toEqual([
      ['authentication-per-message', 2_000, 1_400],
      ['volume-tier', 1_000, 1_000],
    ]);
  });

  it('only charged messages count toward tiers (in-window utility before 2026-10-01 is free and not counted)', () => {
    // 10,000 with 50% in window → 5,000 charged: 1,000 × 0.0068 + 4,000 × 0.0060 = 30.80
    const result = estimate({ card: tiered, date: '2026-09-30', shareInServiceWindow: 0.5 });
    expect(result.monthlyTotal).toBe(30_800_000);
  });

  it('marketing is never tiered', () => {
    expect(estimate({ card: tiered, category: 'MARKETING' }).monthlyTotal).toBe(625_000_000);
  });

  it('rejects overlapping tiers and unknown categories with line numbers', () => {
    const bad = applyTiersCsv(
      USD,
      'Market,Category,From,To,Rate\nBrazil,Utility,1,1000,0.0068\nBrazil,Utility,900,,0.006\nBrazil,Marketing,1,,0.05\n',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.errors.map((e) => [e.line, e.column])).toEqual([
        [3, 'From'],
        [4, 'Category'],
      ]);
  });

  it('a rate card import can take the tiers file too', () => {
    const csv = 'Market,Currency,Marketing,Utility,Authentication\nBrazil,USD,0.0625,0.0068,0.0068\n';
    const result = importRateCardCsv(csv, {
      effectiveDate: '2026-10-01',
      tiersCsv: 'Market,Category,From,To,Rate\nBrazil,Utility,1001,,0.005\n',
    });
    expect(result.ok && result.card.tiers?.Brazil?.utility).toEqual([{ from: 1001, to: null, rate: 5_000 }]);
    const wrong = importRateCardCsv(csv, {
      effectiveDate: '2026-10-01',
      tiersCsv: 'Market,Category,From,To,Rate\nIndia,Utility,1,,0.005\n',
    });
    expect(wrong).toMatchObject({
      ok: false,
      errors: [{ line: 2, message: expect.stringMatching(/Tiers file: India is not on the card/) }],
    });
  });
});

describe('bad input gives a typed error, never a throw', () => {
  const base: EstimateInput = { category: 'UTILITY', market: 'BR', monthlyVolume: 10, date: '2026-11-01', card: USD };
  it.each([
    [{ category: 'PROMO' as never }, 'category'],
    [{ monthlyVolume: -1 }, 'monthlyVolume'],
    [{ monthlyVolume: 1.5 }, 'monthlyVolume'],
    [{ date: '2026-02-30' }, 'date'],
    [{ shareInServiceWindow: 1.2 }, 'shareInServiceWindow'],
    [{ shareInFreeEntryPoint: Number.NaN }, 'shareInFreeEntryPoint'],
    [{ businessPhoneNumbers: 0 }, 'businessPhoneNumbers'],
    [{ businessCountry: 'USA' }, 'businessCountry'],
    [{ market: 'Atlantis' }, 'market'],
    [{ market: undefined }, 'market'],
    [{ recipients: { BR: 1 } }, 'recipients'],
    [{ card: { ...USD, currency: 'dollars' } }, 'card'],
  ])('%j → error on %s', (patch, field) => {
    const result = estimateCost({ ...base, ...patch });
    expect(result).toMatchObject({ ok: false, field });
  });

  it('an unknown rate on a user card is an error for that category and null in byCategory', () => {
    const imported = importRateCardCsv(
      'Market,Currency,Marketing,Utility,Authentication\nBrazil,USD,n/a,0.0068,0.0068\n',
      {
        effectiveDate: '2026-10-01',
      },
    );
    if (!imported.ok) throw new Error('import failed');
    const utility = estimate({ card: imported.card });
    expect(utility.byCategory.MARKETING).toBeNull();
    expect(estimateCost({ ...base, category: 'MARKETING', card: imported.card })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no marketing rate for Brazil/),
    });
  });

  it('zero volume costs nothing', () => {
    expect(estimate({ monthlyVolume: 0 })).toMatchObject({ monthlyTotal: 0, perMessage: 0, lines: [] });
  });

  it('null input does not throw', () => {
    expect(estimateCost(null as unknown as EstimateInput)).toMatchObject({ ok: false });
  });
});

describe('estimator invariants (generated inputs)', () => {
  const markets = Object.keys(USD.markets);
  const input = fc.record({
    category: fc.constantFrom('MARKETING' as const, 'UTILITY' as const, 'AUTHENTICATION' as const, 'SERVICE' as const),
    market: fc.constantFrom(...markets),
    monthlyVolume: fc.integer({ min: 0, max: 2_000_000 }),
    date: fc.constantFrom('2024-10-31', '2025-06-30', '2025-07-01', '2026-09-30', '2026-10-01', '2027-03-01'),
    shareInServiceWindow: fc.double({ min: 0, max: 1, noNaN: true }),
    shareInFreeEntryPoint: fc.double({ min: 0, max: 1, noNaN: true }),
    businessPhoneNumbers: fc.integer({ min: 1, max: 5 }),
  });

  it('lines account for every message, amounts add up to the total, and more messages never cost less', () => {
    fc.assert(
      fc.property(input, (generated) => {
        const result = ok(estimateCost({ ...generated, card: USD }));
        expect(result.lines.reduce((sum, l) => sum + l.quantity, 0)).toBe(generated.monthlyVolume);
        expect(result.lines.reduce((sum, l) => sum + l.amount, 0)).toBe(result.monthlyTotal);
        for (const l of result.lines) expect(l.amount).toBe(l.quantity * l.rate);
        if (generated.category !== 'SERVICE')
          expect(result.byCategory[generated.category]?.monthlyTotal).toBe(result.monthlyTotal);
        const more = ok(estimateCost({ ...generated, monthlyVolume: generated.monthlyVolume + 1, card: USD }));
        expect(more.monthlyTotal).toBeGreaterThanOrEqual(result.monthlyTotal);
      }),
      { numRuns: 300 },
    );
  });
});

describe('Marketing Messages API max price (core/template/formats.md §6)', () => {
  it('gives the month’s ceiling beside the list rate: 10,000 to Brazil at a 0.0500 max = 500.00 USD vs 625.00', () => {
    const result = estimate({ category: 'MARKETING', marketingMaxPrice: 50_000 });
    expect(result.monthlyTotal).toBe(625_000_000); // the list-rate estimate is unchanged
    expect(result.marketingMaxPrice).toEqual({
      perMessage: 50_000,
      monthlyCeiling: 500_000_000,
      messages: 10_000,
      listPerMessage: 62_500,
    });
    expect(result.notes.find((n) => n.code === 'marketing-max-price')?.message).toMatch(
      /at most \$0\.0500 per delivered marketing message, instead of the list rate \(\$0\.0625 here\)/,
    );
  });

  it('keeps free-entry-point messages out of the ceiling and says when the max price was only in limited beta', () => {
    const result = estimate({
      category: 'MARKETING',
      marketingMaxPrice: 50_000,
      shareInFreeEntryPoint: 0.2,
      date: '2026-07-15',
    });
    expect(result.marketingMaxPrice?.messages).toBe(8_000);
    expect(result.marketingMaxPrice?.monthlyCeiling).toBe(400_000_000);
    expect(result.notes.find((n) => n.code === 'marketing-max-price')?.message).toMatch(/limited beta/);
  });

  it('is given for the Marketing figures whatever category is estimated, and refuses a negative amount', () => {
    expect(estimate({ category: 'UTILITY', marketingMaxPrice: 50_000 }).marketingMaxPrice?.monthlyCeiling).toBe(
      500_000_000,
    );
    expect(estimate({}).marketingMaxPrice).toBeNull();
    const bad = estimateCost({
      category: 'MARKETING',
      market: 'BR',
      monthlyVolume: 1,
      date: '2026-11-01',
      card: USD,
      marketingMaxPrice: -1,
    });
    expect(bad.ok ? null : bad.field).toBe('marketingMaxPrice');
  });
});

describe('a card older than the priced date’s quarter', () => {
  it('warns that Meta may have changed rates since (the EUR card of 2026-07-01, priced on 2026-12-04)', () => {
    const note = ok(
      estimateCost({ category: 'UTILITY', market: 'DE', monthlyVolume: 100, date: '2026-12-04', card: EUR }),
    ).notes.find((n) => n.code === 'card-older-than-quarter');
    expect(note?.message).toMatch(/\(EUR\) is dated 2026-07-01, before the quarter that began 2026-10-01/);
  });

  it('does not warn for a card of the current quarter', () => {
    expect(estimate({ date: '2026-12-04' }).notes.map((n) => n.code)).not.toContain('card-older-than-quarter');
  });
});
