/**
 * Rate card data shape. All money is integer micro-units (1e-6 of the card's currency unit).
 * null means "not published / unknown" — never zero (../shared/data/README.md).
 */
import { z } from 'zod';
import { isIsoDate } from './dates';
import { MARKETS } from './market-data';

export const MarketSchema = z.enum(MARKETS);

/** A rate in micros; null = unknown. */
export const RateMicrosSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).nullable();

export const MarketRatesSchema = z.object({
  marketing: RateMicrosSchema,
  utility: RateMicrosSchema,
  authentication: RateMicrosSchema,
  authenticationInternational: RateMicrosSchema.optional(),
  service: RateMicrosSchema.optional(),
});
export type MarketRates = z.infer<typeof MarketRatesSchema>;

/** The rate columns of a card, in the order of Meta's "List rates" files. */
export const RATE_FIELDS = [
  'marketing',
  'utility',
  'authentication',
  'authenticationInternational',
  'service',
] as const satisfies readonly (keyof MarketRates)[];
export type RateField = (typeof RATE_FIELDS)[number];

/** Categories that volume tiers apply to (reference §3.3: utility and authentication only; §3.5 also auth-intl). */
export const TIER_CATEGORIES = ['utility', 'authentication', 'authenticationInternational'] as const;
export const TierCategorySchema = z.enum(TIER_CATEGORIES);
export type TierCategory = z.infer<typeof TierCategorySchema>;

/**
 * One volume tier: messages number `from`..`to` (1-based, inclusive; `to` null = no upper bound) in a month, per
 * market × category, cost `rate` each. Counts outside every tier are charged at the list rate.
 */
export const VolumeTierSchema = z
  .object({
    from: z.number().int().min(1),
    to: z.number().int().min(1).nullable(),
    rate: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  })
  .refine((tier) => tier.to === null || tier.to >= tier.from, { message: '"to" is below "from"' });
export type VolumeTier = z.infer<typeof VolumeTierSchema>;

const TierListSchema = z.array(VolumeTierSchema).superRefine((tiers, ctx) => {
  for (let i = 1; i < tiers.length; i++) {
    const previous = tiers[i - 1];
    const current = tiers[i];
    if (!previous || !current) continue;
    if (previous.to === null || current.from <= previous.to) {
      ctx.addIssue({ code: 'custom', message: `tier starting at ${current.from} overlaps the one before it` });
    }
  }
});

export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

export const RateCardSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  currency: z.string().regex(CURRENCY_PATTERN, 'an ISO 4217 code such as USD'),
  effectiveDate: z.string().refine(isIsoDate, 'a date in YYYY-MM-DD form'),
  source: z.string(),
  pricingModel: z.enum(['per-message', 'per-conversation']),
  markets: z.partialRecord(MarketSchema, MarketRatesSchema),
  /** market → category → tiers sorted by `from`. Absent = list rates only. */
  tiers: z.partialRecord(MarketSchema, z.partialRecord(TierCategorySchema, TierListSchema)).optional(),
});
export type RateCard = z.infer<typeof RateCardSchema>;
export type PricingModel = RateCard['pricingModel'];
