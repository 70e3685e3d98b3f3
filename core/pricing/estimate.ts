/**
 * Cost estimator: what a month of messages of one category costs, line by line, under the pricing era in force on
 * the date and the rates of the given card. Money is integer micros throughout (see money.ts).
 *
 * Modelling choices (DERIVED, not Meta's words) are listed in the result's notes where they matter:
 * - shares are of the monthly volume; shareInFreeEntryPoint is taken out first, then shareInServiceWindow applies
 *   to the rest; counts are rounded half-up per market, and markets get whole messages by largest remainder.
 * - Volume tiers count this estimate's charged messages per market × category, as if they were the business
 *   portfolio's whole month for that pair (Meta aggregates per portfolio).
 * - From 2026-10-01 utility inside the customer service window is charged: the reference (§3.1 conflict note) finds
 *   four sources saying charged and two saying free; we follow the majority and say so in a note.
 */
import type { Localized } from '../types';
import { isIsoDate } from './dates';
import {
  type EraId,
  eraFor,
  FREE_SERVICE_CONVERSATIONS_PER_MONTH,
  FREE_SERVICE_MESSAGES_PER_NUMBER,
  type PricingEra,
  SERVICE_CONVERSATIONS_FREE_FROM,
} from './eras';
import {
  AUTH_INTERNATIONAL_MARKETS_2025,
  AUTH_INTERNATIONAL_MARKETS_2026_10,
  LISTED_COUNTRIES,
  type Market,
} from './market-data';
// markets-core, not markets: the estimator must not pull phone-number metadata into the content script.
import { type CountryInfo, marketOfCountry, resolveMarket } from './markets-core';
import { divideMicrosRounded, formatRate, type Micros, multiplyMicros, sumMicros } from './money';
import { cardPredatesQuarter } from './quarters';
import type { PricingRuleId } from './rules';
import { type MarketRates, type RateCard, RateCardSchema, type TierCategory, type VolumeTier } from './schema';

/** Marketing Messages API max price: open beta from this date (core/template/formats.md §6). */
export const MAX_PRICE_OPEN_BETA = '2026-10-01';

export const ESTIMATE_CATEGORIES = ['MARKETING', 'UTILITY', 'AUTHENTICATION', 'SERVICE'] as const;
export type EstimateCategory = (typeof ESTIMATE_CATEGORIES)[number];
export type TemplateCategory = Exclude<EstimateCategory, 'SERVICE'>;

export interface EstimateInput {
  category: EstimateCategory;
  /** One recipient market: ISO code, market name, country name or phone number (+…). */
  market?: string;
  /** Several: key as for `market`, value = share of the volume (any positive weights; normalised to 1). */
  recipients?: Record<string, number>;
  /** Messages per month (whole, ≥ 0). In the conversation-based era: conversations. */
  monthlyVolume: number;
  /** YYYY-MM-DD: selects the pricing era and the market map. */
  date: string;
  /** Share (0–1) of the non-free-entry-point messages sent inside an open customer service window. Default 0. */
  shareInServiceWindow?: number;
  /** Share (0–1) of messages sent inside a free-entry-point window. Default 0. */
  shareInFreeEntryPoint?: number;
  /** ISO code of the business's primary location (decides authentication-international). */
  businessCountry?: string;
  /** The business qualifies for authentication-international rates (reference §3.5). Default false. */
  authInternationalEligible?: boolean;
  /** Business phone numbers sending service messages (1,000 free each per month from 2026-10-01). Default 1. */
  businessPhoneNumbers?: number;
  /**
   * Marketing Messages API maximum price per delivered marketing message, micros in the card's currency
   * (core/template/formats.md §6: "Meta will charge that max price or lower"). Shown beside the list rate.
   */
  marketingMaxPrice?: Micros;
  card: RateCard;
}

/** A marketing max price next to the list rate: what a month can cost at most. */
export interface MaxPriceCeiling {
  /** The max price per delivered marketing message. */
  perMessage: Micros;
  /** Charged marketing messages × the max price: the month's upper bound under the max price. */
  monthlyCeiling: Micros;
  /** Marketing messages the ceiling applies to (free-entry-point ones stay free). */
  messages: number;
  /** The card's list rate, per message, for the same markets (average); null if unknown. */
  listPerMessage: Micros | null;
}

