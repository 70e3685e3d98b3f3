import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportRateCardCsv, importRateCardCsv, MARKETS, type RateCard, RateCardSchema } from '@/core/pricing';

const HEADER = 'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service';

function errorsOf(text: string, options = { effectiveDate: '2026-10-01' }) {
  const result = importRateCardCsv(text, options);
  if (result.ok) throw new Error('expected errors, got a card');
  return result.errors;
}

describe('importRateCardCsv: tolerant of how spreadsheets export', () => {
  it('reads a title above the header, a BOM, ";" with decimal commas, symbols, n/a, -- and any column order', () => {
    const text = [
      '\uFEFFCost per message in USD on the WhatsApp Business Platform, effective October 1, 2026;;;;;;',
      ';;;;;;',
      'Utility;Market;Marketing;Service;Authentication;Currency;Meta Business Agent;Authentication-International',
      '"$0,0068";Brazil;$0,0625;n/a;0,0068 USD;USD;$2.00 USD / 1 M tokens;--',
      '0,0014;India;0,0118;0,0014;0,0014;USD;;0,0304',
      '1.234,5;Other;0,0604;;0,0077;USD;;',
    ].join('\r\n');
    const result = importRateCardCsv(text);
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.card.effectiveDate).toBe('2026-10-01');
    expect(result.card.currency).toBe('USD');
    expect(result.card.markets.Brazil).toEqual({
      marketing: 62500,
      utility: 6800,
      authentication: 6800,
      authenticationInternational: null,
      service: null,
    });
    expect(result.card.markets.India?.authenticationInternational).toBe(30400);
    expect(result.card.markets.Other?.utility).toBe(1_234_500_000);
  });

  it('reads "," files with quoted thousands separators and market aliases', () => {
    const text = `${HEADER}\n"UAE",AED,"1,234.50",0.0577,0.0577,,\nrest of apac,AED,0.3,0.04,0.04,,\n`;
    const result = importRateCardCsv(text, { effectiveDate: '2026-10-01' });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.card.markets['United Arab Emirates']?.marketing).toBe(1_234_500_000);
    expect(result.card.markets['Rest of Asia Pacific']?.utility).toBe(40_000);
    expect(result.card.markets['United Arab Emirates']?.service).toBeNull();
  });

  it('treats a missing optional column as unknown', () => {
    const result = importRateCardCsv(
      'Market,Currency,Marketing,Utility,Authentication\nBrazil,USD,0.0625,0.0068,0.0068\n',
      {
        effectiveDate: '2026-10-01',
      },
    );
    expect(result.ok && result.card.markets.Brazil).toEqual({
      marketing: 62500,
      utility: 6800,
      authentication: 6800,
      authenticationInternational: null,
      service: null,
    });
  });
});

