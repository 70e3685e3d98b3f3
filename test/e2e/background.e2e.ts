/**
 * The background's two jobs, in Chromium with the built extension: the toolbar badge shows the active tab's
 * predicted category, and "Check this text with Template Lens" attaches the panel to the field it was opened
 * on when Meta's editor is not recognised. The native context menu cannot be clicked headless, so the test
 * right-clicks the field for real and then delivers the menu's message the way the background does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './harness/browsers';
import { type ChromiumSession, launchChromium } from './harness/chromium';
import { readFixture, WAM_TEMPLATES_URL } from './harness/paths';

/** The extension APIs inside the service worker, where the evaluate callbacks below run. */
declare const chrome: typeof import('wxt/browser').browser;

// SYNTHETIC: a WhatsApp Manager page whose editor Template Lens cannot recognise (no labels, no counters).
const UNRECOGNISED_EDITOR = `<!doctype html><html><head><title>WhatsApp Manager</title></head><body>
<div role="main"><div><textarea id="mystery" rows="4" cols="60">Your verification code is 482913.</textarea></div></div>
</body></html>`;

describe.runIf(browserAvailable('chromium'))('background in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => session?.close());

  const worker = () => session.context.serviceWorkers()[0];
  // The extension has no "tabs" permission, so it cannot see tab URLs: the page under test is the active tab.
  const activeTabId = async () =>
    (await worker()?.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
      undefined,
    )) ?? -1;

  it('shows the predicted category of the tab on the toolbar badge', async () => {
    session.serve('https://business.facebook.com/', readFixture('wam/editor.utility-coupon.en.html'));
    const page = await session.newPage();
    await page.goto(WAM_TEMPLATES_URL);
    await expect.poll(() => page.getByTestId('template-lens').getAttribute('data-verdict')).toBe('will-be-marketing');
    const tabId = await activeTabId();
    expect(tabId).toBeGreaterThan(0);
    await expect.poll(() => worker()?.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('M');
    expect(await worker()?.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toMatch(/Marketing/);
    await page.close();
  });

  it('"Check this text" attaches the panel to the field the menu was opened on', async () => {
    session.serve('https://business.facebook.com/', UNRECOGNISED_EDITOR);
    const page = await session.newPage();
    await page.goto(WAM_TEMPLATES_URL);
    const panel = page.getByTestId('template-lens');
    await expect.poll(() => panel.getAttribute('data-verdict')).toBe('not-detected');

    await page.locator('#mystery').click({ button: 'right' });
    const tabId = await activeTabId();
    await worker()?.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'template-lens/check-element' }), tabId);
    await expect.poll(() => panel.getAttribute('data-category')).toBe('AUTHENTICATION');

    // It keeps reading the field as the user edits it.
    await page.locator('#mystery').fill('Your order 4521 has shipped and arrives on Friday.');
    await expect.poll(() => panel.getAttribute('data-category')).toBe('UTILITY');
    expect(await page.locator('#mystery').inputValue()).toBe('Your order 4521 has shipped and arrives on Friday.');
    expect(session.consoleErrors).toEqual([]);
    expect(session.unexpectedRequests).toEqual([]);
    await page.close();
  });
});