export interface CostLine {
  /** Stable key for the UI, e.g. "charged", "tier", "free-entry-point". */
  key: string;
  description: Localized;
  market: Market;
  quantity: number;
  /** Micros per message (0 for free lines). */
  rate: Micros;
  /** quantity × rate, micros. */
  amount: Micros;
  rule: PricingRuleId;
}

export interface EstimateNote {
  code: string;
  message: string;
}

export interface CategoryCost {
  perMessage: Micros;
  monthlyTotal: Micros;
}

export interface CostEstimate {
  ok: true;
  category: EstimateCategory;
  currency: string;
  monthlyVolume: number;
  /** Effective average per message (monthlyTotal ÷ volume, rounded to the micro). */
  perMessage: Micros;
  monthlyTotal: Micros;
  lines: CostLine[];
  era: PricingEra;
  card: { id: string; name: string; effectiveDate: string; currency: string };
  markets: Array<{ market: Market; share: number; messages: number; country?: CountryInfo }>;
  notes: EstimateNote[];
  /** Same inputs priced as each template category; null where the card lacks the rate. */
  byCategory: Record<TemplateCategory, CategoryCost | null>;
  /** The marketing max price and its monthly ceiling, when one was given. */
  marketingMaxPrice: MaxPriceCeiling | null;
}

export interface EstimateError {
  ok: false;
  error: string;
  /** Which input is wrong, when one is. */
  field?: keyof EstimateInput;
  suggestions?: string[];
}

export type EstimateResult = CostEstimate | EstimateError;

const CATEGORY_WORDS: Readonly<Record<EstimateCategory, Localized>> = {
  MARKETING: { en: 'Marketing', es: 'Marketing', pt: 'Marketing' },
  UTILITY: { en: 'Utility', es: 'Utilidad', pt: 'Utilidade' },
  AUTHENTICATION: { en: 'Authentication', es: 'Autenticación', pt: 'Autenticação' },
  SERVICE: { en: 'Service', es: 'Servicio', pt: 'Serviço' },
};

function describe(kind: string, category: EstimateCategory, market: string, extra = ''): Localized {
  const c = CATEGORY_WORDS[category];
  switch (kind) {
    case 'free-entry-point':
      return {
        en: `${c.en} to ${market} inside a free-entry-point window (free)`,
        es: `${c.es} a ${market} dentro de una ventana de punto de entrada gratuito (gratis)`,
        pt: `${c.pt} para ${market} dentro de uma janela de ponto de entrada gratuito (grátis)`,
      };
    case 'in-window-free':
      return {
        en: `${c.en} to ${market} inside the customer service window (free)`,
        es: `${c.es} a ${market} dentro de la ventana de atención al cliente (gratis)`,
        pt: `${c.pt} para ${market} dentro da janela de atendimento ao cliente (grátis)`,
      };
    case 'service-free':
      return {
        en: `Service messages to ${market} (free)`,
        es: `Mensajes de servicio a ${market} (gratis)`,
        pt: `Mensagens de serviço para ${market} (grátis)`,
      };
    case 'service-free-tier':
      return {
        en: `Service messages to ${market} within the free tier`,
        es: `Mensajes de servicio a ${market} dentro del tramo gratuito`,
        pt: `Mensagens de serviço para ${market} dentro da faixa gratuita`,
      };
    case 'conversation':
      return {
        en: `${c.en} conversations to ${market}`,
        es: `Conversaciones de ${c.es.toLowerCase()} a ${market}`,
        pt: `Conversas de ${c.pt.toLowerCase()} para ${market}`,
      };
    case 'auth-international':
      return {
        en: `${c.en} to ${market} at the international rate${extra}`,
        es: `${c.es} a ${market} con tarifa internacional${extra}`,
        pt: `${c.pt} para ${market} com tarifa internacional${extra}`,
      };
    default:
      return {
        en: `${c.en} to ${market}${extra}`,
        es: `${c.es} a ${market}${extra}`,
        pt: `${c.pt} para ${market}${extra}`,
      };
  }
}

function tierSuffix(from: number, to: number): string {
  return ` (messages ${from.toLocaleString('en-US')}–${to.toLocaleString('en-US')} of the month)`;
}

