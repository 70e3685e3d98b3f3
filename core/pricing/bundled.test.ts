import { describe, expect, it } from 'vitest';
import { BUNDLED_CARDS, BUNDLED_SOURCES, type BundledSource, readBundledCard } from './bundled';
import { importRateCardCsv } from './rate-card-csv';

const HEADER = 'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service';

function source(csv: string): BundledSource {
  return { csv, id: 'test', name: 'Test card', effectiveDate: '2026-10-01', source: 'test' };
}

function errorsOf(csv: string): string {
  const result = readBundledCard(source(csv));
  return result.ok ? '' : result.errors.join('; ');
}

describe('bundled card reader', () => {
  it.each(BUNDLED_SOURCES.map((bundled) => [bundled.id, bundled] as const))(
    '%s gives exactly the card the full CSV importer makes of the same text',
    (_, bundled) => {
      const { csv, ...meta } = bundled;
      const imported = importRateCardCsv(csv, { ...meta, pricingModel: 'per-message' });
      const read = readBundledCard(bundled);
      expect(imported.ok && read.ok).toBe(true);
      if (imported.ok && read.ok) {
        expect(read.card).toEqual(imported.card);
        expect(Object.keys(read.card.markets)).toEqual(Object.keys(imported.card.markets));
      }
      expect(BUNDLED_CARDS.find((card) => card.id === bundled.id)).toEqual(imported.ok ? imported.card : null);
    },
  );

  it('reads LF files too and keeps empty cells unknown', () => {
    const result = readBundledCard(source(`${HEADER}\nBrazil,USD,0.0625,0.0068,0.0068,,0.0068\n`));
    expect(result).toMatchObject({ ok: true, card: { currency: 'USD', pricingModel: 'per-message' } });
    if (result.ok) expect(result.card.markets.Brazil?.authenticationInternational).toBeNull();
  });

  it('refuses any other layout, with the line, rather than half-reading it', () => {
    expect(errorsOf(`Market;Currency;Marketing\r\nBrazil;USD;0.06\r\n`)).toMatch(/line 1: header/);
    expect(errorsOf(`${HEADER}\r\n"Brazil",USD,0.0625,0.0068,0.0068,,0.0068\r\n`)).toMatch(/line 2: expected 7/);
    expect(errorsOf(`${HEADER}\r\nBrazil,USD,0.0625,0.0068\r\n`)).toMatch(/line 2: expected 7/);
    expect(errorsOf(`${HEADER}\r\nAtlantis,USD,1,1,1,,1\r\n`)).toMatch(/line 2: unknown or repeated market/);
    expect(errorsOf(`${HEADER}\r\nBrazil,USD,1,1,1,,1\r\nBrazil,USD,1,1,1,,1\r\n`)).toMatch(
      /line 3: unknown or repeated/,
    );
    expect(errorsOf(`${HEADER}\r\nBrazil,USD,1,1,1,,1\r\nChile,EUR,1,1,1,,1\r\n`)).toMatch(/line 3: currency "EUR"/);
    expect(errorsOf(`${HEADER}\r\nBrazil,USD,abc,1,1,,1\r\n`)).toMatch(/line 2 marketing: "abc" is not a rate/);
    expect(errorsOf(`${HEADER}\r\n`)).toMatch(/no market rows/);
  });

  it('validates the result with RateCardSchema', () => {
    const result = readBundledCard({ ...source(`${HEADER}\r\nBrazil,USD,1,1,1,,1\r\n`), effectiveDate: '2026-13-01' });
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.errors.join('; ')).toMatch(/effectiveDate/);
  });
});
