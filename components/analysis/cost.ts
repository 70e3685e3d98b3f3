/**
 * The cost block's data: core/pricing's estimator run for the user's stored preferences (market or mix,
 * volume, window shares, business country…) and active rate card, priced as the predicted category, with
 * the other template categories alongside and the Marketing ÷ Utility multiple. Pure (no storage, no DOM),
 * so the popup, the content-script panel and the playground compute it the same way.
 */
import type { Preferences } from '@/components/settings/preferences';
import { effectivePricingDate } from '@/components/settings/settings';
import {
  costMultiple,
  type EstimateInput,
  type EstimateNote,
  estimateCost,
  type MaxPriceCeiling,
} from '@/core/pricing/estimate';
import type { Micros } from '@/core/pricing/money';
import { cardPredatesQuarter } from '@/core/pricing/quarters';
import type { RateCard } from '@/core/pricing/schema';
import { CATEGORIES, type Category } from '@/core/template/schema';
import type { Analysis } from '@/core/types';

export interface CategoryPrice {
  /** List-rate-based average per delivered message (tiers and window shares included). */
  perMessage: Micros;
  monthlyTotal: Micros;
}

export interface CostSummary {
  ok: true;
  /** The category the figures are headlined in (what Meta will approve it as). */
  category: Category;
  /** The author's selected category, when it differs from `category` and is priced too. */
  selected: Category | null;
  currency: string;
  /** Markets priced, with their share of the volume (0–1). */
  markets: Array<{ market: string; share: number }>;
  monthlyVolume: number;
  byCategory: Record<Category, CategoryPrice | null>;
  /** Marketing per message ÷ Utility per message, one decimal; null when either is unknown or Utility is free. */
  marketingOverUtility: number | null;
  /** Predicted ÷ selected per message when they differ ("×9.2 as Marketing"); null otherwise. */
  predictedOverSelected: number | null;
  card: { id: string; name: string; effectiveDate: string; currency: string };
  /** The quarter start the card predates (Meta may have changed rates since), or null. */
  cardOlderThanQuarter: string | null;
  /** The user's Marketing Messages API max price and its monthly ceiling, when set in the card's currency. */
  marketingMaxPrice: MaxPriceCeiling | null;
  /** Currency of a max price that is set but not applied because the active card is in another currency. */
  maxPriceOtherCurrency: string | null;
  era: { id: string; name: string };
  /** The date priced on (YYYY-MM-DD). */
  date: string;
  /** The estimator's notes, minus those this summary carries as fields (shown localised). */
  notes: EstimateNote[];
}

/** Notes the summary turns into fields of its own (the UI shows them in the user's language). */
const NOTES_AS_FIELDS = new Set(['card-older-than-quarter', 'marketing-max-price']);

export interface CostError {
  ok: false;
  error: string;
}

export type CostResult = CostSummary | CostError;

export interface CostSettings {
  preferences: Preferences;
  card: RateCard;
}

/** The estimator input for one category from the stored preferences. */
export function estimateInputFor(
  category: EstimateInput['category'],
  settings: CostSettings,
  now: Date = new Date(),
): EstimateInput {
  const { preferences, card } = settings;
  const recipients = preferences.recipients;
  return {
    category,
    ...(recipients.kind === 'single'
      ? { market: recipients.market }
      : { recipients: Object.fromEntries(recipients.shares.map((share) => [share.market, share.percent])) }),
    monthlyVolume: preferences.monthlyVolume,
    date: effectivePricingDate(preferences, now),
    shareInServiceWindow: preferences.serviceWindowShare / 100,
    shareInFreeEntryPoint: preferences.freeEntryShare / 100,
    ...(preferences.businessCountry ? { businessCountry: preferences.businessCountry } : {}),
    authInternationalEligible: preferences.authInternationalEligible,
    businessPhoneNumbers: preferences.businessPhoneNumbers,
    ...(preferences.marketingMaxPrice && preferences.marketingMaxPrice.currency === card.currency
      ? { marketingMaxPrice: preferences.marketingMaxPrice.amount }
      : {}),
    card,
  };
}

/**
 * Cost of sending `category` (default: the analysis' predicted category) at the user's volume and markets.
 * With a volume of 0 the per-message figures are still given (priced as one message). Never throws.
 */
export function summarizeCost(
  analysis: Pick<Analysis, 'category' | 'selectedCategory'> | null,
  settings: CostSettings,
  now: Date = new Date(),
  category: Category = analysis?.category ?? 'MARKETING',
): CostResult {
  try {
    const input = estimateInputFor(category, settings, now);
    const result = estimateCost(input);
    if (!result.ok) return { ok: false, error: result.error };
    const perMessageSource = input.monthlyVolume > 0 ? result : estimateCost({ ...input, monthlyVolume: 1 });
    const byCategory = {} as Record<Category, CategoryPrice | null>;
    for (const c of CATEGORIES) {
      const month = result.byCategory[c];
      const single = perMessageSource.ok ? perMessageSource.byCategory[c] : null;
      byCategory[c] = month && single ? { perMessage: single.perMessage, monthlyTotal: month.monthlyTotal } : null;
    }
    const selected =
      analysis?.selectedCategory && analysis.selectedCategory !== category ? analysis.selectedCategory : null;
    const ratio = (a: CategoryPrice | null, b: CategoryPrice | null) =>
      a && b ? costMultiple(a.perMessage, b.perMessage) : null;
    return {
      ok: true,
      category,
      selected,
      currency: result.currency,
      markets: result.markets.map((m) => ({ market: m.market, share: m.share })),
      monthlyVolume: result.monthlyVolume,
      byCategory,
      marketingOverUtility: ratio(byCategory.MARKETING, byCategory.UTILITY),
      predictedOverSelected: selected ? ratio(byCategory[category], byCategory[selected]) : null,
      card: {
        id: result.card.id,
        name: result.card.name,
        effectiveDate: result.card.effectiveDate,
        currency: result.card.currency,
      },
      cardOlderThanQuarter: cardPredatesQuarter(result.card.effectiveDate, input.date),
      marketingMaxPrice: result.marketingMaxPrice,
      maxPriceOtherCurrency:
        settings.preferences.marketingMaxPrice && settings.preferences.marketingMaxPrice.currency !== result.currency
          ? settings.preferences.marketingMaxPrice.currency
          : null,
      era: { id: result.era.id, name: result.era.name },
      date: input.date,
      notes: result.notes.filter((note) => !NOTES_AS_FIELDS.has(note.code)),
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** "Brazil" or "Brazil 60 %, Mexico 40 %". */
export function marketsLabel(markets: CostSummary['markets']): string {
  if (markets.length === 1) return markets[0]?.market ?? '';
  return markets.map((m) => `${m.market} ${Math.round(m.share * 100)}%`).join(', ');
}
