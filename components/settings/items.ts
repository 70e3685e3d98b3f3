/**
 * The storage items. `define*Item` are factories so tests can seed old data first and then define the item
 * (migrations run when an item is defined and again before every read, see stored.ts); the app uses the
 * module-level instances below.
 */
import { storage } from 'wxt/utils/storage';
import {
  migratePreferencesV1toV2,
  migratePreferencesV2toV3,
  migratePreferencesV3toV4,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
} from './preferences';
import { resolveMarketName } from './pricing-adapter';
import { RATE_CARDS_KEY, RATE_CARDS_VERSION } from './rate-cards';
import type { AnyItem } from './stored';

export function definePreferencesItem(): AnyItem {
  return storage.defineItem<unknown>(PREFERENCES_KEY, {
    version: PREFERENCES_VERSION,
    migrations: {
      2: (old: unknown) => migratePreferencesV1toV2(old, resolveMarketName),
      3: migratePreferencesV2toV3,
      4: migratePreferencesV3toV4,
    },
  });
}

export function defineRateCardsItem(): AnyItem {
  return storage.defineItem<unknown>(RATE_CARDS_KEY, {
    version: RATE_CARDS_VERSION,
    // v1 is the first shipped shape; add `2: (old) => …` here when it changes.
    migrations: {},
  });
}

export const preferencesItem = definePreferencesItem();
export const rateCardsItem = defineRateCardsItem();
