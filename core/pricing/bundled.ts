/**
 * The read-only rate cards shipped with the extension, parsed at load and validated by RateCardSchema, so a bad
 * transcription fails loudly in tests rather than silently pricing wrong.
 *
 * Why not importRateCardCsv: the user-facing importer copes with any spreadsheet export (papaparse, delimiter
 * guessing, preambles, tiers files), and everything that imports the bundled cards — the content script included —
 * would carry it. The bundled files are verbatim copies of ../shared/data in one fixed layout, so a strict reader
 * of that layout is enough; it refuses anything else. core/pricing/bundled.test.ts checks that it yields exactly
 * the cards importRateCardCsv makes of the same text.
 */
import { EUR_2026_07_01_CSV } from './cards/eur-2026-07-01';
import { USD_2026_10_01_CSV } from './cards/usd-2026-10-01';
import type { Market } from './market-data';
import { canonicalMarketName } from './markets-core';
import { parseRateCell } from './numbers';
import { CURRENCY_PATTERN, type MarketRates, type RateCard, RateCardSchema } from './schema';

export interface BundledSource {
  csv: string;
  id: string;
  name: string;
  effectiveDate: string;
  source: string;
}

/** The shipped cards' text and identity (the cards themselves are BUNDLED_CARDS). */
export const BUNDLED_SOURCES: readonly BundledSource[] = [
  {
    csv: USD_2026_10_01_CSV,
    id: 'meta-usd-2026-10-01',
    name: 'Meta list rates (USD), effective 2026-10-01',
    effectiveDate: '2026-10-01',
    source:
      "Meta's USD rate card effective 2026-10-01, via a public transcription cross-checked against an AED dataset (../shared/data/meta-rates-usd-2026-10-01.csv)",
  },
  {
    csv: EUR_2026_07_01_CSV,
    id: 'meta-eur-2026-07-01',
    name: 'Meta list rates (EUR), effective 2026-07-01',
    effectiveDate: '2026-07-01',
    source:
      "Meta's EUR rate card effective 2026-07-01, secondary transcription (../shared/data/meta-rates-eur-2026-07-01.csv)",
  },
];

/** Meta's "List rates" columns in Meta's order: the only layout the bundled files use. */
const BUNDLED_HEADER = 'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service';
const RATE_COLUMNS = ['marketing', 'utility', 'authentication', 'authenticationInternational', 'service'] as const;

/**
 * A bundled CSV (header BUNDLED_HEADER, comma-separated, no quoting, CRLF or LF) → a validated per-message card,
 * or the problems found, each with its 1-based line.
 */
export function readBundledCard({
  csv,
  ...meta
}: BundledSource): { ok: true; card: RateCard } | { ok: false; errors: string[] } {
  const lines = csv.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0] !== BUNDLED_HEADER) return { ok: false, errors: [`line 1: header is not "${BUNDLED_HEADER}"`] };
  const errors: string[] = [];
  const markets: Partial<Record<Market, MarketRates>> = {};
  let currency: string | undefined;
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    const cells = line.split(',');
    if (line.includes('"') || cells.length !== 7) {
      errors.push(`line ${lineNumber}: expected 7 unquoted cells`);
      return;
    }
    const [marketText = '', currencyText = '', ...rateTexts] = cells;
    const market = canonicalMarketName(marketText.trim());
    if (!market || markets[market]) {
      errors.push(`line ${lineNumber}: unknown or repeated market "${marketText}"`);
      return;
    }
    const code = currencyText.trim().toUpperCase();
    if (!CURRENCY_PATTERN.test(code) || (currency !== undefined && code !== currency)) {
      errors.push(`line ${lineNumber}: currency "${currencyText}" is not the card's one ISO code`);
      return;
    }
    currency = code;
    const rates: Record<string, number | null> = {};
    RATE_COLUMNS.forEach((field, column) => {
      const parsed = parseRateCell(rateTexts[column] ?? '', ',');
      if (parsed.ok) rates[field] = parsed.value;
      else errors.push(`line ${lineNumber} ${field}: ${parsed.message}`);
    });
    markets[market] = rates as MarketRates;
  });
  if (currency === undefined) errors.push('no market rows');
  if (errors.length) return { ok: false, errors };
  const validated = RateCardSchema.safeParse({ ...meta, currency, pricingModel: 'per-message', markets });
  if (!validated.success) {
    return { ok: false, errors: validated.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  }
  return { ok: true, card: validated.data };
}

function load(): { cards: RateCard[]; errors: string[] } {
  const cards: RateCard[] = [];
  const errors: string[] = [];
  for (const source of BUNDLED_SOURCES) {
    const result = readBundledCard(source);
    if (result.ok) cards.push(Object.freeze(result.card));
    else errors.push(`${source.id}: ${result.errors.join('; ')}`);
  }
  return { cards, errors };
}

const loaded = load();

/** Bundled cards, newest first. */
export const BUNDLED_CARDS: readonly RateCard[] = Object.freeze(
  [...loaded.cards].sort((a, b) => b.effectiveDate.localeCompare(a.effectiveDate)),
);

/** Problems found while loading the bundled CSVs (empty when all is well; asserted by a test). */
export const BUNDLED_CARD_ERRORS: readonly string[] = loaded.errors;

export function bundledCardById(id: string): RateCard | undefined {
  return BUNDLED_CARDS.find((card) => card.id === id);
}

export interface CardChoice {
  card: RateCard;
  /** Set when no bundled card in the currency was in force on the date and a later one was used instead. */
  note?: string;
}

/**
 * The bundled card in `currency` in force on `date` (latest effective date ≤ date). When none was in force yet,
 * the earliest card in that currency, with a note saying so. null when no bundled card has that currency.
 */
export function bundledCardFor(date: string, currency = 'USD'): CardChoice | null {
  const inCurrency = BUNDLED_CARDS.filter((card) => card.currency === currency.toUpperCase());
  const inForce = inCurrency.find((card) => card.effectiveDate <= date);
  if (inForce) return { card: inForce };
  const earliest = inCurrency[inCurrency.length - 1];
  if (!earliest) return null;
  return {
    card: earliest,
    note: `No bundled ${earliest.currency} card was in force on ${date}; using ${earliest.name}. Rates on ${date} may have differed.`,
  };
}
