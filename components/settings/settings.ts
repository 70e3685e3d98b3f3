/**
 * Plain async access to every stored setting, for code outside React (content script, background) and for
 * the Zustand store. Nothing here throws: read problems become notices, write problems become SaveResults.
 */
import { todayIso } from '@/core/pricing/dates';
import { preferencesItem, rateCardsItem } from './items';
import { DEFAULT_PREFERENCES, PREFERENCES_VERSION, type Preferences, PreferencesSchema } from './preferences';
import { bundledCardById, bundledCardInForce, type RateCard } from './pricing-adapter';
import { DEFAULT_RATE_CARDS, RATE_CARDS_VERSION, type RateCardsState, RateCardsStateSchema } from './rate-cards';
import { type AnyItem, readItem, type SaveResult, type StoredNotice, writeItem } from './stored';

export interface Settings {
  preferences: Preferences;
  rateCards: RateCardsState;
  /** One per item that held unreadable data (defaults are in use for it). */
  notices: StoredNotice[];
}

export const DEFAULT_SETTINGS: Settings = {
  preferences: DEFAULT_PREFERENCES,
  rateCards: DEFAULT_RATE_CARDS,
  notices: [],
};

export interface SettingsItems {
  preferences: AnyItem;
  rateCards: AnyItem;
}

const appItems: SettingsItems = { preferences: preferencesItem, rateCards: rateCardsItem };

export async function loadSettings(items: SettingsItems = appItems): Promise<Settings> {
  const [preferences, rateCards] = await Promise.all([
    readItem(items.preferences, PreferencesSchema, DEFAULT_PREFERENCES),
    readItem(items.rateCards, RateCardsStateSchema, DEFAULT_RATE_CARDS),
  ]);
  const notices = [preferences.notice, rateCards.notice].filter((n): n is StoredNotice => n !== undefined);
  return { preferences: preferences.value, rateCards: rateCards.value, notices };
}

/**
 * Calls `onChange` with the fresh settings whenever any of them changes in storage — from this page, the
 * popup, the options page or another tab. Returns the unsubscribe function.
 */
export function watchSettings(onChange: (settings: Settings) => void, items: SettingsItems = appItems): () => void {
  let latest = 0;
  const reload = () => {
    const ticket = ++latest;
    void loadSettings(items).then((settings) => {
      // Two quick writes can resolve out of order; only the newest read is reported.
      if (ticket === latest) onChange(settings);
    });
  };
  const unwatchPreferences = items.preferences.watch(reload);
  const unwatchRateCards = items.rateCards.watch(reload);
  return () => {
    latest = Number.POSITIVE_INFINITY;
    unwatchPreferences();
    unwatchRateCards();
  };
}

export function savePreferences(next: Preferences, items: SettingsItems = appItems): Promise<SaveResult> {
  return writeItem(items.preferences, PreferencesSchema, next, PREFERENCES_VERSION);
}

export function saveRateCards(next: RateCardsState, items: SettingsItems = appItems): Promise<SaveResult> {
  return writeItem(items.rateCards, RateCardsStateSchema, next, RATE_CARDS_VERSION);
}

/** The date estimates use: the preference, or today (UTC) when it is null. */
export function effectivePricingDate(preferences: Preferences, now: Date = new Date()): string {
  return preferences.pricingDate ?? todayIso(now);
}

/**
 * The card estimates should use: the chosen user or bundled card; with none chosen (or the chosen one gone),
 * the bundled card in force on the pricing date.
 */
export function activeCardOf(settings: Pick<Settings, 'preferences' | 'rateCards'>, now: Date = new Date()): RateCard {
  const { activeCardId, userCards } = settings.rateCards;
  if (activeCardId) {
    const chosen = userCards.find((card) => card.id === activeCardId) ?? bundledCardById(activeCardId);
    if (chosen) return chosen;
  }
  return bundledCardInForce(effectivePricingDate(settings.preferences, now));
}

export async function getActiveCard(items: SettingsItems = appItems): Promise<RateCard> {
  return activeCardOf(await loadSettings(items));
}
