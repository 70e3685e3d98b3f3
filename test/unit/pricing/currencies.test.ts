/**
 * Meta publishes its rate card in 16 currencies (core/template/formats.md §7) and does not document how each writes
 * its numbers, so the importer reads each currency's usual local forms: symbols, decimal commas, thousands
 * separators (Indian grouping for INR). One file per currency in Meta's layout: a title row, then the header
 * with the "Authentication-\nInternational" cell Meta quotes over two lines.
 */
import { describe, expect, it } from 'vitest';
import { importRateCardCsv } from '@/core/pricing';

const header = (d: string) =>
  ['Market', 'Currency', 'Marketing', 'Utility', 'Authentication', '"Authentication-\nInternational"', 'Service'].join(
    d,
  );

function card(currency: string, delimiter: ',' | ';', rows: string[][]) {
  const text = [
    `"Cost per message in ${currency} on the WhatsApp Business Platform, effective October 1, 2026"${delimiter.repeat(6)}`,
    header(delimiter),
    ...rows.map((r) => r.join(delimiter)),
  ].join('\r\n');
  const result = importRateCardCsv(text);
  if (!result.ok)
    throw new Error(`${currency}: ${result.errors.map((e) => `line ${e.line} ${e.column}: ${e.message}`).join('; ')}`);
  expect(result.card.currency).toBe(currency);
  expect(result.card.effectiveDate).toBe('2026-10-01');
  return result.card.markets;
}

/** [currency, delimiter, row, expected micros: marketing, utility, authentication, auth-international, service] */
const CASES: [string, ',' | ';', string[], (number | null)[]][] = [
  ['USD', ',', ['Brazil', 'USD', '$0.0625', '$0.0068', '$0.0068', 'n/a', 'n/a'], [62_500, 6_800, 6_800, null, null]],
  [
    'AED',
    ',',
    ['United Arab Emirates', 'AED', 'د.إ 0.2296', '0.0577 AED', '0.0577', 'n/a', '0.0250'],
    [229_600, 57_700, 57_700, null, 25_000],
  ],
  [
    'ARS',
    ';',
    ['Argentina', 'ARS', '$ 61,8000', '$ 26,0000', '26,0000', 'n/a', '$ 1.234,5600'],
    [61_800_000, 26_000_000, 26_000_000, null, 1_234_560_000],
  ],
  [
    'AUD',
    ',',
    ['Rest of Asia Pacific', 'AUD', 'A$0.1133', 'A$0.0253', 'AU$0.0253', '0.1234', 'n/a'],
    [113_300, 25_300, 25_300, 123_400, null],
  ],
  [
    'BRL',
    ';',
    ['Brazil', 'BRL', 'R$ 0,3217', 'R$ 0,0350', 'R$ 0,0350', 'n/a', 'n/a'],
    [321_700, 35_000, 35_000, null, null],
  ],
  [
    'CLP',
    ';',
    ['Chile', 'CLP', '$ 85,2300', '$ 19,0000', '19', 'n/a', '$ 1.234'],
    [85_230_000, 19_000_000, 19_000_000, null, 1_234_000_000],
  ],
  [
    'COP',
    ',',
    ['Colombia', 'COP', 'COL$ 50.1200', '"8,0000"', '8.0000', 'n/a', '"1.234"'],
    [50_120_000, 8_000_000, 8_000_000, null, 1_234_000_000],
  ],
  [
    'EUR',
    ';',
    ['Germany', 'EUR', '0,1131 €', '0,0456 €', '€0,0456', 'n/a', '0,0000'],
    [113_100, 45_600, 45_600, null, 0],
  ],
  [
    'GBP',
    ',',
    ['United Kingdom', 'GBP', '£0.0529', '£0.0220', '0.0220 GBP', 'n/a', 'n/a'],
    [52_900, 22_000, 22_000, null, null],
  ],
  [
    'IDR',
    ';',
    ['Indonesia', 'IDR', 'Rp 680,1925', 'Rp 330,0000', 'Rp. 330', 'Rp 2.250,5000', 'n/a'],
    [680_192_500, 330_000_000, 330_000_000, 2_250_500_000, null],
  ],
  [
    'INR',
    ',',
    ['India', 'INR', '₹0.7846', 'Rs. 0.1150', '₹ 0.1150', '"₹2,50,000.00"', 'n/a'],
    [784_600, 115_000, 115_000, 250_000_000_000, null],
  ],
  [
    'MXN',
    ',',
    ['Mexico', 'MXN', 'MX$0.6921', '$0.1500', 'MXN 0.1500', 'n/a', 'n/a'],
    [692_100, 150_000, 150_000, null, null],
  ],
  [
    'MYR',
    ',',
    ['Malaysia', 'MYR', 'RM 0.3456', 'RM0.0600', '0.0600', 'n/a', 'n/a'],
    [345_600, 60_000, 60_000, null, null],
  ],
  [
    'PEN',
    ';',
    ['Peru', 'PEN', 'S/ 0,2345', 'S/. 0,0700', '0,0700', 'n/a', 'n/a'],
    [234_500, 70_000, 70_000, null, null],
  ],
  [
    'SAR',
    ',',
    ['Saudi Arabia', 'SAR', 'ر.س 0.1710', '0.0429 ﷼', 'SAR 0.0429', 'n/a', 'n/a'],
    [171_000, 42_900, 42_900, null, null],
  ],
  [
    'SGD',
    ',',
    ['Singapore', 'SGD', 'S$0.0987', 'S$0.0168', '0.0168', 'n/a', 'n/a'],
    [98_700, 16_800, 16_800, null, null],
  ],
];

describe('importRateCardCsv: each of Meta’s 16 card currencies, in its local number format', () => {
  it('covers the 16 currencies Meta lists', () => {
    expect(CASES.map(([c]) => c).sort()).toEqual(
      [
        'USD',
        'AED',
        'ARS',
        'AUD',
        'BRL',
        'CLP',
        'COP',
        'EUR',
        'GBP',
        'IDR',
        'INR',
        'MXN',
        'MYR',
        'PEN',
        'SAR',
        'SGD',
      ].sort(),
    );
  });

  for (const [currency, delimiter, row, expected] of CASES)
    it(`${currency}: ${row.slice(2).join('  ')}`, () => {
      const market = row[0] as keyof ReturnType<typeof card>;
      const rates = card(currency, delimiter, [row])[market];
      expect(
        rates && [
          rates.marketing,
          rates.utility,
          rates.authentication,
          rates.authenticationInternational,
          rates.service,
        ],
      ).toEqual(expected);
    });

  it('rejects, row by row, an amount written in another currency than the card’s', () => {
    const text = [header(','), 'Brazil,USD,€0.0625,0.0068,0.0068,,', 'India,USD,0.0118,0.0014,0.0014,,'].join('\n');
    const result = importRateCardCsv(text, { effectiveDate: '2026-10-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, column: 'Marketing', message: '"€0.0625" is written in EUR, but the card is in USD' },
    ]);
  });

  it('reads the older cards’ "$US" in the Currency column as USD', () => {
    const result = importRateCardCsv(`${header(',')}\nIndonesia,$US,0.0411,0.0200,0.0300,0.1360,0.0190\n`, {
      effectiveDate: '2023-06-01',
    });
    expect(result.ok && result.card.currency).toBe('USD');
    expect(result.ok && result.card.markets.Indonesia?.marketing).toBe(41_100);
  });
});
