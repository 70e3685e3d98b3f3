/** Stored settings: schemas, plain async access (content script) and the React hook. See README.md. */
export {
  DEFAULT_MARKET,
  DEFAULT_PREFERENCES,
  type MarketShare,
  type PanelPosition,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
  type Preferences,
  PreferencesSchema,
  type Recipients,
  sharesTotal,
  sharesTotal100,
  type UiLanguage,
} from './preferences';
export {
  DEFAULT_RATE_CARDS,
  isUserCardId,
  newUserCardId,
  RATE_CARDS_KEY,
  RATE_CARDS_VERSION,
  type RateCardsState,
} from './rate-cards';
export {
  activeCardOf,
  DEFAULT_SETTINGS,
  effectivePricingDate,
  getActiveCard,
  loadSettings,
  type Settings,
  savePreferences,
  saveRateCards,
  watchSettings,
} from './settings';
export { type SaveError, type SettingsState, settingsStore, useActiveCard, useSettings } from './store';
export type { Loaded, SaveErrorKind, SaveResult, StoredNotice, StoredNoticeKind } from './stored';
