import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFERENCES, type Preferences, savePreferences } from '@/components/settings';
import { definePreferencesItem, defineRateCardsItem } from '@/components/settings/items';
import { renderOptions, stored } from './helpers';

// Component tests on large forms (the card editor has ~250 inputs): generous time for loaded CI machines.
vi.setConfig({ testTimeout: 60_000 });

afterEach(() => vi.restoreAllMocks());

async function storedPreferences(): Promise<Preferences> {
  return (await stored('preferences')) as Preferences;
}

describe('preferences form', () => {
  it('saves the monthly volume and rejects a fractional one', async () => {
    const { user } = await renderOptions('prefs');
    const volume = screen.getByLabelText(/template messages per month/i);
    await user.clear(volume);
    await user.type(volume, '250000{Enter}');
    await waitFor(async () => expect((await storedPreferences())?.monthlyVolume).toBe(250_000));
    await user.clear(volume);
    await user.type(volume, '12.5');
    expect(screen.getByText(/enter a whole number/i)).toBeTruthy();
    await user.tab();
    expect((await storedPreferences()).monthlyVolume).toBe(250_000);
  });

  it('saves a recipient mix only once it totals 100%', async () => {
    const { user } = await renderOptions('prefs');
    await user.click(screen.getByLabelText(/a mix of markets/i));
    await waitFor(async () =>
      expect((await storedPreferences())?.recipients).toEqual({
        kind: 'mix',
        shares: [{ market: 'North America', percent: 100 }],
      }),
    );
    await user.click(screen.getByRole('button', { name: /add a market to the mix/i }));
    await user.selectOptions(screen.getByLabelText('Market 2'), 'Brazil');
    const northAmerica = screen.getByLabelText(/share of north america/i);
    await user.clear(northAmerica);
    await user.type(northAmerica, '60{Enter}');
    expect(screen.getByText(/must total 100% \(now 60%\)/i)).toBeTruthy();
    // Not saved while the total is wrong: storage keeps the last valid mix (the new market came in at 0%).
    expect((await storedPreferences()).recipients).toEqual({
      kind: 'mix',
      shares: [
        { market: 'North America', percent: 100 },
        { market: 'Brazil', percent: 0 },
      ],
    });
    const brazil = screen.getByLabelText(/share of brazil/i);
    await user.clear(brazil);
    await user.type(brazil, '40{Enter}');
    await waitFor(async () =>
      expect((await storedPreferences()).recipients).toEqual({
        kind: 'mix',
        shares: [
          { market: 'North America', percent: 60 },
          { market: 'Brazil', percent: 40 },
        ],
      }),
    );
  });

  it('finds the market for a phone prefix and uses it', async () => {
    const { user } = await renderOptions('prefs');
    await user.type(screen.getByLabelText(/find by country, iso code or phone prefix/i), '+254');
    await user.click(screen.getByRole('button', { name: /kenya \(KE, \+254\): use rest of africa/i }));
    await waitFor(async () =>
      expect((await storedPreferences())?.recipients).toEqual({ kind: 'single', market: 'Rest of Africa' }),
    );
    expect((screen.getByLabelText(/^market$/i) as HTMLSelectElement).value).toBe('Rest of Africa');
  });

  it('refuses window shares that add up to more than 100%', async () => {
    const { user } = await renderOptions('prefs');
    const csw = screen.getByLabelText(/inside the customer-service window/i);
    await user.clear(csw);
    await user.type(csw, '70{Enter}');
    await waitFor(async () => expect((await storedPreferences())?.serviceWindowShare).toBe(70));
    const fep = screen.getByLabelText(/free-entry-point windows/i);
    await user.clear(fep);
    await user.type(fep, '40{Enter}');
    expect(screen.getByText(/cannot exceed 100%/i)).toBeTruthy();
    expect((await storedPreferences()).freeEntryShare).toBe(0);
  });

  it('saves country, eligibility, phone numbers, a fixed pricing date and the panel settings', async () => {
    const { user } = await renderOptions('prefs');
    await user.selectOptions(screen.getByLabelText(/business country/i), 'ES');
    await user.click(screen.getByLabelText(/eligible for authentication-international/i));
    const phones = screen.getByLabelText(/business phone numbers/i);
    await user.clear(phones);
    await user.type(phones, '3{Enter}');
    await user.click(screen.getByLabelText(/a fixed date/i));
    fireEvent.change(screen.getByLabelText(/^date$/i), { target: { value: '2026-08-15' } });
    await user.click(screen.getByLabelText(/floating/i));
    await user.click(screen.getByLabelText(/start collapsed/i));
    await waitFor(async () =>
      expect(await storedPreferences()).toEqual({
        ...DEFAULT_PREFERENCES,
        businessCountry: 'ES',
        authInternationalEligible: true,
        businessPhoneNumbers: 3,
        pricingDate: '2026-08-15',
        panelPosition: 'floating',
        panelCollapsed: true,
      }),
    );
    await user.click(screen.getByRole('button', { name: /reset preferences/i }));
    await waitFor(async () => expect(await storedPreferences()).toEqual(DEFAULT_PREFERENCES));
  });

  it('switches the whole page to Spanish when the language changes', async () => {
    const { user } = await renderOptions('prefs');
    await user.selectOptions(screen.getByLabelText(/^language$/i), 'es');
    expect(await screen.findByRole('heading', { name: 'Ajustes de Template Lens' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Preferencias' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
  });

  it('shows a change saved in another tab or the popup at once', async () => {
    await renderOptions('prefs');
    await act(async () => {
      await savePreferences(
        { ...DEFAULT_PREFERENCES, monthlyVolume: 31_337 },
        {
          preferences: definePreferencesItem(),
          rateCards: defineRateCardsItem(),
        },
      );
    });
    await waitFor(() =>
      expect((screen.getByLabelText(/template messages per month/i) as HTMLInputElement).value).toBe('31337'),
    );
  });

  it('shows a quota error, keeps the old value and writes nothing', async () => {
    const { user } = await renderOptions('prefs');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const volume = screen.getByLabelText(/template messages per month/i) as HTMLInputElement;
    await user.clear(volume);
    await user.type(volume, '999{Enter}');
    expect(await screen.findByText(/storage for template lens is full/i)).toBeTruthy();
    await waitFor(() => expect(volume.value).toBe(String(DEFAULT_PREFERENCES.monthlyVolume)));
    expect(await stored('preferences')).toBeUndefined();
  });
});

describe('unreadable stored data', () => {
  it('uses defaults, says so, offers the found data for export, and replaces it on request', async () => {
    const garbage = { recipients: 'everyone', monthlyVolume: 'lots' };
    await fakeBrowser.storage.local.set({ preferences: garbage, preferences$: { v: 3 } });
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderOptions('prefs');

    expect(screen.getByText(/saved preferences could not be read/i)).toBeTruthy();
    expect((screen.getByLabelText(/template messages per month/i) as HTMLInputElement).value).toBe(
      String(DEFAULT_PREFERENCES.monthlyVolume),
    );
    await user.click(screen.getByRole('button', { name: /export what was found/i }));
    expect(JSON.parse((await blobs[0]?.text()) ?? 'null')).toEqual(garbage);
    expect(await stored('preferences')).toEqual(garbage);

    await user.click(screen.getByRole('button', { name: /replace with defaults/i }));
    await waitFor(() => expect(screen.queryByText(/could not be read/i)).toBeNull());
    expect(await stored('preferences')).toEqual(DEFAULT_PREFERENCES);
  });
});
