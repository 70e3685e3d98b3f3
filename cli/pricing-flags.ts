/**
 * Pricing flags for `npm run check` (the check CLI owns argument handling and output; this module owns the cost part):
 *   --market <ISO code | market name | country name | +phone>   recipient market (required once any pricing flag is given)
 *   --volume <N>          messages per month (default 1000: a small campaign, and the size of Meta's free service tier)
 *   --date <YYYY-MM-DD>   pricing date (default: today, UTC) — selects the era, the market map and the bundled card
 *   --card <file.csv>     a rate card in Meta's "List rates" layout instead of the bundled one
 *   --tiers <file.csv>    volume tiers (Market, Category, From, To, Rate) applied to the card
 *   --max-price <amount>  Marketing Messages API max price per marketing message, in the card's currency
 * Both `--flag value` and `--flag=value` work. Money in the JSON is in the card's currency units (68 = 68.00 USD).
 */
import { readFileSync } from 'node:fs';
import {
  applyTiersCsv,
  bundledCardFor,
  type CountryInfo,
  costMultiple,
  decimalToMicros,
  type EstimateNote,
  estimateCost,
  formatMoney,
  formatRate,
  importRateCardCsv,
  isIsoDate,
  type Market,
  microsToUnits,
  type RateCard,
  resolveMarket,
  todayIso,
} from '../core/pricing';
import { cardNameWithCurrency } from '../core/pricing/quarters';
import { CATEGORIES, type Category } from '../core/template/schema';

export const DEFAULT_VOLUME = 1000;

export interface PricingCliOptions {
  /** What the user typed after --market. */
  marketInput: string;
  market: Market;
  country?: CountryInfo;
  volume: number;
  date: string;
  card: RateCard;
  /** Marketing Messages API max price per marketing message, micros of the card's currency. */
  maxPrice?: number;
  /** Things the user should know about these choices (card fallback, inferred market…). */
  notes: string[];
}

export type PricingFlagsResult =
  | { ok: true; options: PricingCliOptions | null; rest: string[] }
  | { ok: false; error: string };

const FLAGS = ['--market', '--volume', '--date', '--card', '--tiers', '--max-price'] as const;
type Flag = (typeof FLAGS)[number];

function readText(path: string): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, error: `Cannot read ${path}${code ? ` (${code})` : ''}.` };
  }
}

function listErrors(errors: ReadonlyArray<{ line: number; column: string | null; message: string }>): string {
  return errors
    .slice(0, 20)
    .map((e) => `  ${e.line > 0 ? `line ${e.line}` : 'file'}${e.column ? `, ${e.column}` : ''}: ${e.message}`)
    .concat(errors.length > 20 ? [`  …and ${errors.length - 20} more`] : [])
    .join('\n');
}

/**
 * Take the pricing flags out of `args`. `options` is null when none was given; `rest` holds the other arguments in
 * order, for the check CLI to parse. Never throws.
 */
