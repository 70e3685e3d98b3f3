import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { definePreferencesItem, defineRateCardsItem } from '@/components/settings/items';
import {
  DEFAULT_PREFERENCES,
  migratePreferencesV1toV2,
  migratePreferencesV2toV3,
  migratePreferencesV3toV4,
  PREFERENCES_VERSION,
  type Preferences,
  PreferencesSchema,
} from '@/components/settings/preferences';
import { BUNDLED_CARDS, resolveMarketName } from '@/components/settings/pricing-adapter';
import {
  activeCardOf,
  getActiveCard,
  loadSettings,
  type SettingsItems,
  savePreferences,
  saveRateCards,
  watchSettings,
} from '@/components/settings/settings';

/** Items defined AFTER seeding, the way an updated extension meets data left by an older version. */
function freshItems(): SettingsItems {
  return { preferences: definePreferencesItem(), rateCards: defineRateCardsItem() };
}

async function seed(values: Record<string, unknown>) {
  await fakeBrowser.storage.local.set(values);
}

describe('loading preferences', () => {
  it('gives the defaults and no notice when nothing is stored', async () => {
    const settings = await loadSettings(freshItems());
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.rateCards).toEqual({ userCards: [], activeCardId: null });
    expect(settings.notices).toEqual([]);
  });

  it('migrates v1 ({ market, monthlyVolume }) to the current version and records the new version', async () => {
    await seed({ preferences: { market: 'brazil', monthlyVolume: 5000 } });
    const settings = await loadSettings(freshItems());
    expect(settings.notices).toEqual([]);
    expect(settings.preferences).toEqual({
      ...DEFAULT_PREFERENCES,
      recipients: { kind: 'single', market: 'Brazil' },
      monthlyVolume: 5000,
    });
    const stored = await fakeBrowser.storage.local.get(['preferences', 'preferences$']);
    expect(stored.preferences$).toEqual({ v: PREFERENCES_VERSION });
    expect(PreferencesSchema.safeParse(stored.preferences).success).toBe(true);
  });

  it('migrates a v1 market alias and an unknown v1 market name', async () => {
    expect(
      migratePreferencesV1toV2({ market: 'UAE' }, (n) => (n === 'UAE' ? 'United Arab Emirates' : null)),
    ).toMatchObject({
      recipients: { kind: 'single', market: 'United Arab Emirates' },
      monthlyVolume: DEFAULT_PREFERENCES.monthlyVolume,
    });
    expect(migratePreferencesV1toV2({ market: 'Kenya' }, resolveMarketName)).toMatchObject({
      recipients: { kind: 'single', market: 'Rest of Africa' },
    });
    expect(migratePreferencesV1toV2({ market: 'United States' }, resolveMarketName)).toMatchObject({
      recipients: { kind: 'single', market: 'North America' },
    });
    await seed({ preferences: { market: 'Atlantis' } });
    const settings = await loadSettings(freshItems());
    expect(settings.preferences.recipients).toEqual({ kind: 'single', market: 'North America' });
  });

  it('migrates v2 (mix, language, panel) to the current version keeping every v2 choice', async () => {
    const v2 = {
      recipients: {
        kind: 'mix',
        shares: [
          { market: 'Mexico', percent: 70 },
          { market: 'Spain', percent: 30 },
        ],
      },
      monthlyVolume: 120000,
      language: 'es',
      panelEnabled: false,
      panelPosition: 'floating',
    };
    await seed({ preferences: v2, preferences$: { v: 2 } });
    const settings = await loadSettings(freshItems());
    expect(settings.notices).toEqual([]);
    expect(settings.preferences).toEqual({ ...DEFAULT_PREFERENCES, ...v2 });
    expect((await fakeBrowser.storage.local.get('preferences$')).preferences$).toEqual({ v: PREFERENCES_VERSION });
  });

  it('migrates v3 to v4 with no max price, keeping every v3 choice', async () => {
    const { marketingMaxPrice: _, ...v3 } = { ...DEFAULT_PREFERENCES, monthlyVolume: 777, serviceWindowShare: 40 };
    await seed({ preferences: v3, preferences$: { v: 3 } });
    const settings = await loadSettings(freshItems());
    expect(settings.notices).toEqual([]);
    expect(settings.preferences).toEqual({ ...v3, marketingMaxPrice: null });
    expect(migratePreferencesV3toV4({ hello: 'world' })).toEqual({ hello: 'world' });
    const current = { ...DEFAULT_PREFERENCES, marketingMaxPrice: { amount: 50_000, currency: 'USD' } };
    expect(migratePreferencesV3toV4(current)).toBe(current);
  });

  it('leaves data it does not recognise untouched for the schema check (migrations never throw)', () => {
    expect(migratePreferencesV1toV2(42)).toBe(42);
    expect(migratePreferencesV2toV3({ hello: 'world' })).toEqual({ hello: 'world' });
  });

  it('falls back to defaults with a notice carrying the raw data when storage holds garbage', async () => {
    const garbage = { recipients: 'everyone', monthlyVolume: -3, extra: [1, 2] };
    await seed({ preferences: garbage, preferences$: { v: 3 } });
    const settings = await loadSettings(freshItems());
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.notices).toHaveLength(1);
    expect(settings.notices[0]).toMatchObject({ kind: 'corrupt', key: 'local:preferences', raw: garbage });
    // Nothing is overwritten until the user decides.
    expect((await fakeBrowser.storage.local.get('preferences')).preferences).toEqual(garbage);
  });

  it('reports data from a newer version as a failed migration, and keeps it', async () => {
    const future = { everything: 'different' };
    await seed({ preferences: future, preferences$: { v: 9 } });
    const settings = await loadSettings(freshItems());
    expect(settings.preferences).toEqual(DEFAULT_PREFERENCES);
    expect(settings.notices[0]).toMatchObject({ kind: 'migration-failed', raw: future });
  });

  it('flags corrupted rate-card data separately from preferences', async () => {
    await seed({ rateCards: { userCards: [{ id: 'x' }], activeCardId: 'x' } });
    const settings = await loadSettings(freshItems());
    expect(settings.notices.map((n) => n.key)).toEqual(['local:rateCards']);
    expect(settings.rateCards).toEqual({ userCards: [], activeCardId: null });
  });
});