/** Split `total` whole items over `weights` (sum 1) by largest remainder, so the parts add up exactly. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const raw = weights.map((w) => w * total);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5 + 1e-9);
}

interface RecipientMarket {
  market: Market;
  share: number;
  messages: number;
  country?: CountryInfo;
}

interface Context {
  input: EstimateInput;
  era: PricingEra;
  card: RateCard;
  recipients: RecipientMarket[];
  shareInServiceWindow: number;
  shareInFreeEntryPoint: number;
  businessPhoneNumbers: number;
}

type Priced = { ok: true; lines: CostLine[]; notes: EstimateNote[] } | { ok: false; error: string };

/** Each message priced at the tier its own number falls in; uncovered counts at the list rate. */
function tieredSegments(count: number, listRate: Micros, tiers: readonly VolumeTier[] | undefined) {
  const segments: Array<{ from: number; to: number; rate: Micros; tiered: boolean }> = [];
  if (count <= 0) return segments;
  let next = 1;
  for (const tier of tiers ?? []) {
    if (next > count) break;
    const end = Math.min(tier.to ?? count, count);
    if (tier.from > next) {
      const gapEnd = Math.min(tier.from - 1, count);
      segments.push({ from: next, to: gapEnd, rate: listRate, tiered: false });
      next = gapEnd + 1;
    }
    if (next > count || end < next) continue;
    segments.push({ from: next, to: end, rate: tier.rate, tiered: true });
    next = end + 1;
  }
  if (next <= count) segments.push({ from: next, to: count, rate: listRate, tiered: false });
  return segments;
}

function rateLabel(category: EstimateCategory): keyof MarketRates {
  return category === 'MARKETING'
    ? 'marketing'
    : category === 'UTILITY'
      ? 'utility'
      : category === 'AUTHENTICATION'
        ? 'authentication'
        : 'service';
}

function line(
  key: string,
  description: Localized,
  market: Market,
  quantity: number,
  rate: Micros,
  rule: PricingRuleId,
): CostLine | null {
  const amount = multiplyMicros(quantity, rate);
  return amount === null ? null : { key, description, market, quantity, rate, amount, rule };
}

/** Countries a standalone market stands for (recipient country for authentication-international). */
function marketCountryIso(market: Market): string | undefined {
  return LISTED_COUNTRIES.find(([, name, m]) => m === market && name === market)?.[0];
}

