/**
 * The extension's own pages in Chromium (Firefox's BiDi cannot open moz-extension:// pages): popup, options
 * and playground render without console errors and with no serious accessibility violations, the playground
 * panel follows typing, and a rate card imported on the options page reaches the popup and the in-page panel.
 * Screenshots for the README are written to test/e2e/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './harness/axe';
import { browserAvailable } from './harness/browsers';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { REPO_ROOT, readFixture, WAM_TEMPLATES_URL } from './harness/paths';

const SCREENSHOTS = path.join(REPO_ROOT, 'test/e2e/screenshots');
const EUR_CARD = path.resolve(REPO_ROOT, '../shared/data/meta-rates-eur-2026-07-01.csv');

describe.runIf(browserAvailable('chromium'))('extension pages in Chromium', () => {
  let session: ChromiumSession;
  const url = (page: string) => `chrome-extension://${session.extensionId}/${page}`;

  beforeAll(async () => {
    session = await launchChromium();
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => session?.close());

  it('popup: every tab renders without console errors or serious accessibility violations', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 420, height: 600 });
    await page.goto(url('popup.html'));
    for (const name of ['This template', 'Check text', 'Categories', 'Costs']) {
      await page.getByRole('tab', { name }).click();
      await expect.poll(() => page.getByRole('tab', { name }).getAttribute('aria-selected')).toBe('true');
      expect(await seriousAxeViolations(page), `axe on popup tab "${name}"`).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Check text' }).click();
    await page
      .getByRole('textbox')
      .first()
      .fill('Your order {{1}} has shipped. Use code SAVE10 for 10% off your next order!');
    await expect.poll(() => page.getByTestId('analysis-view').first().getAttribute('data-category')).toBe('MARKETING');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'popup-check-text.png') });
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it('options: renders without console errors or serious accessibility violations', async () => {
    const page = await session.newPage();
    await page.goto(url('options.html'));
    for (const name of ['Rate tables', 'Import CSV', 'Market map', 'Preferences']) {
      await page.getByRole('tab', { name }).click();
      expect(await seriousAxeViolations(page), `axe on options tab "${name}"`).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Rate tables' }).click();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'options.png'), fullPage: true });
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it('playground: the panel follows what is typed', async () => {
    const page = await session.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(url('playground.html'));
    const host = page.getByTestId('template-lens');
    await expect.poll(() => host.getAttribute('data-verdict')).toBe('ok');
    expect(await host.getAttribute('data-category')).toBe('UTILITY');
    const body = page.getByLabel('Body', { exact: true });
    await body.press('End');
    await body.pressSequentially(' Use code SAVE10 for 10% off your next order!');
    await expect.poll(() => host.getAttribute('data-verdict')).toBe('will-be-marketing');
    expect(await host.getAttribute('data-selected-category')).toBe('UTILITY');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'panel-playground.png') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    await page.close();
  });

  it('a EUR card imported on the options page prices the popup and the in-page panel in euros', async () => {
    if (!fs.existsSync(EUR_CARD)) throw new Error(`Missing ${EUR_CARD}: ../shared/data must sit beside the repo.`);
    const options = await session.newPage();
    await options.goto(url('options.html'));
    await options.getByRole('tab', { name: 'Import CSV' }).click();
    await options.getByLabel('Choose a CSV file').setInputFiles(EUR_CARD);
    await options.getByRole('button', { name: 'Check CSV' }).click();
    await options.getByRole('button', { name: 'Save as a new table and use it' }).click();
    await options.getByText(/is now the active table/).waitFor();

    const popup = await session.newPage();
    await popup.goto(url('popup.html'));
    await popup.getByRole('tab', { name: 'Costs' }).click();
    await expect.poll(() => popup.getByRole('tabpanel').innerText()).toMatch(/€/);
    expect(await popup.getByRole('tabpanel').innerText()).toMatch(/2026-07-01|1 Jul 2026|July 1, 2026/);

    session.serve('https://business.facebook.com/', readFixture('wam/editor.utility-coupon.en.html'));
    const wam = await session.newPage();
    await wam.goto(WAM_TEMPLATES_URL);
    const panel = wam.getByTestId('template-lens');
    await expect.poll(() => panel.getAttribute('data-verdict')).toBe('will-be-marketing');
    await expect.poll(() => panel.locator('aside').innerText()).toMatch(/€/);
    expect(session.consoleErrors).toEqual([]);
    expect(session.unexpectedRequests).toEqual([]);
  });
});