export function parsePricingFlags(args: string[]): PricingFlagsResult {
  const values = new Map<Flag, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    if (!(FLAGS as readonly string[]).includes(name)) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? args[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      return { ok: false, error: `${name} needs a value.` };
    if (values.has(name as Flag)) return { ok: false, error: `${name} is given twice.` };
    values.set(name as Flag, value);
  }
  if (values.size === 0) return { ok: true, options: null, rest };

  const notes: string[] = [];
  const date = values.get('--date') ?? todayIso();
  if (!isIsoDate(date)) return { ok: false, error: `--date "${date}" is not a date in YYYY-MM-DD form.` };

  const volumeText = values.get('--volume');
  const volume = volumeText === undefined ? DEFAULT_VOLUME : Number(volumeText.replace(/[_,]/g, ''));
  if (!Number.isSafeInteger(volume) || volume < 0) {
    return { ok: false, error: `--volume "${volumeText}" is not a whole number of messages (0 or more).` };
  }

  const marketInput = values.get('--market');
  if (marketInput === undefined)
    return { ok: false, error: 'Pricing needs --market <ISO code | market name | +phone>.' };
  const resolved = resolveMarket(marketInput, date);
  if (!resolved.ok) {
    const hint = resolved.suggestions.length ? ` Did you mean: ${resolved.suggestions.join(', ')}?` : '';
    return { ok: false, error: `--market: ${resolved.error}${hint}` };
  }
  if (resolved.note) notes.push(resolved.note);

  let card: RateCard;
  const cardPath = values.get('--card');
  if (cardPath !== undefined) {
    const read = readText(cardPath);
    if (!read.ok) return { ok: false, error: `--card: ${read.error}` };
    // The file's own date wins; then the date in its name; then the pricing date, which the user is told about.
    const fromName = /(\d{4}-\d{2}-\d{2})/.exec(cardPath)?.[1];
    const nameDate = fromName && isIsoDate(fromName) ? fromName : undefined;
    const imported = importRateCardCsv(read.text, { fallbackEffectiveDate: nameDate ?? date });
    if (imported.ok && imported.effectiveDateFrom === 'fallback' && !nameDate)
      notes.push(`${cardPath} does not give its effective date; treated as in force on ${date}.`);
    if (!imported.ok) return { ok: false, error: `--card ${cardPath} has errors:\n${listErrors(imported.errors)}` };
    card = imported.card;
    notes.push(...imported.warnings);
  } else {
    const choice = bundledCardFor(date, 'USD');
    if (!choice) return { ok: false, error: 'No bundled USD rate card is available.' };
    card = choice.card;
    // A card that took effect after the date is flagged by the estimator's own note ("card-after-date").
  }

  const tiersPath = values.get('--tiers');
  if (tiersPath !== undefined) {
    const read = readText(tiersPath);
    if (!read.ok) return { ok: false, error: `--tiers: ${read.error}` };
    const withTiers = applyTiersCsv(card, read.text);
    if (!withTiers.ok) return { ok: false, error: `--tiers ${tiersPath} has errors:\n${listErrors(withTiers.errors)}` };
    card = withTiers.card;
  }

  const maxPriceText = values.get('--max-price');
  const maxPrice = maxPriceText === undefined ? undefined : decimalToMicros(maxPriceText.trim());
  if (maxPrice === null)
    return { ok: false, error: `--max-price "${maxPriceText}" is not an amount such as 0.05 (in ${card.currency}).` };

  // Surface "this card has no row for that market" now, with the flag that caused it.
  const trial = estimateCost({ category: 'MARKETING', market: marketInput, monthlyVolume: volume, date, card });
  if (!trial.ok && trial.field !== 'card') return { ok: false, error: `--market: ${trial.error}` };
  if (!trial.ok && /no rates for/.test(trial.error)) return { ok: false, error: `--card: ${trial.error}` };

  return {
    ok: true,
    options: {
      marketInput,
      market: resolved.market,
      ...(resolved.country ? { country: resolved.country } : {}),
      volume,
      date,
      card,
      ...(maxPrice !== undefined ? { maxPrice } : {}),
      notes,
    },
    rest,
  };
}

/** The card, its currency and its date, each said once ("Meta list rates (USD), effective 2026-10-01"). */
function cardLabel(card: { name: string; currency: string; effectiveDate: string }): string {
  const named = cardNameWithCurrency(card);
  return named.includes(card.effectiveDate) ? named : `${named}, effective ${card.effectiveDate}`;
}

/** The template categories (SERVICE is never a template's category). */
export type CliCategory = Category;
const CLI_CATEGORIES = CATEGORIES;

export interface CategoryCostJson {
  perMessage: number;
  monthlyTotal: number;
}

