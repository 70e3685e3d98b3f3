/**
 * Import/export of rate cards in Meta's "List rates" layout:
 *   Market, Currency, Marketing, Utility, Authentication, Authentication-International, Service[, Meta Business Agent]
 * Import yields a complete validated card or row-level errors, never a partial card.
 * Export writes the same layout plus `# key: value` lines above the header (id, name, effective date, pricing model,
 * source) so that importRateCardCsv(exportRateCardCsv(card)) gives back the same card.
 */

import { RATE_FIELD_BY_NAME, RATE_FIELD_LABEL } from './csv-names';
import { type CsvError, type CsvRow, readCsvTable, readNeverThrowing, toCsv } from './csv-table';
import { isIsoDate } from './dates';
import type { Market } from './market-data';
import { canonicalMarketName, closestMarketName, normalizeName } from './markets-core';
import { microsToDecimal } from './money';
import { currencyCode, parseRateCell } from './numbers';
import {
  CURRENCY_PATTERN,
  type MarketRates,
  type PricingModel,
  RATE_FIELDS,
  type RateCard,
  RateCardSchema,
  type RateField,
} from './schema';
import { applyTiersCsv } from './tiers-csv';

export type { CsvError };

/** Where the card's effective date came from: the caller's option, the file itself, or the caller's fallback. */
export type EffectiveDateSource = 'option' | 'file' | 'fallback';

export type RateCardImport =
  | { ok: true; card: RateCard; warnings: string[]; effectiveDateFrom: EffectiveDateSource }
  | { ok: false; errors: CsvError[] };

export interface ImportRateCardOptions {
  id?: string;
  name?: string;
  /** YYYY-MM-DD. If absent: read from the file's title ("effective October 1, 2026") or `# effective:` line. */
  effectiveDate?: string;
  /** YYYY-MM-DD used only when neither `effectiveDate` nor the file gives one (e.g. the date in the file's name). */
  fallbackEffectiveDate?: string;
  source?: string;
  pricingModel?: PricingModel;
  /** Used when the file has no Currency column. */
  currency?: string;
  /** Optional volume-tiers CSV (layout in tiers-csv.ts). */
  tiersCsv?: string;
}

type ColumnField = 'market' | 'currency' | RateField | 'ignored';

/** Normalised header text → field. */
const HEADER_FIELDS: Readonly<Record<string, ColumnField>> = {
  market: 'market',
  marketname: 'market',
  country: 'market',
  countrymarket: 'market',
  region: 'market',
  currency: 'currency',
  ...RATE_FIELD_BY_NAME,
  metabusinessagent: 'ignored',
};

const REQUIRED: readonly ColumnField[] = ['market', 'marketing', 'utility', 'authentication'];

const EXPORT_HEADER = ['Market', 'Currency', ...RATE_FIELDS.map((field) => RATE_FIELD_LABEL[field])];

/** Cap so a broken 1 MB file gives a readable list, not 30,000 lines. */
const MAX_ERRORS = 200;

function isHeaderCells(cells: string[]): boolean {
  const fields = cells.map((cell) => HEADER_FIELDS[normalizeName(cell)]);
  return fields.includes('market') && fields.some((field) => field === 'marketing' || field === 'utility');
}

