import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { OptionsTabId } from '@/components/options/OptionsApp';
import { EUR_2026_07_01_CSV } from '@/core/pricing/cards/eur-2026-07-01';
import { renderOptions } from './helpers';

// Component tests on large forms (the card editor has ~250 inputs): generous time for loaded CI machines.
vi.setConfig({ testTimeout: 60_000 });

/**
 * axe-core on the rendered page. jsdom does no layout or painting, so axe cannot judge colour contrast here
 * (it reports those checks as "incomplete", not as passes); the theme's colour pairs are checked in
 * test/unit/options/contrast.test.ts instead.
 */
async function seriousViolations(context: Element = document.body): Promise<string[]> {
  const results = await axe.run(context, { resultTypes: ['violations'] });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('options page accessibility (axe-core)', () => {
  it.each<OptionsTabId>(['cards', 'import', 'markets', 'prefs'])(
    'has no serious or critical violations on the %s tab',
    async (tab) => {
      await renderOptions(tab);
      expect(await seriousViolations()).toEqual([]);
    },
  );

  it('has none with the card editor and a tier panel open', async () => {
    const { user } = await renderOptions('cards');
    await user.click(screen.getByRole('button', { name: /duplicate to edit: meta list rates \(eur\)/i }));
    await screen.findByRole('heading', { name: /editing/i });
    const tiersButton = document.querySelector<HTMLButtonElement>('[aria-label="Volume tiers for Brazil"]');
    if (tiersButton) await user.click(tiersButton);
    // The rest of the page is covered by the cards-tab case; checking only the editor keeps this affordable.
    const editor = document.querySelector('.tl-editor');
    expect(editor).not.toBeNull();
    expect(await seriousViolations(editor ?? undefined)).toEqual([]);
  });

  it('has none with an import preview and with import errors shown', async () => {
    const { user } = await renderOptions('import');
    await user.type(screen.getByLabelText(/effective from, yyyy-mm-dd/i), '2026-07-01');
    await user.click(screen.getByLabelText(/paste the csv/i));
    await user.paste(EUR_2026_07_01_CSV);
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    await screen.findByRole('heading', { name: /ready to import/i });
    expect(await seriousViolations()).toEqual([]);
    await user.clear(screen.getByLabelText(/paste the csv/i));
    await user.paste('Market,Currency,Marketing,Utility,Authentication\nAtlantis,EUR,1,1,1');
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    await screen.findByText(/problem\(s\)/i);
    expect(await seriousViolations()).toEqual([]);
  });

  it('moves between tabs with the arrow keys', async () => {
    const { user } = await renderOptions('cards');
    screen.getByRole('tab', { name: /rate tables/i }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: /import csv/i }));
    expect(screen.getByRole('tab', { name: /import csv/i }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /preferences/i }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /rate tables/i }).getAttribute('aria-selected')).toBe('true');
  });
});
