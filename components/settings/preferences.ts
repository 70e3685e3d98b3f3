/**
 * The user's preferences: one storage item, `local:preferences`, versioned.
 *
 * History (each earlier shape is kept here so its migration can be tested and never silently changes):
 * - v1 (0.0.x): `{ market: string, monthlyVolume?: number }` — a single market name, nothing else.
 * - v2: recipients as a single market or a mix; UI language; panel on/off and position.
 * - v3: customer-service and free-entry-point window shares, business country, authentication-international
 *   eligibility, number of business phone numbers, pricing date, panel collapsed.
 * - v4 (current): a Marketing Messages API max price per marketing message, in a given currency.
 */
import { z } from 'zod';
import { type Market, MarketSchema } from './pricing-adapter';

export const PREFERENCES_KEY = 'local:preferences' as const;
export const PREFERENCES_VERSION = 4;

const Percent = z.number().min(0).max(100);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const MarketShareSchema = z.object({ market: MarketSchema, percent: Percent });
export type MarketShare = z.infer<typeof MarketShareSchema>;

/** Shares are whole-number friendly but may carry decimals; "totals 100" allows float noise below 0.01. */
export function sharesTotal(shares: readonly MarketShare[]): number {
  return shares.reduce((sum, share) => sum + share.percent, 0);
}
export function sharesTotal100(shares: readonly MarketShare[]): boolean {
  return Math.abs(sharesTotal(shares) - 100) < 0.01;
}

export const RecipientsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single'), market: MarketSchema }),
  z
    .object({ kind: z.literal('mix'), shares: z.array(MarketShareSchema).min(1) })
    .refine((mix) => sharesTotal100(mix.shares), { message: 'market shares must total 100%' })
    .refine((mix) => new Set(mix.shares.map((s) => s.market)).size === mix.shares.length, {
      message: 'a market appears twice in the mix',
    }),
]);
export type Recipients = z.infer<typeof RecipientsSchema>;

export const UiLanguageSchema = z.enum(['auto', 'en', 'es', 'pt']);
export type UiLanguage = z.infer<typeof UiLanguageSchema>;
export const PanelPositionSchema = z.enum(['docked', 'floating']);
export type PanelPosition = z.infer<typeof PanelPositionSchema>;

/**
 * The most the business pays per delivered marketing message through the Marketing Messages API (its max price,
 * core/template/formats.md §6), in micros of `currency`: applied only while the active card is in that currency.
 */
export const MaxPriceSchema = z.object({
  amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type MaxPrice = z.infer<typeof MaxPriceSchema>;

const PreferencesV3Shape = {
  recipients: RecipientsSchema,
  monthlyVolume: z.number().int().min(0),
  /** % of template sends that land inside an open 24 h customer-service window. */
  serviceWindowShare: Percent,
  /** % of template sends inside a free-entry-point window (free for everything). */
  freeEntryShare: Percent,
  /** ISO 3166-1 alpha-2 of the primary business location, or null when not set (decides auth-international). */
  businessCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  authInternationalEligible: z.boolean(),
  /** Each business phone number gets 1,000 free service messages a month from 2026-10-01. */
  businessPhoneNumbers: z.number().int().min(1).max(10_000),
  /** null = price on today's date. */
  pricingDate: IsoDate.nullable(),
  language: UiLanguageSchema,
  panelEnabled: z.boolean(),
  panelPosition: PanelPositionSchema,
  panelCollapsed: z.boolean(),
};

const windowSharesFit = (p: { serviceWindowShare: number; freeEntryShare: number }) =>
  p.serviceWindowShare + p.freeEntryShare <= 100;
const WINDOW_SHARES_MESSAGE = {
  message: 'customer-service and free-entry-point shares together exceed 100%',
  path: ['freeEntryShare'],
};

export const PreferencesSchema = z
  .object({ ...PreferencesV3Shape, marketingMaxPrice: MaxPriceSchema.nullable() })
  .refine(windowSharesFit, WINDOW_SHARES_MESSAGE);
export type Preferences = z.infer<typeof PreferencesSchema>;

/** The market everything defaults to: core/pricing's market names are the ids ("Brazil", "Rest of Africa"). */
export const DEFAULT_MARKET: Market = 'North America';

export const DEFAULT_PREFERENCES: Preferences = {
  recipients: { kind: 'single', market: DEFAULT_MARKET },
  monthlyVolume: 10_000,
  serviceWindowShare: 0,
  freeEntryShare: 0,
  businessCountry: null,
  authInternationalEligible: false,
  businessPhoneNumbers: 1,
  pricingDate: null,
  language: 'auto',
  panelEnabled: true,
  panelPosition: 'docked',
  panelCollapsed: false,
  marketingMaxPrice: null,
};

// ---- earlier versions and their migrations -------------------------------------------------------------

/** v1 as shipped: only a market (a free-text market name from the old dropdown) and maybe a volume. */
// Strict: current data that happens to contain the old fields must not be mistaken for an old version.
export const PreferencesV1Schema = z.strictObject({
  market: z.string(),
  monthlyVolume: z.number().optional(),
});
export type PreferencesV1 = z.infer<typeof PreferencesV1Schema>;

export const PreferencesV2Schema = z.strictObject({
  recipients: RecipientsSchema,
  monthlyVolume: z.number().int().min(0),
  language: UiLanguageSchema,
  panelEnabled: z.boolean(),
  panelPosition: PanelPositionSchema,
});
export type PreferencesV2 = z.infer<typeof PreferencesV2Schema>;

/**
 * Migrations must not throw on data they do not recognise: they pass it through unchanged, and the
 * schema check in load.ts turns it into a "corrupt" notice (defaults used, raw data kept for export).
 * `resolveMarketName` maps v1's free-text market names to market ids; it is injected so this file stays
 * independent of the pricing tables.
 */
export function migratePreferencesV1toV2(
  old: unknown,
  resolveMarketName: (name: string) => Market | null = () => null,
): unknown {
  const parsed = PreferencesV1Schema.safeParse(old);
  if (!parsed.success) return old;
  const { market, monthlyVolume } = parsed.data;
  const v2: PreferencesV2 = {
    recipients: { kind: 'single', market: resolveMarketName(market.trim()) ?? DEFAULT_MARKET },
    monthlyVolume:
      typeof monthlyVolume === 'number' && Number.isFinite(monthlyVolume) && monthlyVolume >= 0
        ? Math.round(monthlyVolume)
        : DEFAULT_PREFERENCES.monthlyVolume,
    language: 'auto',
    panelEnabled: true,
    panelPosition: 'docked',
  };
  return v2;
}

export function migratePreferencesV2toV3(old: unknown): unknown {
  const parsed = PreferencesV2Schema.safeParse(old);
  if (!parsed.success) return old;
  const { marketingMaxPrice: _, ...v3Defaults } = DEFAULT_PREFERENCES;
  const v3: PreferencesV3 = { ...v3Defaults, ...parsed.data };
  return v3;
}

/** v3 as shipped (strict, so v4 data is never mistaken for it). */
export const PreferencesV3Schema = z.strictObject(PreferencesV3Shape).refine(windowSharesFit, WINDOW_SHARES_MESSAGE);
export type PreferencesV3 = z.infer<typeof PreferencesV3Schema>;

/** v3 → v4: no max price set. */
export function migratePreferencesV3toV4(old: unknown): unknown {
  const parsed = PreferencesV3Schema.safeParse(old);
  if (!parsed.success) return old;
  const v4: Preferences = { ...parsed.data, marketingMaxPrice: null };
  return v4;
}
