import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decimalToMicros,
  divideMicrosRounded,
  formatMoney,
  formatRate,
  microsToDecimal,
  microsToUnits,
} from '@/core/pricing';

describe('money in integer micros', () => {
  it('parses and prints decimals exactly', () => {
    expect(decimalToMicros('0.0068')).toBe(6_800);
    expect(decimalToMicros('68')).toBe(68_000_000);
    expect(decimalToMicros('0.1234567')).toBeNull();
    expect(decimalToMicros('-1')).toBeNull();
    expect(microsToDecimal(6_800)).toBe('0.0068');
    expect(microsToDecimal(68_000_000)).toBe('68');
    expect(microsToUnits(625_000_000)).toBe(625);
  });

  it('round-trips any micros value through its decimal text', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (m) => decimalToMicros(microsToDecimal(m)) === m,
      ),
    );
  });

  it('has no float drift: 0.1 + 0.2 style sums stay exact', () => {
    const tenth = decimalToMicros('0.1') ?? 0;
    const fifth = decimalToMicros('0.2') ?? 0;
    expect(microsToDecimal(tenth + fifth)).toBe('0.3');
  });

  it('averages round half up to the micro', () => {
    expect(divideMicrosRounded(10, 4)).toBe(3);
    expect(divideMicrosRounded(9, 4)).toBe(2);
    expect(divideMicrosRounded(5, 0)).toBe(0);
  });

  it('formats in the card currency and locale, rates with 4 decimals', () => {
    expect(formatMoney(68_000_000, 'USD')).toBe('$68.00');
    expect(formatRate(6_800, 'USD')).toBe('$0.0068');
    expect(formatMoney(68_000_000, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('68,00 €');
    expect(formatRate(6_800, 'BRL', 'pt-BR').replace(/\s/g, ' ')).toBe('R$ 0,0068');
    expect(formatMoney(1_000_000, 'not a currency')).toBe('1 not a currency');
  });
});
