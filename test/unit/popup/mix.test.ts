import { describe, expect, it } from 'vitest';
import { addToMix, evenShares, removeFromMix } from '@/components/popup/mix';
import { sharesTotal100 } from '@/components/settings/preferences';

describe('recipient mix edits from the popup', () => {
  it('splits evenly into shares that total exactly 100', () => {
    for (const n of [1, 2, 3, 6, 7]) {
      const shares = evenShares(
        Array.from(
          { length: n },
          (_, i) => ['Brazil', 'Mexico', 'India', 'Spain', 'Italy', 'Germany', 'France'][i] as 'Brazil',
        ),
      );
      expect(shares).toHaveLength(n);
      expect(sharesTotal100(shares)).toBe(true);
    }
  });

  it('adding a market turns a single market into an even mix; adding one already there changes nothing', () => {
    const mix = addToMix({ kind: 'single', market: 'Brazil' }, 'Mexico');
    expect(mix).toEqual({
      kind: 'mix',
      shares: [
        { market: 'Brazil', percent: 50 },
        { market: 'Mexico', percent: 50 },
      ],
    });
    expect(addToMix(mix, 'Brazil')).toBe(mix);
  });

  it('removing a market rescales the others to 100 and falls back to a single market', () => {
    const mix = {
      kind: 'mix' as const,
      shares: [
        { market: 'Brazil' as const, percent: 50 },
        { market: 'Mexico' as const, percent: 30 },
        { market: 'India' as const, percent: 20 },
      ],
    };
    const two = removeFromMix(mix, 'Brazil');
    expect(two).toEqual({
      kind: 'mix',
      shares: [
        { market: 'Mexico', percent: 60 },
        { market: 'India', percent: 40 },
      ],
    });
    expect(removeFromMix(two, 'India')).toEqual({ kind: 'single', market: 'Mexico' });
    const thirds = removeFromMix({ kind: 'mix', shares: evenShares(['Brazil', 'Mexico', 'India', 'Spain']) }, 'Spain');
    expect(thirds.kind === 'mix' && sharesTotal100(thirds.shares)).toBe(true);
  });
});
