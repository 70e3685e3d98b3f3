import { describe, expect, it } from 'vitest';
import { summarizeCost } from '@/components/analysis/cost';
import { fieldText, segmentText } from '@/components/analysis/fields';
import { DEFAULT_PREFERENCES, type Preferences } from '@/components/settings/preferences';
import { bundledCardById } from '@/core/pricing/bundled';
import type { RateCard } from '@/core/pricing/schema';

const usd = bundledCardById('meta-usd-2026-10-01') as RateCard;
const NOV = new Date('2026-11-25T12:00:00Z');
const prefs = (patch: Partial<Preferences>): Preferences => ({ ...DEFAULT_PREFERENCES, ...patch });

describe('summarizeCost', () => {
  it('prices the predicted category and compares it with the selected one', () => {
    const cost = summarizeCost(
      { category: 'MARKETING', selectedCategory: 'UTILITY' },
      { preferences: prefs({ recipients: { kind: 'single', market: 'Brazil' }, monthlyVolume: 1000 }), card: usd },
      NOV,
    );
    if (!cost.ok) throw new Error(cost.error);
    expect(cost.category).toBe('MARKETING');
    expect(cost.selected).toBe('UTILITY');
    expect(cost.byCategory.MARKETING).toEqual({ perMessage: 62_500, monthlyTotal: 62_500_000 });
    expect(cost.byCategory.UTILITY).toEqual({ perMessage: 6_800, monthlyTotal: 6_800_000 });
    expect(cost.predictedOverSelected).toBe(9.2);
    expect(cost.marketingOverUtility).toBe(9.2);
    expect(cost.era.id).toBe('per-message-2026-10');
    expect(cost.card.effectiveDate).toBe('2026-10-01');
  });

  it('weights a market mix by its shares', () => {
    const cost = summarizeCost(
      { category: 'UTILITY', selectedCategory: 'UTILITY' },
      {
        preferences: prefs({
          recipients: {
            kind: 'mix',
            shares: [
              { market: 'Brazil', percent: 50 },
              { market: 'North America', percent: 50 },
            ],
          },
          monthlyVolume: 1000,
        }),
        card: usd,
      },
      NOV,
    );
    if (!cost.ok) throw new Error(cost.error);
    // 500 × 0.0068 + 500 × 0.0034 = 5.10
    expect(cost.byCategory.UTILITY?.monthlyTotal).toBe(5_100_000);
    expect(cost.markets.map((m) => m.market).sort()).toEqual(['Brazil', 'North America']);
    expect(cost.selected).toBeNull();
    expect(cost.predictedOverSelected).toBeNull();
  });

  it('still gives per-message prices at a volume of 0', () => {
    const cost = summarizeCost(
      { category: 'MARKETING', selectedCategory: null },
      { preferences: prefs({ recipients: { kind: 'single', market: 'India' }, monthlyVolume: 0 }), card: usd },
      NOV,
    );
    if (!cost.ok) throw new Error(cost.error);
    expect(cost.byCategory.MARKETING?.monthlyTotal).toBe(0);
    expect(cost.byCategory.MARKETING?.perMessage).toBeGreaterThan(0);
  });

  it('returns an error, not an exception, when the card lacks the market', () => {
    const tiny: RateCard = { ...usd, id: 'user-tiny', markets: { Brazil: usd.markets.Brazil } };
    const cost = summarizeCost(
      { category: 'MARKETING', selectedCategory: null },
      { preferences: prefs({ recipients: { kind: 'single', market: 'India' } }), card: tiny },
      NOV,
    );
    expect(cost.ok).toBe(false);
    if (!cost.ok) expect(cost.error).toMatch(/India/);
  });
});

describe('evidence helpers', () => {
  it('segments text with merged, clamped ranges and keeps every character', () => {
    const text = 'Use code SAVE10 for 10% off';
    const segments = segmentText(text, [
      { start: 4, end: 8 },
      { start: 6, end: 15 },
      { start: 20, end: 99 },
      { start: 3, end: 3 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['code SAVE10', '10% off']);
  });

  it('finds the text a field reference points at', () => {
    const draft = {
      name: 'promo',
      components: [
        { type: 'HEADER' as const, format: 'TEXT' as const, text: 'Hi' },
        { type: 'BODY' as const, text: 'Body' },
        { type: 'FOOTER' as const, text: 'Foot' },
        {
          type: 'BUTTONS' as const,
          buttons: [
            { type: 'QUICK_REPLY' as const, text: 'Stop' },
            {
              type: 'URL' as const,
              text: 'Shop now',
              url: 'https://x.example/{{1}}',
              example: ['https://x.example/a'],
            },
            { type: 'COPY_CODE' as const, example: 'SAVE10' },
          ],
        },
      ],
    };
    expect(fieldText(draft, 'header')).toBe('Hi');
    expect(fieldText(draft, 'body')).toBe('Body');
    expect(fieldText(draft, 'footer')).toBe('Foot');
    expect(fieldText(draft, 'name')).toBe('promo');
    expect(fieldText(draft, 'buttons.1.text')).toBe('Shop now');
    expect(fieldText(draft, 'buttons.1.url')).toBe('https://x.example/{{1}}');
    expect(fieldText(draft, 'buttons.1.example')).toBe('https://x.example/a');
    expect(fieldText(draft, 'buttons.2.example')).toBe('SAVE10');
    expect(fieldText(draft, 'buttons.9.text')).toBe('');
  });
});