function priceCategory(ctx: Context, category: EstimateCategory): Priced {
  const { era, card, input } = ctx;
  const lines: CostLine[] = [];
  const notes: EstimateNote[] = [];
  const push = (l: CostLine | null): boolean => {
    if (!l) return false;
    if (l.quantity > 0) lines.push(l);
    return true;
  };
  const overflow: Priced = { ok: false, error: 'The total is too large to compute exactly; lower the volume.' };
  const tiersUsed = new Set<string>();
  let tiersMissing = false;

  // Service messages from 2026-10-01 share one free allowance across markets (per phone number, not per market).
  const serviceFreeParts =
    category === 'SERVICE' && era.id !== 'per-message'
      ? (() => {
          const nonFep = ctx.recipients.map((r) => r.messages - roundHalfUp(r.messages * ctx.shareInFreeEntryPoint));
          const totalNonFep = nonFep.reduce((a, b) => a + b, 0);
          const allowance =
            era.id === 'per-message-2026-10'
              ? FREE_SERVICE_MESSAGES_PER_NUMBER * ctx.businessPhoneNumbers
              : input.date < SERVICE_CONVERSATIONS_FREE_FROM
                ? FREE_SERVICE_CONVERSATIONS_PER_MONTH
                : totalNonFep;
          const free = Math.min(allowance, totalNonFep);
          return totalNonFep > 0
            ? allocate(
                free,
                nonFep.map((n) => n / totalNonFep),
              )
            : nonFep.map(() => 0);
        })()
      : [];

  for (const [index, recipient] of ctx.recipients.entries()) {
    const { market } = recipient;
    const rates = card.markets[market];
    if (!rates) return { ok: false, error: `The card "${card.name}" has no rates for ${market}.` };
    const fep = roundHalfUp(recipient.messages * ctx.shareInFreeEntryPoint);
    let rest = recipient.messages - fep;
    if (fep > 0)
      push(
        line('free-entry-point', describe('free-entry-point', category, market), market, fep, 0, 'free-entry-point'),
      );

    // ---- Service (non-template) messages ----
    if (category === 'SERVICE') {
      if (era.id === 'per-message') {
        push(line('service-free', describe('service-free', category, market), market, rest, 0, 'service-free'));
        continue;
      }
      const free = serviceFreeParts[index] ?? 0;
      const freeRule: PricingRuleId =
        era.id === 'conversation-based'
          ? input.date < SERVICE_CONVERSATIONS_FREE_FROM
            ? 'service-conversations-free-tier'
            : 'service-conversations-free'
          : 'service-free-tier';
      const freeKind = freeRule === 'service-conversations-free' ? 'service-free' : 'service-free-tier';
      push(line(freeKind, describe(freeKind, category, market), market, free, 0, freeRule));
      rest -= free;
      if (rest <= 0) continue;
      let rate = rates.service ?? null;
      if (rate === null && era.id === 'per-message-2026-10' && rates.utility !== null) {
        rate = rates.utility;
        notes.push({
          code: 'service-rate-from-utility',
          message: `The card has no service rate for ${market}; using its utility rate (Meta charges service at the utility rate from 2026-10-01).`,
        });
      }
      if (rate === null)
        return { ok: false, error: `The card "${card.name}" has no service rate for ${market} (unknown).` };
      const rule: PricingRuleId = era.id === 'conversation-based' ? 'conversation-charge' : 'service-at-utility-rate';
      const key = era.id === 'conversation-based' ? 'conversation' : 'charged';
      if (!push(line(key, describe(key, category, market), market, rest, rate, rule))) return overflow;
      continue;
    }

    // ---- Template messages ----
    const conversationEra = era.id === 'conversation-based';
    if (category === 'UTILITY' && era.id === 'per-message') {
      const inWindow = roundHalfUp(rest * ctx.shareInServiceWindow);
      push(
        line(
          'in-window-free',
          describe('in-window-free', category, market),
          market,
          inWindow,
          0,
          'utility-inside-window-free',
        ),
      );
      rest -= inWindow;
    }

    let rateField: TierCategory | 'marketing' =
      category === 'MARKETING' ? 'marketing' : category === 'UTILITY' ? 'utility' : 'authentication';
    let listRate = rates[rateField] ?? null;
    if (category === 'AUTHENTICATION' && input.authInternationalEligible) {
      const recipientIso = marketCountryIso(market);
      const business = input.businessCountry?.trim().toUpperCase();
      const international = recipientIso !== undefined && business !== recipientIso;
      if (international && business === undefined) {
        notes.push({
          code: 'business-country-unknown',
          message: `Business country not given: assumed to be outside ${market} for the authentication-international rate.`,
        });
      }
      if (international) {
        const intl = rates.authenticationInternational ?? null;
        const intlMarkets =
          input.date >= '2026-10-01' ? AUTH_INTERNATIONAL_MARKETS_2026_10 : AUTH_INTERNATIONAL_MARKETS_2025;
        if (intl !== null) {
          rateField = 'authenticationInternational';
          listRate = intl;
        } else if (intlMarkets.includes(market)) {
          notes.push({
            code: 'auth-international-unknown',
            message: `The authentication-international rate for ${market} is unknown on this card; fell back to the authentication rate (${listRate === null ? 'unknown' : formatRate(listRate, card.currency)}). The real charge is likely higher.`,
          });
        } else {
          notes.push({
            code: 'auth-international-not-applicable',
            message: `${market} has no authentication-international rate; the authentication rate applies.`,
          });
        }
      }
    }
    if (listRate === null) {
      return {
        ok: false,
        error: `The card "${card.name}" has no ${CATEGORY_WORDS[category].en.toLowerCase()} rate for ${market} (unknown).`,
      };
    }

    const isIntl = rateField === 'authenticationInternational';
    const chargeRule: PricingRuleId = conversationEra
      ? 'conversation-charge'
      : isIntl
        ? 'authentication-international'
        : category === 'MARKETING'
          ? 'marketing-per-message'
          : category === 'UTILITY'
            ? era.id === 'per-message'
              ? 'utility-outside-window'
              : 'utility-always-charged'
            : 'authentication-per-message';
    const baseKind = conversationEra ? 'conversation' : isIntl ? 'auth-international' : 'charged';

    // Volume tiers: per-message eras only, utility and authentication only (reference §3.3).
    const tierable = !conversationEra && rateField !== 'marketing';
    const tiers = tierable ? card.tiers?.[market]?.[rateField as TierCategory] : undefined;
    if (tierable && !tiers?.length) tiersMissing = true;
    if (tiers?.length) tiersUsed.add(market);
    for (const segment of tieredSegments(rest, listRate, tiers)) {
      const quantity = segment.to - segment.from + 1;
      const suffix = tiers?.length ? tierSuffix(segment.from, segment.to) : '';
      const l = line(
        segment.tiered ? 'tier' : baseKind === 'charged' ? 'charged' : baseKind,
        describe(baseKind, category, market, suffix),
        market,
        quantity,
        segment.rate,
        segment.tiered ? 'volume-tier' : chargeRule,
      );
      if (!push(l)) return overflow;
    }
  }

  if (tiersMissing && ctx.recipients.some((r) => r.messages > 0)) {
    notes.push({
      code: 'tiers-unknown',
      message:
        'No volume tiers on this card for these markets: list rates only. Meta does not publish tier thresholds openly; import its volume-tiers file to apply them.',
    });
  }
  if (tiersUsed.size > 0) {
    notes.push({
      code: 'tiers-applied',
      message: `Volume tiers applied for ${[...tiersUsed].join(', ')}, counting this estimate as the business portfolio's whole month for each market and category.`,
    });
  }
  return { ok: true, lines, notes };
}

