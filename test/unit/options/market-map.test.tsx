import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFERENCES } from '@/components/settings';
import { renderOptions } from './helpers';

// Component tests on large forms (the card editor has ~250 inputs): generous time for loaded CI machines.
vi.setConfig({ testTimeout: 60_000 });

function marketRow(market: string): HTMLElement | undefined {
  return screen.getAllByRole('row').find((row) => row.querySelector('th[scope="row"]')?.textContent === market);
}

describe('market map', () => {
  it('shows the countries and calling codes of each market on the chosen date', async () => {
    const { user } = await renderOptions('markets');
    fireEvent.change(screen.getByLabelText(/on date/i), { target: { value: '2026-11-01' } });
    expect(marketRow('Brazil')?.textContent).toMatch(/Brazil \(\+55\)/);
    await user.type(screen.getByLabelText(/filter by market/i), '+880');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(marketRow('Bangladesh')?.textContent).toMatch(/\+880/);
  });

  it('follows market moves: Bangladesh was in Rest of Asia Pacific before 2026-10-01', async () => {
    const { user } = await renderOptions('markets');
    fireEvent.change(screen.getByLabelText(/on date/i), { target: { value: '2026-09-30' } });
    await user.type(screen.getByLabelText(/filter by market/i), 'Bangladesh');
    expect(marketRow('Bangladesh')).toBeUndefined();
    expect(marketRow('Rest of Asia Pacific')?.textContent).toMatch(/Bangladesh \(\+880\)/);
  });

  it('says when nothing matches', async () => {
    const { user } = await renderOptions('markets');
    await user.type(screen.getByLabelText(/filter by market/i), 'Atlantis');
    expect(screen.getByText(/no market or country matches “Atlantis”/i)).toBeTruthy();
  });
});

describe('market map in Spanish', () => {
  it('names countries in the UI language and finds them by that name', async () => {
    await fakeBrowser.storage.local.set({
      preferences: { ...DEFAULT_PREFERENCES, language: 'es' },
      preferences$: { v: 3 },
    });
    const { user } = await renderOptions('markets');
    await user.type(screen.getByLabelText(/filtrar por mercado/i), 'Alemania');
    expect(marketRow('Germany')?.textContent).toMatch(/Alemania \(\+49\)/);
  });
});