/** The `cost` object of `--format jsonl`; money in the card's currency units. */
export interface PricingCostJson {
  currency: string;
  perMessage: number;
  monthlyTotal: number;
  /** Card id, e.g. "meta-usd-2026-10-01". */
  card: string;
  effectiveDate: string;
  /** null where the card has no rate for that category in the market. */
  byCategory: Record<CliCategory, CategoryCostJson | null>;
  /** With --max-price: the Marketing max price per message and the month's ceiling. */
  marketingMaxPrice?: { perMessage: number; monthlyCeiling: number };
}

export type CostForCategoryResult =
  | { ok: true; json: PricingCostJson; textLines: string[] }
  | { ok: false; error: string; textLines: string[] };

/** Cost of `category` (the predicted one) and of the alternatives, as JSON and as report lines. Never throws. */
export function costForCategory(category: string, options: PricingCliOptions): CostForCategoryResult {
  if (!(CLI_CATEGORIES as readonly string[]).includes(category)) {
    const error = `Category "${category}" is not one of ${CLI_CATEGORIES.join(', ')}.`;
    return { ok: false, error, textLines: [`Cost: ${error}`] };
  }
  const estimate = estimateCost({
    category: category as CliCategory,
    market: options.marketInput,
    monthlyVolume: options.volume,
    date: options.date,
    card: options.card,
    ...(options.maxPrice !== undefined ? { marketingMaxPrice: options.maxPrice } : {}),
  });
  if (!estimate.ok) return { ok: false, error: estimate.error, textLines: [`Cost: ${estimate.error}`] };

  const byCategory = {} as Record<CliCategory, CategoryCostJson | null>;
  for (const c of CLI_CATEGORIES) {
    const cost = estimate.byCategory[c];
    byCategory[c] = cost
      ? { perMessage: microsToUnits(cost.perMessage), monthlyTotal: microsToUnits(cost.monthlyTotal) }
      : null;
  }
  const json: PricingCostJson = {
    currency: estimate.currency,
    perMessage: microsToUnits(estimate.perMessage),
    monthlyTotal: microsToUnits(estimate.monthlyTotal),
    card: estimate.card.id,
    effectiveDate: estimate.card.effectiveDate,
    byCategory,
  };
  const max = estimate.marketingMaxPrice;
  if (max)
    json.marketingMaxPrice = {
      perMessage: microsToUnits(max.perMessage),
      monthlyCeiling: microsToUnits(max.monthlyCeiling),
    };

  const currency = estimate.currency;
  const where =
    options.country && options.country.name !== options.market
      ? `${options.market} (${options.country.name})`
      : options.market;
  const textLines = [
    `Cost to ${where}, ${options.volume.toLocaleString('en-US')} messages/month on ${options.date}`,
    `  card: ${cardLabel(estimate.card)}; ${estimate.era.name}`,
  ];
  const predicted = estimate.byCategory[category as CliCategory];
  for (const c of CLI_CATEGORIES) {
    const cost = estimate.byCategory[c];
    const label = c === category ? `${c} (this template)` : c;
    if (!cost) {
      textLines.push(`  ${label}: rate unknown on this card`);
      continue;
    }
    const multiple = c !== category && predicted ? costMultiple(cost.monthlyTotal, predicted.monthlyTotal) : null;
    textLines.push(
      `  ${label}: ${formatRate(cost.perMessage, currency)} per message, ${formatMoney(cost.monthlyTotal, currency)} per month${multiple === null ? '' : ` (×${multiple})`}`,
    );
  }
  if (max)
    textLines.push(
      `  MARKETING max price (Marketing Messages API): at most ${formatRate(max.perMessage, currency)} per message, at most ${formatMoney(max.monthlyCeiling, currency)} per month`,
    );
  const notes: Array<EstimateNote | string> = [...options.notes, ...estimate.notes];
  for (const note of notes) textLines.push(`  note: ${typeof note === 'string' ? note : note.message}`);
  return { ok: true, json, textLines };
}