describe('saving', () => {
  it('refuses invalid preferences without writing anything', async () => {
    const items = freshItems();
    const bad = { ...DEFAULT_PREFERENCES, recipients: { kind: 'mix', shares: [{ market: 'Brazil', percent: 60 }] } };
    const result = await savePreferences(bad as Preferences, items);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    expect((await fakeBrowser.storage.local.get('preferences')).preferences).toBeUndefined();
  });

  it('reports a quota error and keeps the previous value intact', async () => {
    const items = freshItems();
    await savePreferences({ ...DEFAULT_PREFERENCES, monthlyVolume: 77 }, items);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveRateCards({ userCards: [], activeCardId: 'meta-eur-2026-07-01' }, items);
    set.mockRestore();
    expect(result).toMatchObject({ ok: false, kind: 'quota' });
    const settings = await loadSettings(items);
    expect(settings.rateCards.activeCardId).toBeNull();
    expect(settings.preferences.monthlyVolume).toBe(77);
  });
});

describe('watching and the active card', () => {
  it('tells watchers about a change saved elsewhere', async () => {
    const items = freshItems();
    const seen: number[] = [];
    const stop = watchSettings((s) => seen.push(s.preferences.monthlyVolume), items);
    // Another context (popup, another tab) writes through its own item instance.
    await savePreferences({ ...DEFAULT_PREFERENCES, monthlyVolume: 4321 }, freshItems());
    await vi.waitFor(() => expect(seen).toContain(4321));
    stop();
  });

  it('uses the bundled card in force on the pricing date unless one is chosen', async () => {
    const items = freshItems();
    const auto = await getActiveCard(items);
    expect(BUNDLED_CARDS).toContain(auto);
    const eur = BUNDLED_CARDS.find((card) => card.currency === 'EUR');
    expect(eur).toBeDefined();
    await saveRateCards({ userCards: [], activeCardId: eur?.id ?? '' }, items);
    expect((await getActiveCard(items)).currency).toBe('EUR');
  });

  it('falls back to the bundled card when the chosen card no longer exists', () => {
    const card = activeCardOf({
      preferences: { ...DEFAULT_PREFERENCES, pricingDate: '2026-11-01' },
      rateCards: { userCards: [], activeCardId: 'user-gone' },
    });
    expect(card.currency).toBe('USD');
    expect(card.effectiveDate <= '2026-11-01').toBe(true);
  });
});

describe('version markers', () => {
  it('writes the version with every save, so data saved after storage was cleared is not migrated again', async () => {
    const items = freshItems();
    await savePreferences({ ...DEFAULT_PREFERENCES, serviceWindowShare: 70 }, items);
    await fakeBrowser.storage.local.clear();
    await savePreferences({ ...DEFAULT_PREFERENCES, serviceWindowShare: 55 }, items);
    expect((await fakeBrowser.storage.local.get('preferences$')).preferences$).toEqual({ v: PREFERENCES_VERSION });
    expect((await loadSettings(items)).preferences.serviceWindowShare).toBe(55);
  });

  it('does not mistake current data without a marker for v2', () => {
    const current = { ...DEFAULT_PREFERENCES, serviceWindowShare: 70 };
    expect(migratePreferencesV2toV3(current)).toBe(current);
  });
});