function looksLikeHeaderLine(line: string): boolean {
  const lower = line.toLowerCase();
  if (/^"?#/.test(lower)) return false;
  return /(^|[",;\t\s])(market|country|region)/.test(lower) && /(marketing|utility)/.test(lower);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

interface PreambleMeta {
  id?: string;
  name?: string;
  effectiveDate?: string;
  source?: string;
  pricingModel?: PricingModel;
  title?: string;
}

/** Our own `# key: value` lines, or Meta's title text ("Cost per message in USD …, effective October 1, 2026"). */
function readPreamble(rows: CsvRow[]): PreambleMeta {
  const meta: PreambleMeta = {};
  for (const row of rows) {
    const first = row.cells[0] ?? '';
    const keyed = /^# ([a-z-]+): ([\s\S]*)$/.exec(first);
    if (keyed && row.cells.length === 1) {
      const [, key, value = ''] = keyed;
      if (key === 'id') meta.id = value;
      else if (key === 'name') meta.name = value;
      else if (key === 'effective') meta.effectiveDate = value;
      else if (key === 'source') meta.source = value;
      else if (key === 'pricing-model' && (value === 'per-message' || value === 'per-conversation'))
        meta.pricingModel = value;
      continue;
    }
    const text = row.cells.join(' ').trim();
    if (!text || text.startsWith('#')) continue;
    meta.title ??= text;
    const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(text);
    const spelled = /effective\s+(?:from\s+|on\s+)?([a-z]+)\s+(\d{1,2}),?\s+(\d{4})/i.exec(text);
    if (!meta.effectiveDate && spelled) {
      const month = MONTHS.indexOf((spelled[1] ?? '').toLowerCase()) + 1;
      if (month > 0)
        meta.effectiveDate = `${spelled[3]}-${String(month).padStart(2, '0')}-${(spelled[2] ?? '').padStart(2, '0')}`;
    } else if (!meta.effectiveDate && iso) meta.effectiveDate = iso[1];
    if (!meta.pricingModel && /per[\s-]conversation/i.test(text)) meta.pricingModel = 'per-conversation';
  }
  return meta;
}

/** Parse a rate card CSV. Never throws; `errors` are sorted by line. */
export function importRateCardCsv(text: string, options: ImportRateCardOptions = {}): RateCardImport {
  return readNeverThrowing(text, (csv) => importUnsafe(csv, options ?? {}));
}

function importUnsafe(text: string, options: ImportRateCardOptions): RateCardImport {
  const read = readCsvTable(text, looksLikeHeaderLine, isHeaderCells);
  if (!read.ok) return { ok: false, errors: [{ line: 1, column: null, message: read.message }] };
  const { table } = read;
  const errors: CsvError[] = [];
  const warnings: string[] = [];
  const addError = (error: CsvError) => {
    if (errors.length < MAX_ERRORS) errors.push(error);
  };

  // Map columns.
  const columns = new Map<ColumnField, { index: number; title: string }>();
  table.header.cells.forEach((cell, index) => {
    const title = cell.trim();
    if (!title) return;
    const field = HEADER_FIELDS[normalizeName(title)];
    if (!field) {
      warnings.push(`Column "${title}" (line ${table.header.line}) is not a rate card column and was ignored.`);
      return;
    }
    if (field === 'ignored') return;
    if (columns.has(field)) {
      addError({ line: table.header.line, column: title, message: `Column "${title}" appears twice.` });
      return;
    }
    columns.set(field, { index, title });
  });
  for (const field of REQUIRED) {
    if (!columns.has(field)) {
      const name =
        field === 'market' ? 'Market' : field === 'currency' || field === 'ignored' ? field : RATE_FIELD_LABEL[field];
      addError({ line: table.header.line, column: name, message: `Required column "${name}" is missing.` });
    }
  }
  if (errors.length) return { ok: false, errors };

  const cell = (row: CsvRow, field: ColumnField): string | undefined => {
    const column = columns.get(field);
    return column ? (row.cells[column.index] ?? '') : undefined;
  };

  // Rows.
  const markets: Partial<Record<Market, MarketRates>> = {};
  const seenOnLine = new Map<Market, number>();
  let currency = options.currency?.trim().toUpperCase();
  let currencyLine = 0;
  const marketTitle = columns.get('market')?.title ?? 'Market';

  for (const row of table.rows) {
    const marketText = (cell(row, 'market') ?? '').trim();
    // Footnotes under the table ("* New standalone market…") have text in the first cell only.
    const otherCells = row.cells.filter((_, i) => i !== columns.get('market')?.index);
    if (/^[*†#]|^notes?\b/i.test(marketText) && otherCells.every((c) => !c.trim())) continue;
    if (!marketText) {
      addError({ line: row.line, column: marketTitle, message: 'Market is empty.' });
      continue;
    }
    const market = canonicalMarketName(marketText);
    if (!market) {
      addError({
        line: row.line,
        column: marketTitle,
        message: `Unknown market "${marketText}". Did you mean "${closestMarketName(marketText)}"?`,
      });
      continue;
    }
    const previous = seenOnLine.get(market);
    if (previous !== undefined) {
      addError({ line: row.line, column: marketTitle, message: `${market} appears twice (also on line ${previous}).` });
      continue;
    }
    seenOnLine.set(market, row.line);

    const currencyText = cell(row, 'currency');
    if (currencyText !== undefined) {
      // Older cards wrote a symbol ("$US"); newer ones the ISO code.
      const code = currencyCode(currencyText) ?? currencyText.trim().toUpperCase();
      if (!CURRENCY_PATTERN.test(code)) {
        addError({
          line: row.line,
          column: columns.get('currency')?.title ?? 'Currency',
          message: `"${currencyText}" is not a currency code such as USD.`,
        });
      } else if (currency && code !== currency) {
        addError({
          line: row.line,
          column: columns.get('currency')?.title ?? 'Currency',
          message: `Currency ${code} differs from ${currency}${currencyLine ? ` (line ${currencyLine})` : ''}; one card has one currency.`,
        });
      } else if (!currency) {
        currency = code;
        currencyLine = row.line;
      }
    }

    const rates: Partial<Record<RateField, number | null>> = {};
    let rowOk = true;
    for (const field of RATE_FIELDS) {
      const raw = cell(row, field);
      if (raw === undefined) {
        if (field === 'authenticationInternational' || field === 'service') rates[field] = null;
        continue;
      }
      const parsed = parseRateCell(raw, table.delimiter, currency);
      if (parsed.ok) rates[field] = parsed.value;
      else {
        rowOk = false;
        addError({ line: row.line, column: columns.get(field)?.title ?? field, message: parsed.message });
      }
    }
    if (rowOk) {
      markets[market] = {
        marketing: rates.marketing ?? null,
        utility: rates.utility ?? null,
        authentication: rates.authentication ?? null,
        authenticationInternational: rates.authenticationInternational ?? null,
        service: rates.service ?? null,
      };
    }
  }

  if (seenOnLine.size === 0 && errors.length === 0) {
    addError({ line: table.header.line, column: null, message: 'The file has a header row but no market rows.' });
  }
  if (!currency && errors.length === 0) {
    addError({ line: table.header.line, column: 'Currency', message: 'No Currency column and no currency given.' });
  }

  const meta = readPreamble(table.preamble);
  const effectiveDate = options.effectiveDate ?? meta.effectiveDate ?? options.fallbackEffectiveDate;
  const effectiveDateFrom: EffectiveDateSource = options.effectiveDate
    ? 'option'
    : meta.effectiveDate
      ? 'file'
      : 'fallback';
  if (!effectiveDate) {
    addError({
      line: 0,
      column: null,
      message: 'Effective date unknown: the file does not say it; give one (YYYY-MM-DD).',
    });
  } else if (!isIsoDate(effectiveDate)) {
    addError({ line: 0, column: null, message: `Effective date "${effectiveDate}" is not a date in YYYY-MM-DD form.` });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  const code = currency ?? '';
  const date = effectiveDate ?? '';
  const candidate: RateCard = {
    id: options.id ?? meta.id ?? `imported-${code.toLowerCase()}-${date}`,
    name: options.name ?? meta.name ?? meta.title ?? `${code} list rates, effective ${date}`,
    currency: code,
    effectiveDate: date,
    source: options.source ?? meta.source ?? 'Imported CSV',
    pricingModel: options.pricingModel ?? meta.pricingModel ?? 'per-message',
    markets,
  };

  let card: RateCard = candidate;
  if (options.tiersCsv !== undefined) {
    const withTiers = applyTiersCsv(candidate, options.tiersCsv);
    if (!withTiers.ok)
      return {
        ok: false,
        errors: withTiers.errors.map((error) => ({ ...error, message: `Tiers file: ${error.message}` })),
      };
    card = withTiers.card;
  }
  const validated = RateCardSchema.safeParse(card);
  if (!validated.success) {
    return {
      ok: false,
      errors: validated.error.issues.map((issue) => ({
        line: 0,
        column: null,
        message: `${issue.path.join('.')}: ${issue.message}`,
      })),
    };
  }
  return { ok: true, card: validated.data, warnings, effectiveDateFrom };
}

function rateText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : microsToDecimal(value);
}

/** Write the card in Meta's "List rates" layout (tiers go to exportTiersCsv). Markets in the card's order. */
export function exportRateCardCsv(card: RateCard): string {
  const rows: string[][] = [
    [`# id: ${card.id}`],
    [`# name: ${card.name}`],
    [`# effective: ${card.effectiveDate}`],
    [`# pricing-model: ${card.pricingModel}`],
    [`# source: ${card.source}`],
    EXPORT_HEADER,
  ];
  for (const [market, rates] of Object.entries(card.markets) as [Market, MarketRates][]) {
    rows.push([
      market,
      card.currency,
      rateText(rates.marketing),
      rateText(rates.utility),
      rateText(rates.authentication),
      rateText(rates.authenticationInternational),
      rateText(rates.service),
    ]);
  }
  return toCsv(rows);
}
