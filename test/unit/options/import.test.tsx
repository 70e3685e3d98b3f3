import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActiveCard, type RateCardsState } from '@/components/settings';
import { EUR_2026_07_01_CSV } from '@/core/pricing/cards/eur-2026-07-01';
import { renderOptions, stored } from './helpers';

// Component tests on large forms (the card editor has ~250 inputs): generous time for loaded CI machines.
vi.setConfig({ testTimeout: 60_000 });

const MALFORMED = [
  'Market,Currency,Marketing,Utility,Authentication,Authentication-International,Service',
  'Brazil,EUR,0.0518,0.0056,0.0056,,',
  'Atlantis,EUR,0.01,0.01,0.01,,',
  'Spain,EUR,abc,0.0166,0.0166,,',
  'France,EUR,0.0712,-0.5,0.0248,,',
].join('\n');

/** Right header but the Utility column is missing altogether. */
const PARTIAL = ['Market,Currency,Marketing,Authentication', 'Brazil,EUR,0.0518,0.0056'].join('\n');

describe('importing Meta’s CSV on the options page', () => {
  it('previews a good CSV with its differences, then applies it as the active card', async () => {
    const { user } = await renderOptions('import');
    await user.type(screen.getByLabelText(/effective from, yyyy-mm-dd/i), '2026-07-01');
    await user.click(screen.getByLabelText(/paste the csv/i));
    await user.paste(EUR_2026_07_01_CSV);
    await user.click(screen.getByRole('button', { name: /check csv/i }));

    expect(
      await screen.findByRole('heading', { name: /ready to import .*: 38 markets in EUR, effective 2026-07-01/i }),
    ).toBeTruthy();
    // Compared with the bundled USD card of 2026-10-01: 9 markets exist only there, and rates differ.
    expect(screen.getByRole('heading', { name: /markets removed \(9\)/i })).toBeTruthy();
    expect(screen.getByText(/the active table is in USD; this one is in EUR/i)).toBeTruthy();
    const changes = screen.getByRole('table', { name: /rates changed/i });
    const brazilMarketing = within(changes)
      .getAllByRole('row')
      .find((row) => /Brazil/.test(row.textContent ?? '') && /Marketing/.test(row.textContent ?? ''));
    // USD 0.0625 → EUR 0.0518: −0.0107 (−17.1 %)
    expect(brazilMarketing?.textContent).toMatch(/0\.0625.*0\.0518.*0\.0107.*-17\.1%/);
    // Nothing stored before applying.
    expect(await stored('rateCards')).toBeUndefined();

    await user.click(screen.getByRole('button', { name: /save as a new table and use it/i }));
    expect(await screen.findByText(/it is now the active table/i)).toBeTruthy();
    const active = await getActiveCard();
    expect(active.currency).toBe('EUR');
    expect(active.markets.Brazil?.marketing).toBe(51_800);
    expect(((await stored('rateCards')) as RateCardsState).userCards).toHaveLength(1);
  });

  it('reads a picked file and takes the effective date from its name', async () => {
    const { user } = await renderOptions('import');
    const file = new File([EUR_2026_07_01_CSV], 'meta-rates-eur-2026-07-01.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText(/choose a csv file/i), file);
    expect(await screen.findByRole('heading', { name: /38 markets in EUR, effective 2026-07-01/i })).toBeTruthy();
    expect(screen.getByText('File to import: meta-rates-eur-2026-07-01.csv')).toBeTruthy();
    // The file is not copied into the paste box (a large one would make the page slow); checking again uses it.
    expect((screen.getByLabelText(/paste the csv/i) as HTMLTextAreaElement).value).toBe('');
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    expect(await screen.findByRole('heading', { name: /38 markets in EUR, effective 2026-07-01/i })).toBeTruthy();
  });

  it("prefers the file's own effective date over the one in its name", async () => {
    const { user } = await renderOptions('import');
    const titled = `Cost per message in EUR, effective October 1, 2026\n${EUR_2026_07_01_CSV}`;
    await user.upload(
      screen.getByLabelText(/choose a csv file/i),
      new File([titled], 'meta-rates-eur-2026-07-01.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByRole('heading', { name: /ready to import .*effective 2026-10-01/i })).toBeTruthy();
  });

  it('reads a CSV dropped on the drop zone', async () => {
    await renderOptions('import');
    const file = new File([EUR_2026_07_01_CSV], 'meta-rates-eur-2026-07-01.csv', { type: 'text/csv' });
    const zone = screen.getByText(/or drop a csv file here/i).closest('.tl-dropzone');
    expect(zone).not.toBeNull();
    fireEvent.dragOver(zone as Element, { dataTransfer: { files: [file] } });
    expect(screen.getByText(/drop the file to read it/i)).toBeTruthy();
    fireEvent.drop(zone as Element, { dataTransfer: { files: [file] } });
    expect(await screen.findByRole('heading', { name: /38 markets in EUR, effective 2026-07-01/i })).toBeTruthy();
  });

  it('lists errors per row for a malformed CSV and changes nothing', async () => {
    const { user } = await renderOptions('import');
    await user.type(screen.getByLabelText(/effective from, yyyy-mm-dd/i), '2026-07-01');
    await user.click(screen.getByLabelText(/paste the csv/i));
    await user.paste(MALFORMED);
    await user.click(screen.getByRole('button', { name: /check csv/i }));

    expect(await screen.findByText(/the csv has 3 problem\(s\)\. nothing was changed/i)).toBeTruthy();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => (row as HTMLTableRowElement).cells[0]?.textContent)).toEqual(['3', '4', '5']);
    expect(rows[0]?.textContent).toMatch(/Unknown market "Atlantis"/);
    expect(rows[2]?.textContent).toMatch(/Utility/);
    expect(screen.queryByRole('button', { name: /save as a new table/i })).toBeNull();
    expect(await stored('rateCards')).toBeUndefined();
    expect((await getActiveCard()).currency).toBe('USD');
  });

  it('reports a missing required column in a partial CSV and keeps the active card', async () => {
    const { user } = await renderOptions('import');
    await user.click(screen.getByLabelText(/paste the csv/i));
    await user.paste(PARTIAL);
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    expect(await screen.findByText(/required column "Utility" is missing/i)).toBeTruthy();
    expect(await stored('rateCards')).toBeUndefined();
  });

  it('imports a volume-tiers file together with the rates, or reports its errors and changes nothing', async () => {
    const { user } = await renderOptions('import');
    const tiers = 'Market,Category,From,To,Rate\nBrazil,Utility,1,100000,0.0056\nBrazil,Utility,100001,,0.0050\n';
    await user.upload(screen.getByLabelText(/volume tiers csv/i), new File([tiers], 'tiers.csv', { type: 'text/csv' }));
    expect(await screen.findByText('Tiers file: tiers.csv')).toBeTruthy();
    await user.upload(
      screen.getByLabelText(/choose a csv file/i),
      new File([EUR_2026_07_01_CSV], 'meta-rates-eur-2026-07-01.csv', { type: 'text/csv' }),
    );
    await screen.findByRole('heading', { name: /38 markets in EUR/i });
    await user.click(screen.getByRole('button', { name: /save as a new table and use it/i }));
    await screen.findByText(/it is now the active table/i);
    expect((await getActiveCard()).tiers?.Brazil?.utility).toEqual([
      { from: 1, to: 100_000, rate: 5_600 },
      { from: 100_001, to: null, rate: 5_000 },
    ]);

    const before = await stored('rateCards');
    const overlapping = 'Market,Category,From,To,Rate\nBrazil,Utility,1,100000,0.0056\nBrazil,Utility,50,,0.0050\n';
    await user.upload(
      screen.getByLabelText(/volume tiers csv/i),
      new File([overlapping], 'bad.csv', { type: 'text/csv' }),
    );
    await screen.findByText('Tiers file: bad.csv');
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    expect(await screen.findByText(/the csv has \d+ problem/i)).toBeTruthy();
    expect(screen.getAllByText(/tiers file:/i).length).toBeGreaterThan(1);
    expect(await stored('rateCards')).toEqual(before);
  });

  it('shows a full-storage error on apply and stores nothing', async () => {
    const { user } = await renderOptions('import');
    await user.upload(
      screen.getByLabelText(/choose a csv file/i),
      new File([EUR_2026_07_01_CSV], 'meta-rates-eur-2026-07-01.csv', { type: 'text/csv' }),
    );
    await screen.findByRole('heading', { name: /38 markets in EUR/i });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await user.click(screen.getByRole('button', { name: /save as a new table and use it/i }));
    expect(await screen.findByText(/storage for template lens is full/i)).toBeTruthy();
    set.mockRestore();
    expect(screen.queryByText(/it is now the active table/i)).toBeNull();
    expect(await stored('rateCards')).toBeUndefined();
    expect((await getActiveCard()).currency).toBe('USD');
  });

  it('asks for a CSV when there is nothing to check', async () => {
    const { user } = await renderOptions('import');
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    expect(screen.getByText(/nothing to check/i)).toBeTruthy();
  });

  it('imports a 1 MB CSV', async () => {
    // ~1 MB: the real card under 24,000 lines of notes. (Responsiveness itself is measured in a real browser,
    // see the report; jsdom has no Worker, so this runs the main-thread fallback.)
    const notes = Array.from({ length: 24_000 }, (_, i) => `# note ${i}: exported from the rates sheet`).join('\n');
    const big = `${notes}\n${EUR_2026_07_01_CSV}`;
    expect(big.length).toBeGreaterThan(900_000);
    const { user } = await renderOptions('import');
    await user.type(screen.getByLabelText(/effective from, yyyy-mm-dd/i), '2026-07-01');
    await user.click(screen.getByLabelText(/paste the csv/i));
    await user.paste(big);
    await user.click(screen.getByRole('button', { name: /check csv/i }));
    await waitFor(() => expect(screen.getByRole('heading', { name: /38 markets in EUR/i })).toBeTruthy(), {
      timeout: 10_000,
    });
  });
});
