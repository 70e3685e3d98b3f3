/**
 * Volume tiers CSV. Meta publishes a "volume tiers" file per currency, but its layout was not found in any source
 * (reference §3.3, §6 item 2), so this layout is OUR OWN (inferred, not Meta's):
 *
 *   Market, Category, From, To, Rate
 *   India, Utility, 1, 25000000, 0.0014
 *   India, Utility, 25000001, 50000000, 0.0013
 *   India, Utility, 50000001, , 0.0012
 *
 * Category: Utility, Authentication or Authentication-International. From/To count messages in the month
 * (1-based, inclusive; empty To = no upper bound). Rates are marginal: each message is priced at the tier its own
 * number falls in; counts no tier covers are charged at the list rate. The same tolerance as the rate card applies
 * (preamble, BOM, `;` delimiter, currency symbols, thousands separators).
 */

import { RATE_FIELD_BY_NAME, RATE_FIELD_LABEL } from './csv-names';
import { type CsvError, type CsvRow, readCsvTable, readNeverThrowing, toCsv } from './csv-table';
import type { Market } from './market-data';
import { canonicalMarketName, closestMarketName, normalizeName } from './markets-core';
import { microsToDecimal } from './money';
import { parseCountCell, parseRateCell } from './numbers';
import { type RateCard, TIER_CATEGORIES, type TierCategory, type VolumeTier } from './schema';

export type TierCsvError = CsvError;

export type TiersImport = { ok: true; card: RateCard } | { ok: false; errors: TierCsvError[] };

function tierCategoryOf(text: string): TierCategory | undefined {
  const field = RATE_FIELD_BY_NAME[normalizeName(text)];
  return (TIER_CATEGORIES as readonly string[]).includes(field ?? '') ? (field as TierCategory) : undefined;
}

type TierColumn = 'market' | 'category' | 'from' | 'to' | 'rate';
const TIER_HEADERS: Readonly<Record<string, TierColumn>> = {
  market: 'market',
  category: 'category',
  from: 'from',
  to: 'to',
  rate: 'rate',
};
const TIER_HEADER = ['Market', 'Category', 'From', 'To', 'Rate'];

function isTierHeader(cells: string[]): boolean {
  const names = cells.map((cell) => normalizeName(cell));
  return ['market', 'category', 'from', 'rate'].every((name) => names.includes(name));
}

/** Parse a tiers CSV and return a copy of `card` with these tiers (replacing any it had). Never throws. */
export function applyTiersCsv(card: RateCard, text: string): TiersImport {
  return readNeverThrowing(text, (csv) => applyUnsafe(card, csv));
}

function applyUnsafe(card: RateCard, text: string): TiersImport {
  const read = readCsvTable(
    text,
    (line) => /market/i.test(line) && /category/i.test(line) && !/^"?#/.test(line),
    isTierHeader,
  );
  if (!read.ok)
    return {
      ok: false,
      errors: [{ line: 1, column: null, message: 'No header row "Market, Category, From, To, Rate" found.' }],
    };
  const { table } = read;
  const index = new Map<TierColumn, number>();
  table.header.cells.forEach((cell, i) => {
    const column = TIER_HEADERS[normalizeName(cell)];
    if (column && !index.has(column)) index.set(column, i);
  });
  const errors: TierCsvError[] = [];
  const get = (row: CsvRow, column: TierColumn) => row.cells[index.get(column) ?? -1] ?? '';

  const collected = new Map<string, Array<VolumeTier & { line: number }>>();
  for (const row of table.rows) {
    const marketText = get(row, 'market').trim();
    const market = canonicalMarketName(marketText);
    if (!market) {
      errors.push({
        line: row.line,
        column: 'Market',
        message: `Unknown market "${marketText}". Did you mean "${closestMarketName(marketText)}"?`,
      });
      continue;
    }
    if (!card.markets[market]) {
      errors.push({ line: row.line, column: 'Market', message: `${market} is not on the card "${card.name}".` });
      continue;
    }
    const categoryText = get(row, 'category');
    const category = tierCategoryOf(categoryText);
    if (!category) {
      errors.push({
        line: row.line,
        column: 'Category',
        message: `"${categoryText}" is not a tiered category (Utility, Authentication or Authentication-International; Meta has no marketing tiers).`,
      });
      continue;
    }
    const from = parseCountCell(get(row, 'from'), false);
    const to = index.has('to') ? parseCountCell(get(row, 'to'), true) : ({ ok: true, value: null } as const);
    const rate = parseRateCell(get(row, 'rate'), table.delimiter);
    if (!from.ok) errors.push({ line: row.line, column: 'From', message: from.message });
    if (!to.ok) errors.push({ line: row.line, column: 'To', message: to.message });
    if (!rate.ok) errors.push({ line: row.line, column: 'Rate', message: rate.message });
    if (!from.ok || !to.ok || !rate.ok) continue;
    if (from.value === null || from.value < 1) {
      errors.push({ line: row.line, column: 'From', message: 'From must be 1 or more.' });
      continue;
    }
    if (rate.value === null) {
      errors.push({ line: row.line, column: 'Rate', message: 'A tier needs a rate.' });
      continue;
    }
    if (to.value !== null && to.value < from.value) {
      errors.push({ line: row.line, column: 'To', message: `To (${to.value}) is below From (${from.value}).` });
      continue;
    }
    const key = `${market}\u0000${category}`;
    const list = collected.get(key) ?? [];
    list.push({ from: from.value, to: to.value, rate: rate.value, line: row.line });
    collected.set(key, list);
  }

  const tiers: NonNullable<RateCard['tiers']> = {};
  for (const [key, list] of collected) {
    const [market, category] = key.split('\u0000') as [Market, TierCategory];
    list.sort((a, b) => a.from - b.from);
    for (let i = 1; i < list.length; i++) {
      const previous = list[i - 1];
      const current = list[i];
      if (previous && current && (previous.to === null || current.from <= previous.to)) {
        errors.push({
          line: current.line,
          column: 'From',
          message: `${market} ${RATE_FIELD_LABEL[category]}: tier from ${current.from} overlaps the tier on line ${previous.line}.`,
        });
      }
    }
    const forMarket = tiers[market] ?? {};
    forMarket[category] = list.map(({ from, to, rate }) => ({ from, to, rate }));
    tiers[market] = forMarket;
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  const { tiers: _previous, ...rest } = card;
  return { ok: true, card: Object.keys(tiers).length ? { ...rest, tiers } : rest };
}

/** Write the card's tiers in the layout above (header only when it has none). */
export function exportTiersCsv(card: RateCard): string {
  const rows: string[][] = [TIER_HEADER];
  for (const [market, byCategory] of Object.entries(card.tiers ?? {})) {
    for (const [category, list] of Object.entries(byCategory ?? {}) as [TierCategory, VolumeTier[]][]) {
      for (const tier of list) {
        rows.push([
          market,
          RATE_FIELD_LABEL[category],
          String(tier.from),
          tier.to === null ? '' : String(tier.to),
          microsToDecimal(tier.rate),
        ]);
      }
    }
  }
  return toCsv(rows);
}
