/**
 * The settings as a Zustand store for React pages (options, popup, content-script panel).
 * While at least one component uses `useSettings`, the store is loaded from storage and kept live through
 * storage watches, so a change saved anywhere shows up everywhere at once.
 * Updates are optimistic: the store changes immediately, the write follows, and a failed write (quota,
 * storage error) restores the previous value and sets `saveError`.
 */
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import type { Preferences } from './preferences';
import type { RateCard } from './pricing-adapter';
import type { RateCardsState } from './rate-cards';
import {
  activeCardOf,
  DEFAULT_SETTINGS,
  loadSettings,
  type Settings,
  savePreferences,
  saveRateCards,
  watchSettings,
} from './settings';
import type { SaveResult } from './stored';

export type SaveError = Extract<SaveResult, { ok: false }>;

export interface SettingsState extends Settings {
  status: 'loading' | 'ready';
  saveError: SaveError | null;
  /** Merge and save preferences. Resolves with the outcome (also reflected in `saveError`). */
  updatePreferences: (patch: Partial<Preferences>) => Promise<SaveResult>;
  /** Replace the rate-card state (user cards + active id) in one write. */
  setRateCards: (next: RateCardsState | ((current: RateCardsState) => RateCardsState)) => Promise<SaveResult>;
  resetPreferences: () => Promise<SaveResult>;
  dismissSaveError: () => void;
}

export const settingsStore = create<SettingsState>()((set, get) => ({
  ...DEFAULT_SETTINGS,
  status: 'loading',
  saveError: null,

  async updatePreferences(patch) {
    const previous = get().preferences;
    const next = { ...previous, ...patch };
    set({ preferences: next, saveError: null });
    const result = await savePreferences(next);
    if (!result.ok) {
      if (get().preferences === next) set({ preferences: previous });
      set({ saveError: result });
    } else {
      // A successful save means the stored preferences are valid now.
      set({ notices: get().notices.filter((n) => !n.key.endsWith(':preferences')) });
    }
    return result;
  },

  async setRateCards(nextOrUpdate) {
    const previous = get().rateCards;
    const next = typeof nextOrUpdate === 'function' ? nextOrUpdate(previous) : nextOrUpdate;
    set({ rateCards: next, saveError: null });
    const result = await saveRateCards(next);
    if (!result.ok) {
      if (get().rateCards === next) set({ rateCards: previous });
      set({ saveError: result });
    } else {
      set({ notices: get().notices.filter((n) => !n.key.endsWith(':rateCards')) });
    }
    return result;
  },

  resetPreferences() {
    return get().updatePreferences(DEFAULT_SETTINGS.preferences);
  },

  dismissSaveError() {
    set({ saveError: null });
  },
}));

let users = 0;
let stopWatching: (() => void) | null = null;
let generation = 0;

function retainSync(): () => void {
  users += 1;
  if (users === 1) {
    const mine = ++generation;
    settingsStore.setState({ status: 'loading' });
    void loadSettings().then((loaded) => {
      if (mine === generation) settingsStore.setState({ ...loaded, status: 'ready' });
    });
    stopWatching = watchSettings((loaded) => {
      if (mine === generation) settingsStore.setState({ ...loaded, status: 'ready' });
    });
  }
  return () => {
    users -= 1;
    if (users === 0) {
      generation += 1;
      stopWatching?.();
      stopWatching = null;
    }
  };
}

/** The whole settings state, or a slice of it: `useSettings((s) => s.preferences.language)`. */
export function useSettings(): SettingsState;
export function useSettings<T>(selector: (state: SettingsState) => T): T;
export function useSettings<T>(selector?: (state: SettingsState) => T): T | SettingsState {
  useEffect(() => retainSync(), []);
  return settingsStore(selector ?? ((state: SettingsState) => state as unknown as T));
}

/** The card estimates should use (chosen card, or the bundled one in force on the pricing date). Live. */
export function useActiveCard(): RateCard {
  const preferences = useSettings((s) => s.preferences);
  const rateCards = useSettings((s) => s.rateCards);
  return useMemo(() => activeCardOf({ preferences, rateCards }), [preferences, rateCards]);
}
