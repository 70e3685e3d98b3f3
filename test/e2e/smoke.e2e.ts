/**
 * Smoke tests against the built extension in real browsers: the content script injects on WhatsApp
 * Manager template routes only, the extension pages render cleanly, and nothing talks to the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './harness/browsers';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { type FirefoxSession, launchFirefox } from './harness/firefox';
import { INBOX_URL, WAM_TEMPLATES_URL } from './harness/paths';

const PANEL = '[data-testid="template-lens"]';
// SYNTHETIC: a bare page standing in for any business.facebook.com screen.
const BARE_PAGE =
  '<!doctype html><html><head><title>Meta Business Suite</title></head><body><div id="app">Loading…</div></body></html>';

describe.runIf(browserAvailable('chromium'))('Chromium smoke', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
    session.serve('https://business.facebook.com/', BARE_PAGE);
  });
  afterAll(async () => session?.close());

  it('injects the panel on a WhatsApp Manager templates URL', async () => {
    const page = await session.newPage();
    await page.goto(WAM_TEMPLATES_URL);
    await page.waitForSelector(PANEL, { state: 'attached' });
    expect(await page.locator(PANEL).getAttribute('data-verdict')).toBe('not-detected');
    await page.close();
  });

  it('does not inject the panel on the inbox', async () => {
    const page = await session.newPage();
    await page.goto(INBOX_URL);
    await page.waitForLoadState('load');
    // Give the content script time to run (document_idle) before asserting absence.
    await page.waitForTimeout(1000);
    expect(await page.locator(PANEL).count()).toBe(0);
    await page.close();
  });

  for (const pageName of ['popup.html', 'options.html']) {
    it(`renders ${pageName} without console errors`, async () => {
      const before = session.consoleErrors.length;
      const page = await session.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${pageName}`);
      await page.waitForSelector('h1');
      expect(await page.locator('h1').first().textContent()).toMatch(/Template Lens/);
      expect(session.consoleErrors.slice(before)).toEqual([]);
      await page.close();
    });
  }

  it('notices a request to the outside world (self-check of the network guard)', async () => {
    const page = await session.newPage();
    await page.goto(INBOX_URL);
    const before = session.unexpectedRequests.length;
    await page.evaluate(() => fetch('https://example.invalid/beacon').catch(() => undefined));
    await expect.poll(() => session.unexpectedRequests.slice(before)).toContain('https://example.invalid/beacon');
    session.unexpectedRequests.splice(before); // the page made it, not the extension
    await page.close();
  });

  it('made no network request from any extension context', () => {
    expect(session.unexpectedRequests).toEqual([]);
  });
});

describe.runIf(browserAvailable('firefox'))('Firefox smoke', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox();
    session.serve('https://business.facebook.com/', BARE_PAGE);
  });
  afterAll(async () => session?.close());

  it('injects the panel on a WhatsApp Manager templates URL', async () => {
    const page = await session.newPage();
    await page.goto(WAM_TEMPLATES_URL);
    const host = await page.waitForSelector(PANEL, { timeout: 15_000 });
    expect(await host?.evaluate((el) => el.getAttribute('data-verdict'))).toBe('not-detected');
    await page.close();
  });

  it('does not inject the panel on the inbox', async () => {
    const page = await session.newPage();
    await page.goto(INBOX_URL);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.$(PANEL)).toBeNull();
    await page.close();
  });

  it('made no network request', () => {
    expect(session.unexpectedRequests).toEqual([]);
  });
});