describe('importRateCardCsv: row-level errors, never a partial card', () => {
  it('names the line, the column and the closest market for an unknown market', () => {
    const errors = errorsOf(`${HEADER}\r\nBrazil,USD,0.0625,0.0068,0.0068,,\r\nBrazl,USD,0.0625,0.0068,0.0068,,\r\n`);
    expect(errors).toEqual([{ line: 3, column: 'Market', message: 'Unknown market "Brazl". Did you mean "Brazil"?' }]);
  });

  it('reports every bad cell with its line and column, not just the first', () => {
    const text = [
      'Title line',
      HEADER,
      'Brazil,USD,abc,0.0068,0.0068,,',
      'India,USD,0.0118,-0.0014,0.0014,,',
      'Chile,USD,0.0889,0.0200001,0.02,,',
    ].join('\n');
    const errors = errorsOf(text);
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Marketing'],
      [4, 'Utility'],
      [5, 'Utility'],
    ]);
    expect(errors[0]?.message).toMatch(/"abc" is not a rate/);
    expect(errors[1]?.message).toMatch(/negative/);
    expect(errors[2]?.message).toMatch(/more than 6 decimal places/);
  });

  it('catches duplicates, mixed currencies, missing columns, empty files and missing dates', () => {
    expect(errorsOf(`${HEADER}\nBrazil,USD,1,1,1,,\nbrazil,USD,1,1,1,,\n`)[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/twice.*line 2/),
    });
    expect(errorsOf(`${HEADER}\nBrazil,USD,1,1,1,,\nIndia,EUR,1,1,1,,\n`)[0]).toMatchObject({
      line: 3,
      column: 'Currency',
    });
    expect(errorsOf('Market,Currency,Marketing,Utility\nBrazil,USD,1,1\n')[0]).toMatchObject({
      line: 1,
      column: 'Authentication',
    });
    expect(errorsOf('')[0]?.message).toMatch(/empty/);
    expect(errorsOf('just,some,cells\n1,2,3\n')[0]?.message).toMatch(/No header row/);
    expect(errorsOf(`${HEADER}\n`)[0]?.message).toMatch(/no market rows/);
    expect(importRateCardCsv(`${HEADER}\nBrazil,USD,1,1,1,,\n`)).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/Effective date unknown/) }],
    });
  });

  it('never throws on arbitrary text, and any card it returns is valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = importRateCardCsv(`${HEADER}\n${text}`, { effectiveDate: '2026-10-01' });
        if (result.ok) expect(RateCardSchema.safeParse(result.card).success).toBe(true);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a valid file with one cell corrupted, pointing at that line and column', () => {
    const columns = ['Marketing', 'Utility', 'Authentication', 'Authentication-International', 'Service'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 46 }),
        fc.integer({ min: 0, max: 4 }),
        fc.stringMatching(/^[a-z]{5,8}$/).filter((s) => !['unknown', 'none', 'null'].includes(s)),
        (row, column, junk) => {
          const lines = [HEADER, ...MARKETS.map((m) => `${m},USD,0.05,0.01,0.01,,0.01`)];
          const cells = (lines[row + 1] ?? '').split(',');
          cells[column + 2] = junk;
          lines[row + 1] = cells.join(',');
          const errors = errorsOf(lines.join('\n'));
          expect(errors).toEqual([{ line: row + 2, column: columns[column], message: expect.stringContaining(junk) }]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

const rate = fc.option(fc.integer({ min: 0, max: 5_000_000_000 }), { nil: null });
const marketRates = fc.record({
  marketing: rate,
  utility: rate,
  authentication: rate,
  authenticationInternational: rate,
  service: rate,
});
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
const cardArb: fc.Arbitrary<RateCard> = fc
  .record({
    id: text,
    name: text,
    currency: fc.stringMatching(/^[A-Z]{3}$/),
    effectiveDate: fc
      .date({ min: new Date('2023-06-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    source: fc.string({ maxLength: 60 }),
    pricingModel: fc.constantFrom('per-message' as const, 'per-conversation' as const),
    markets: fc.dictionary(fc.constantFrom(...MARKETS), marketRates, { minKeys: 1, maxKeys: 47 }),
  })
  .map((card) => card as RateCard);

describe('export → import round trip', () => {
  it('gives back exactly the same card for generated cards', () => {
    fc.assert(
      fc.property(cardArb, (card) => {
        const again = importRateCardCsv(exportRateCardCsv(card));
        expect(again).toMatchObject({ ok: true });
        if (again.ok) expect(again.card).toEqual(card);
      }),
      { numRuns: 200 },
    );
  });

  it('writes Meta’s column layout', () => {
    const csv = exportRateCardCsv({
      id: 'x',
      name: 'x',
      currency: 'USD',
      effectiveDate: '2026-10-01',
      source: '',
      pricingModel: 'per-message',
      markets: {
        Brazil: {
          marketing: 62500,
          utility: 6800,
          authentication: 6800,
          authenticationInternational: null,
          service: 6800,
        },
      },
    });
    expect(csv.split('\r\n')).toContain(HEADER);
    expect(csv.split('\r\n')).toContain('Brazil,USD,0.0625,0.0068,0.0068,,0.0068');
  });
});

describe('line endings', () => {
  it('reads files that mix LF and CRLF (e.g. a note pasted above an export) and old-Mac CR files', () => {
    const mixed = `Note: effective October 1, 2026\n${HEADER}\r\nBrazil,USD,0.0625,0.0068,0.0068,,0.0068\r\n`;
    const result = importRateCardCsv(mixed);
    expect(result).toMatchObject({ ok: true, card: { effectiveDate: '2026-10-01' } });
    const cr = `${HEADER}\rBrazil,USD,0.0625,0.0068,0.0068,,\rBrazl,USD,1,1,1,,\r`;
    expect(errorsOf(cr)).toEqual([{ line: 3, column: 'Market', message: expect.stringContaining('Brazil') }]);
  });

  it('counts blank lines and quoted multi-line cells when numbering lines', () => {
    const text = `Title\n\n${HEADER}\n\nBrazil,USD,0.0625,0.0068,0.0068,,\n\n\n"Rest\nof Afrika",USD,1,1,1,,\nBrazl,USD,1,1,1,,\n`;
    expect(errorsOf(text).map((e) => e.line)).toEqual([8, 10]);
  });
});