function totalOf(lines: readonly CostLine[]): Micros | null {
  return sumMicros(lines.map((l) => l.amount));
}

function fail(error: string, field?: keyof EstimateInput, suggestions?: string[]): EstimateError {
  return { ok: false, error, ...(field ? { field } : {}), ...(suggestions?.length ? { suggestions } : {}) };
}

function validShare(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** Price a month of messages. Never throws: bad input gives `{ ok: false, error }`. */
export function estimateCost(input: EstimateInput): EstimateResult {
  try {
    return estimateUnsafe(input);
  } catch (error) {
    return fail(`Could not estimate the cost: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function estimateUnsafe(input: EstimateInput): EstimateResult {
  if (!input || typeof input !== 'object') return fail('No estimate input given.');
  if (!(ESTIMATE_CATEGORIES as readonly string[]).includes(input.category)) {
    return fail(`Category must be one of ${ESTIMATE_CATEGORIES.join(', ')}.`, 'category');
  }
  if (typeof input.date !== 'string' || !isIsoDate(input.date)) return fail('Date must be YYYY-MM-DD.', 'date');
  if (!Number.isSafeInteger(input.monthlyVolume) || input.monthlyVolume < 0) {
    return fail('Monthly volume must be a whole number of messages, 0 or more.', 'monthlyVolume');
  }
  const shareInServiceWindow = input.shareInServiceWindow ?? 0;
  const shareInFreeEntryPoint = input.shareInFreeEntryPoint ?? 0;
  if (!validShare(shareInServiceWindow))
    return fail('Share in the service window must be between 0 and 1.', 'shareInServiceWindow');
  if (!validShare(shareInFreeEntryPoint))
    return fail('Share in free-entry-point windows must be between 0 and 1.', 'shareInFreeEntryPoint');
  if (
    input.marketingMaxPrice !== undefined &&
    (!Number.isSafeInteger(input.marketingMaxPrice) || input.marketingMaxPrice < 0)
  )
    return fail('The marketing max price must be an amount of 0 or more.', 'marketingMaxPrice');
  const businessPhoneNumbers = input.businessPhoneNumbers ?? 1;
  if (!Number.isSafeInteger(businessPhoneNumbers) || businessPhoneNumbers < 1) {
    return fail('Business phone numbers must be a whole number, 1 or more.', 'businessPhoneNumbers');
  }
  if (input.businessCountry !== undefined && !/^[A-Za-z]{2}$/.test(input.businessCountry.trim())) {
    return fail('Business country must be a two-letter ISO code such as BR.', 'businessCountry');
  }
  const parsedCard = RateCardSchema.safeParse(input.card);
  if (!parsedCard.success)
    return fail(`The rate card is not valid: ${parsedCard.error.issues[0]?.message ?? 'unknown problem'}.`, 'card');
  const card = parsedCard.data;
  const era = eraFor(input.date);
  if (!era) return fail(`No pricing model before 2023-06-01 is supported (date ${input.date}).`, 'date');

  const notes: EstimateNote[] = [];
  // Recipients → markets.
  let entries: Array<[string, number]>;
  if (input.recipients !== undefined) {
    if (input.market !== undefined) return fail('Give either a market or recipients, not both.', 'recipients');
    entries = Object.entries(input.recipients);
    if (entries.length === 0) return fail('Recipients is empty.', 'recipients');
    for (const [key, share] of entries) {
      if (typeof share !== 'number' || !Number.isFinite(share) || share < 0)
        return fail(`Share for "${key}" must be a number ≥ 0.`, 'recipients');
    }
  } else if (input.market !== undefined) {
    entries = [[input.market, 1]];
  } else {
    return fail('Give a recipient market (ISO code, market name or phone number).', 'market');
  }
  const weightSum = entries.reduce((a, [, share]) => a + share, 0);
  if (weightSum <= 0) return fail('Recipient shares add up to 0.', 'recipients');
  if (Math.abs(weightSum - 1) > 1e-9)
    notes.push({ code: 'shares-normalised', message: `Recipient shares added up to ${weightSum}; scaled to 100%.` });

  const merged = new Map<Market, { share: number; country?: CountryInfo }>();
  for (const [key, share] of entries) {
    const resolved = resolveMarket(key, input.date);
    if (!resolved.ok) return fail(resolved.error, input.recipients ? 'recipients' : 'market', resolved.suggestions);
    let market = resolved.market;
    if (resolved.note) notes.push({ code: 'market-by-calling-code', message: resolved.note });
    if (!card.markets[market]) {
      // The card predates a market split: price the country where it sat on the card's date.
      const fallback = resolved.country ? marketOfCountry(resolved.country.iso, card.effectiveDate).market : null;
      if (fallback && card.markets[fallback]) {
        notes.push({
          code: 'market-not-on-card',
          message: `${card.name} has no ${market} row (the card predates that market); priced as ${fallback}, where ${resolved.country?.name} was on ${card.effectiveDate}.`,
        });
        market = fallback;
      } else {
        return fail(`The card "${card.name}" has no rates for ${market}.`, 'card');
      }
    }
    const previous = merged.get(market);
    // Two inputs landing in one market (e.g. "BR" and "Brazil", or two "Rest of" countries) keep no single country.
    const country = previous ? undefined : resolved.country;
    merged.set(market, { share: (previous?.share ?? 0) + share / weightSum, ...(country ? { country } : {}) });
  }
  const marketList = [...merged];
  const counts = allocate(
    input.monthlyVolume,
    marketList.map(([, v]) => v.share),
  );
  const recipients: RecipientMarket[] = marketList.map(([market, v], i) => ({
    market,
    share: v.share,
    messages: counts[i] ?? 0,
    ...(v.country ? { country: v.country } : {}),
  }));

  // Card/era notes.
  const quarter = cardPredatesQuarter(card.effectiveDate, input.date);
  if (quarter) {
    notes.push({
      code: 'card-older-than-quarter',
      message: `${card.name} (${card.currency}) is dated ${card.effectiveDate}, before the quarter that began ${quarter}; Meta may change rates on the first day of each quarter, so import the newest card (Options → Rate tables).`,
    });
  }
  if (card.effectiveDate > input.date) {
    notes.push({
      code: 'card-after-date',
      message: `${card.name} took effect on ${card.effectiveDate}, after ${input.date}; rates on ${input.date} may have differed.`,
    });
  }
  if (era.id === 'conversation-based' && card.pricingModel === 'per-message') {
    notes.push({
      code: 'card-model-mismatch',
      message: `${input.date} falls in conversation-based pricing, but ${card.name} holds per-message rates; the figures are indicative only.`,
    });
  }
  if (era.id !== 'conversation-based' && card.pricingModel === 'per-conversation') {
    notes.push({
      code: 'card-model-mismatch',
      message: `${input.date} falls in per-message pricing, but ${card.name} holds per-conversation rates; the figures are indicative only.`,
    });
  }
  if (era.id === 'conversation-based' && shareInServiceWindow > 0 && input.category !== 'SERVICE') {
    notes.push({
      code: 'window-share-unused',
      message:
        'In conversation-based pricing every template is assumed to open its own conversation, so the service-window share is not used.',
    });
  }
  if (input.category === 'UTILITY' && era.id === 'per-message-2026-10' && shareInServiceWindow > 0) {
    notes.push({
      code: 'utility-in-window-charged',
      message:
        'Utility templates inside the customer service window are charged from 2026-10-01: four sources say so, two say they stay free (reference §3.1 conflict note); this estimate follows the majority.',
    });
  }

  const ctx: Context = {
    input,
    era,
    card,
    recipients,
    shareInServiceWindow,
    shareInFreeEntryPoint,
    businessPhoneNumbers,
  };
  const priced = priceCategory(ctx, input.category);
  if (!priced.ok) return fail(priced.error, 'card');
  const monthlyTotal = totalOf(priced.lines);
  if (monthlyTotal === null)
    return fail('The total is too large to compute exactly; lower the volume.', 'monthlyVolume');

  const byCategory = {} as Record<TemplateCategory, CategoryCost | null>;
  for (const category of ['MARKETING', 'UTILITY', 'AUTHENTICATION'] as const) {
    const other = category === input.category ? priced : priceCategory(ctx, category);
    const total = other.ok ? totalOf(other.lines) : null;
    byCategory[category] =
      total === null ? null : { perMessage: divideMicrosRounded(total, input.monthlyVolume), monthlyTotal: total };
  }

  let marketingMaxPrice: MaxPriceCeiling | null = null;
  if (input.marketingMaxPrice !== undefined) {
    const marketing = input.category === 'MARKETING' ? priced : priceCategory(ctx, 'MARKETING');
    const messages = marketing.ok
      ? marketing.lines.filter((line) => line.rate > 0).reduce((sum, line) => sum + line.quantity, 0)
      : 0;
    const monthlyCeiling = multiplyMicros(messages, input.marketingMaxPrice);
    const list = byCategory.MARKETING;
    if (monthlyCeiling !== null) {
      marketingMaxPrice = {
        perMessage: input.marketingMaxPrice,
        monthlyCeiling,
        messages,
        listPerMessage: list ? list.perMessage : null,
      };
      notes.push({
        code: 'marketing-max-price',
        message: `With a max price (Marketing Messages API, open beta from 2026-10-01) Meta charges at most ${formatRate(input.marketingMaxPrice, card.currency)} per delivered marketing message, instead of the list rate${list ? ` (${formatRate(list.perMessage, card.currency)} here)` : ''}.${input.date < MAX_PRICE_OPEN_BETA ? ` On ${input.date} it was in limited beta only.` : ''}`,
      });
    }
  }

  const seen = new Set<string>();
  const allNotes = [...notes, ...priced.notes].filter((note) => {
    const key = `${note.code}|${note.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  return {
    ok: true,
    category: input.category,
    currency: card.currency,
    monthlyVolume: input.monthlyVolume,
    perMessage: divideMicrosRounded(monthlyTotal, input.monthlyVolume),
    monthlyTotal,
    lines: priced.lines,
    era,
    card: { id: card.id, name: card.name, effectiveDate: card.effectiveDate, currency: card.currency },
    markets: recipients,
    notes: allNotes,
    byCategory,
    marketingMaxPrice,
  };
}

/** How many times `other` costs `base`, to one decimal (Brazil: marketing 625 vs utility 68 → 9.2); null if base is 0. */
export function costMultiple(other: Micros, base: Micros): number | null {
  if (base <= 0) return null;
  return Math.round((other * 10) / base) / 10;
}

/** The list rate the card gives a category in a market (no tiers, no windows): handy for tables. */
export function listRate(card: RateCard, market: Market, category: EstimateCategory): Micros | null {
  return card.markets[market]?.[rateLabel(category)] ?? null;
}

export type { EraId };
