/**
 * The read-only rate cards shipped with the extension, parsed at load through the same importer users get, so a
 * bad transcription fails loudly in tests rather than silently pricing wrong.
 */
import { EUR_2026_07_01_CSV } from './cards/eur-2026-07-01';
import { USD_2026_10_01_CSV } from './cards/usd-2026-10-01';
import { importRateCardCsv } from './rate-card-csv';
import type { RateCard } from './schema';

const BUNDLED_SOURCES = [
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
] as const;

function load(): { cards: RateCard[]; errors: string[] } {
  const cards: RateCard[] = [];
  const errors: string[] = [];
  for (const { csv, ...meta } of BUNDLED_SOURCES) {
    const result = importRateCardCsv(csv, { ...meta, pricingModel: 'per-message' });
    if (result.ok) cards.push(Object.freeze(result.card));
    else
      errors.push(
        `${meta.id}: ${result.errors.map((e) => `line ${e.line} ${e.column ?? ''}: ${e.message}`).join('; ')}`,
      );
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
