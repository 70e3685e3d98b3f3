/** Pricing engine public API: rate cards, CSV import/export, markets, eras, cost estimates. Pure TypeScript. */
export { BUNDLED_CARD_ERRORS, BUNDLED_CARDS, bundledCardById, bundledCardFor, type CardChoice } from './bundled';
export { isIsoDate, todayIso } from './dates';
export {
  ERA_IDS,
  type EraId,
  eraFor,
  FREE_SERVICE_MESSAGES_PER_NUMBER,
  PRICING_ERAS,
  type PricingEra,
} from './eras';
export {
  allocate,
  type CategoryCost,
  type CostEstimate,
  type CostLine,
  costMultiple,
  ESTIMATE_CATEGORIES,
  type EstimateCategory,
  type EstimateError,
  type EstimateInput,
  type EstimateNote,
  type EstimateResult,
  estimateCost,
  listRate,
  type TemplateCategory,
} from './estimate';
export { AUTH_INTERNATIONAL_MARKETS_2026_10, MARKET_MOVES, MARKETS, type Market, type MarketMove } from './market-data';
export {
  type CountryInfo,
  canonicalMarketName,
  closestMarketName,
  countryName,
  isMarket,
  listMarketCountries,
  type MarketCountries,
  type MarketResolution,
  type MarketSearchResult,
  marketExistsOn,
  marketOfCountry,
  marketsOn,
  type ResolvedVia,
  resolveMarket,
  searchMarkets,
} from './markets';
export {
  decimalToMicros,
  divideMicrosRounded,
  type FormatMoneyOptions,
  formatMoney,
  formatRate,
  MICROS_PER_UNIT,
  type Micros,
  microsToDecimal,
  microsToUnits,
} from './money';
export {
  type CsvError,
  exportRateCardCsv,
  type ImportRateCardOptions,
  importRateCardCsv,
  type RateCardImport,
} from './rate-card-csv';
export { PRICING_RULE_IDS, PRICING_RULES, type PricingRule, type PricingRuleId } from './rules';
export {
  type MarketRates,
  MarketRatesSchema,
  type PricingModel,
  type RateCard,
  RateCardSchema,
  TIER_CATEGORIES,
  type TierCategory,
  type VolumeTier,
  VolumeTierSchema,
} from './schema';
export { applyTiersCsv, exportTiersCsv, type TierCsvError, type TiersImport } from './tiers-csv';
