import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getActiveCard, type RateCardsState } from '@/components/settings';
import { renderOptions, stored } from './helpers';

// Component tests on large forms (the card editor has ~250 inputs): generous time for loaded CI machines.
vi.setConfig({ testTimeout: 60_000 });

async function userCards(): Promise<RateCardsState> {
  return (await stored('rateCards')) as RateCardsState;
}

/** Duplicates the bundled USD card and returns once its editor is open. */
async function duplicateUsd(user: Awaited<ReturnType<typeof renderOptions>>['user']) {
  await user.click(screen.getByRole('button', { name: /duplicate to edit: meta list rates \(usd\)/i }));
  await screen.findByRole('heading', { name: /editing “meta list rates \(usd\).*\(copy\)”/i });
}

afterEach(() => vi.restoreAllMocks());

/**
 * The editor's row for a market. Queries are scoped to one row because the editor holds ~250 inputs and
 * whole-document label/role queries take seconds each in jsdom.
 */
function editorRow(market: string): HTMLElement {
  const editor = document.querySelector('.tl-editor');
  const header = [...(editor?.querySelectorAll('tbody th[scope="row"]') ?? [])].find((th) => th.textContent === market);
  const row = header?.closest('tr');
  if (!row) throw new Error(`no editor row for ${market}`);
  return row;
}

function tiersPanel(market: string): HTMLElement {
  const next = editorRow(market).nextElementSibling;
  if (!(next instanceof HTMLElement)) throw new Error(`tiers for ${market} are not open`);
  return next;
}

describe('rate tables', () => {
  it('lists the bundled cards read-only with their date and source, automatic by default', async () => {
    await renderOptions();
    const bundled = screen.getAllByRole('table')[0] as HTMLElement;
    expect(within(bundled).getByText('2026-10-01')).toBeTruthy();
    expect(within(bundled).getByText('2026-07-01')).toBeTruthy();
    expect(within(bundled).getAllByText(/transcription/i).length).toBeGreaterThan(0);
    // Read-only: no edit or delete for bundled cards.
    expect(within(bundled).queryByRole('button', { name: /^edit|^delete/i })).toBeNull();
    expect((screen.getByRole('radio', { name: /automatic/i }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/you have no tables of your own/i)).toBeTruthy();
  });

  it('makes a chosen bundled card active', async () => {
    const { user } = await renderOptions();
    await user.click(screen.getByRole('radio', { name: /meta list rates \(eur\)/i }));
    await waitFor(async () => expect((await getActiveCard()).currency).toBe('EUR'));
  });

  it('duplicates a bundled card, edits a rate inline and rejects a negative one', async () => {
    const { user } = await renderOptions();
    await duplicateUsd(user);
    let state = await userCards();
    expect(state.userCards).toHaveLength(1);
    expect(state.activeCardId).toBe(state.userCards[0]?.id);

    const brazil = editorRow('Brazil');
    const cell = within(brazil).getByLabelText('Brazil, Marketing') as HTMLInputElement;
    expect(cell.value).toBe('0.0625');
    await user.clear(cell);
    await user.type(cell, '0,07{Enter}');
    await waitFor(async () => expect((await userCards()).userCards[0]?.markets.Brazil?.marketing).toBe(70_000));
    expect((await getActiveCard()).markets.Brazil?.marketing).toBe(70_000);

    const utility = within(brazil).getByLabelText('Brazil, Utility') as HTMLInputElement;
    await user.clear(utility);
    await user.type(utility, '-1');
    expect(utility.getAttribute('aria-invalid')).toBe('true');
    expect(within(brazil).getByText(/must be at least 0/i)).toBeTruthy();
    await user.tab();
    state = await userCards();
    expect(state.userCards[0]?.markets.Brazil?.utility).toBe(6_800);

    // Rates are kept in micros: a seventh decimal would be silently lost, so it is refused.
    await user.clear(utility);
    await user.type(utility, '0.0000001');
    expect(within(brazil).getByText(/at most 6 decimals/i)).toBeTruthy();
    await user.tab();
    expect((await userCards()).userCards[0]?.markets.Brazil?.utility).toBe(6_800);

    // Empty means "not published", stored as null (never zero).
    const service = within(brazil).getByLabelText('Brazil, Service');
    await user.clear(service);
    await user.tab();
    await waitFor(async () => expect((await userCards()).userCards[0]?.markets.Brazil?.service).toBeNull());
  });

  it('adds volume tiers per market and category', async () => {
    const { user } = await renderOptions();
    await duplicateUsd(user);
    await user.click(within(editorRow('India')).getByRole('button', { name: 'Volume tiers for India' }));
    const tiers = within(tiersPanel('India')).getByRole('group', { name: 'Volume tiers for India' });
    const utility = within(tiers).getByRole('group', { name: 'Utility' });
    await user.click(within(utility).getByRole('button', { name: /add tier/i }));
    await waitFor(async () =>
      expect((await userCards()).userCards[0]?.tiers?.India?.utility).toEqual([{ from: 1, to: null, rate: 1_400 }]),
    );
    await user.click(within(utility).getByRole('button', { name: /add tier/i }));
    await waitFor(async () => expect((await userCards()).userCards[0]?.tiers?.India?.utility).toHaveLength(2));
    const second = within(utility).getByRole('group', { name: 'Tier 2, Utility' });
    const rate = within(second).getByLabelText(/rate/i);
    await user.clear(rate);
    await user.type(rate, '0.0012{Enter}');
    await waitFor(async () => {
      const saved = (await userCards()).userCards[0]?.tiers?.India?.utility;
      expect(saved).toEqual([
        { from: 1, to: 1_000_000, rate: 1_400 },
        { from: 1_000_001, to: null, rate: 1_200 },
      ]);
    });
    // An overlapping tier is refused with a message and not saved.
    const from = within(second).getByLabelText(/from message/i);
    await user.clear(from);
    await user.type(from, '5{Enter}');
    await waitFor(() =>
      expect(document.querySelector('.tl-editor [role="alert"]')?.textContent).toMatch(/tiers not saved/i),
    );
    expect((await userCards()).userCards[0]?.tiers?.India?.utility?.[1]?.from).toBe(1_000_001);
  });

  it('deletes a user card after confirmation and falls back to automatic', async () => {
    const { user } = await renderOptions();
    await duplicateUsd(user);
    await user.click(screen.getByRole('button', { name: /^delete meta list rates \(usd\).*\(copy\)/i }));
    const confirm = screen.getByRole('button', { name: /yes, delete/i });
    expect(document.activeElement).toBe(confirm);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await userCards()).toEqual({ userCards: [], activeCardId: null }));
    expect(screen.getByText(/you have no tables of your own/i)).toBeTruthy();
  });

  it('resets to the bundled cards', async () => {
    const { user } = await renderOptions();
    await duplicateUsd(user);
    await user.click(screen.getByRole('button', { name: /reset to built-in tables/i }));
    expect(await screen.findByText(/estimates now use the built-in table/i)).toBeTruthy();
    const state = await userCards();
    expect(state.activeCardId).toBeNull();
    // The user's own card is kept; only the choice goes back to the built-in one.
    expect(state.userCards).toHaveLength(1);
  });

  it('exports a card as CSV in Meta’s layout without any network request', async () => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderOptions();
    await user.click(screen.getByRole('button', { name: /export csv: meta list rates \(eur\)/i }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await blobs[0]?.text();
    expect(text).toContain('Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service');
    expect(text).toContain('Brazil,EUR,0.0518,0.0056,0.0056,,');
  });
});
