/**
 * The content script as users meet it, in real Chromium and Firefox with the built extension: synthetic
 * WhatsApp Manager pages are served at the real origin and routes, typed into with the real keyboard, and read
 * only through the panel's test contract (issue 5) — never through the extension's internals.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './harness/browsers';
import { launchChromium } from './harness/chromium';
import { launchFirefox } from './harness/firefox';
import { chromiumLens, type DrivenPage, firefoxLens, type LensSession, panelState, waitForPanel } from './harness/lens';
import { RECORD_UNTRUSTED_EVENTS, snapshotFields, untrustedEvents } from './harness/page-integrity';
import { readFixture, WAM_TEMPLATES_URL } from './harness/paths';

const ORIGIN = 'https://business.facebook.com';
const TEMPLATES_PATH = '/latest/whatsapp_manager/message_templates/?business_id=1&asset_id=2';
const INBOX_PATH = '/latest/inbox/all?asset_id=2';

/** Each fixture gets its own URL on the templates route (the harness serves by longest URL prefix). */
const fixtureUrl = (name: string) => `${WAM_TEMPLATES_URL}&fixture=${encodeURIComponent(name)}`;

const FIXTURES = {
  textarea: 'wam/editor.textarea.en.html',
  lexical: 'wam/editor.lexical.en.html',
  coupon: 'wam/editor.utility-coupon.en.html',
  otp: 'wam/editor.utility-otp.en.html',
  list: 'wam/list.en.html',
  spa: 'wam/spa.html',
} as const;

const COUPON_SENTENCE = ' Use code SAVE10 for 10% off your next order!';
const OTP_SENTENCE = ' Your verification code is 482913.';

function contentScriptSuite<S extends LensSession>(launch: () => Promise<S>): () => S {
  let session: S;
  const html = Object.fromEntries(Object.entries(FIXTURES).map(([k, file]) => [k, readFixture(file)])) as Record<
    keyof typeof FIXTURES,
    string
  >;

  beforeAll(async () => {
    session = await launch();
    for (const [key, body] of Object.entries(html)) session.serve(fixtureUrl(key), body);
    // SYNTHETIC: an editor-looking page outside WhatsApp Manager's template routes must get no panel.
    session.serve(`${ORIGIN}${INBOX_PATH}`, html.textarea);
    // Firefox asks for the site's icon on every page load; that is the browser, not the extension.
    session.serve(`${ORIGIN}/favicon.ico`, '');
  });
  afterAll(async () => session?.close());

  async function open(key: keyof typeof FIXTURES, init?: string): Promise<DrivenPage> {
    const page = await session.newPage();
    await page.addInitScript(RECORD_UNTRUSTED_EVENTS);
    if (init) await page.addInitScript(init);
    await page.goto(fixtureUrl(key));
    return page;
  }

  /** Meta's fields and markup are exactly what the fixture's HTML says, and no script poked at them. */
  async function expectPageUntouched(page: DrivenPage, key: keyof typeof FIXTURES) {
    const { live, original } = await snapshotFields(page, html[key]);
    expect(live.fields.length).toBeGreaterThan(0);
    expect(live.fields).toEqual(original.fields);
    expect(live.markup).toEqual(original.markup);
    expect(await untrustedEvents(page)).toEqual([]);
  }

  it('shows the prediction on the textarea editor and leaves the form untouched', async () => {
    const page = await open('textarea');
    expect(await waitForPanel(page, { verdict: 'ok' })).toEqual({
      hosts: 1,
      category: 'UTILITY',
      selected: 'UTILITY',
      verdict: 'ok',
    });
    await expectPageUntouched(page, 'textarea');
    await page.close();
  });

  it('shows the prediction on the Lexical editor and leaves the form untouched', async () => {
    const page = await open('lexical');
    expect(await waitForPanel(page, { verdict: 'ok' })).toEqual({
      hosts: 1,
      category: 'MARKETING',
      selected: 'MARKETING',
      verdict: 'ok',
    });
    await expectPageUntouched(page, 'lexical');
    await page.close();
  });

  it('follows typing in a Utility textarea: a coupon line makes it Marketing, deleting it makes it Utility again', async () => {
    const page = await open('textarea');
    await waitForPanel(page, { verdict: 'ok', category: 'UTILITY' });
    const body = 'textarea';
    const before = await page.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value, body);
    await page.click(body);
    await page.press('Control+End');
    await page.type(COUPON_SENTENCE);
    expect(await waitForPanel(page, { verdict: 'will-be-marketing' })).toMatchObject({
      hosts: 1,
      category: 'MARKETING',
      selected: 'UTILITY',
    });
    await page.press('Backspace', COUPON_SENTENCE.length);
    expect(await waitForPanel(page, { verdict: 'ok' })).toMatchObject({ hosts: 1, category: 'UTILITY' });
    // Only the user's keystrokes changed the field: with them undone it holds exactly what it held before.
    expect(await page.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value, body)).toBe(before);
    expect(await untrustedEvents(page)).toEqual([]);
    await page.close();
  });

  it('follows typing in a Lexical editor: an OTP sentence gets the rejection warning, deleting it clears it', async () => {
    const page = await open('lexical');
    await waitForPanel(page, { verdict: 'ok', category: 'MARKETING' });
    await page.click('[data-lexical-editor]');
    await page.press('Control+End');
    await page.type(OTP_SENTENCE);
    expect(await waitForPanel(page, { verdict: 'will-be-rejected-otp' })).toMatchObject({
      hosts: 1,
      category: 'AUTHENTICATION',
      selected: 'MARKETING',
    });
    await page.press('Backspace', OTP_SENTENCE.length);
    expect(await waitForPanel(page, { verdict: 'ok' })).toMatchObject({ hosts: 1, category: 'MARKETING' });
    expect(await untrustedEvents(page)).toEqual([]);
    await page.close();
  });

  it('warns that a Utility draft with a coupon will be Marketing', async () => {
    const page = await open('coupon');
    expect(await waitForPanel(page, { verdict: 'will-be-marketing' })).toEqual({
      hosts: 1,
      category: 'MARKETING',
      selected: 'UTILITY',
      verdict: 'will-be-marketing',
    });
    await expectPageUntouched(page, 'coupon');
    await page.close();
  });

  it('warns that an OTP under Utility will be rejected', async () => {
    const page = await open('otp');
    expect(await waitForPanel(page, { verdict: 'will-be-rejected-otp' })).toEqual({
      hosts: 1,
      category: 'AUTHENTICATION',
      selected: 'UTILITY',
      verdict: 'will-be-rejected-otp',
    });
    await expectPageUntouched(page, 'otp');
    await page.close();
  });

  it('shows "not detected" on the template list, where there is no editor', async () => {
    const page = await open('list');
    await waitForPanel(page, { hosts: 1 });
    // The detector's first scan is debounced: give it time to (not) find an editor, then read.
    await new Promise((r) => setTimeout(r, 1200));
    expect(await panelState(page)).toEqual({ hosts: 1, category: '', selected: '', verdict: 'not-detected' });
    await expectPageUntouched(page, 'list');
    await page.close();
  });

  it('shows no panel on the inbox, even when the page looks like an editor', async () => {
    const page = await session.newPage();
    await page.goto(`${ORIGIN}${INBOX_PATH}`);
    await new Promise((r) => setTimeout(r, 1500));
    expect((await panelState(page)).hosts).toBe(0);
    await page.close();
  });

  it('keeps exactly one panel through 50 SPA navigations between the list and an editor', async () => {
    // Short mount delays keep the run brief; the dwell times below still interrupt some mounts and analyses.
    const page = await open('spa', 'window.__wamFixtureDelays = { list: 0, setup: 30, editor: 60 };');
    await waitForPanel(page, { hosts: 1, verdict: 'not-detected' });
    const roundTrips = await page.evaluate(async (count) => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const waitFor = async (selector: string) => {
        for (let i = 0; i < 500 && !document.querySelector(selector); i++) await sleep(5);
        const el = document.querySelector(selector) as HTMLElement | null;
        if (!el) throw new Error(`fixture never showed ${selector}`);
        return el;
      };
      for (let trip = 1; trip <= count; trip++) {
        // list → editor of order_update (history.pushState), then back to the list (history.back → popstate)
        (await waitFor('[data-fixture-action="open"]')).click();
        await sleep((trip % 5) * 60);
        await waitFor('textarea');
        history.back();
        await sleep((trip % 7) * 40);
      }
      return count;
    }, 25);
    expect(roundTrips * 2).toBe(50);
    // Back on the list: one panel, and it no longer shows the editor it left.
    expect(await waitForPanel(page, { verdict: 'not-detected' }, 5000)).toMatchObject({ hosts: 1 });
    await new Promise((r) => setTimeout(r, 1200)); // past the detector's grace period for remounting editors
    expect(await panelState(page)).toEqual({ hosts: 1, category: '', selected: '', verdict: 'not-detected' });

    // One more navigation into an existing template's editor (no category shown on that screen).
    await page.click('[data-fixture-action="open"]');
    expect(await waitForPanel(page, { verdict: 'no-selection' }, 5000)).toEqual({
      hosts: 1,
      category: 'UTILITY',
      selected: '',
      verdict: 'no-selection',
    });

    await page.close();
  });

  it('appears and disappears as the single-page app moves into and out of the template screens', async () => {
    // Users reach WhatsApp Manager from other Business Suite sections without a page load.
    const page = await session.newPage();
    await page.goto(`${ORIGIN}${INBOX_PATH}`);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await panelState(page)).hosts).toBe(0);
    await page.evaluate((path) => history.pushState({}, '', path), TEMPLATES_PATH);
    expect(await waitForPanel(page, { hosts: 1, verdict: 'ok' }, 5000)).toMatchObject({ category: 'UTILITY' });
    await page.evaluate((path) => history.pushState({}, '', path), INBOX_PATH);
    await waitForPanel(page, { hosts: 0 }, 5000);
    await page.close();
  });

  it('logged no console errors and made no network requests', () => {
    expect(session.consoleErrors).toEqual([]);
    expect(session.unexpectedRequests).toEqual([]);
  });

  return () => session;
}

describe.runIf(browserAvailable('chromium'))('content script in Chromium', () => {
  const session = contentScriptSuite(async () => chromiumLens(await launchChromium()));

  it('hears console errors from the content script world (self-check of the error guard)', async () => {
    const lens = session();
    const page = await lens.newPage();
    await page.goto(fixtureUrl('list'));
    await waitForPanel(page, { hosts: 1 });
    const cdp = lens.cdpOf(page);
    const extensionWorld = lens.worldsOf(page).find((w) => w.origin.startsWith('chrome-extension://'));
    expect(extensionWorld, 'the content script runs in an isolated world of the tab').toBeDefined();
    const before = lens.consoleErrors.length;
    await cdp.send('Runtime.evaluate', { expression: 'console.error("self-check")', contextId: extensionWorld?.id });
    await expect.poll(() => lens.consoleErrors.slice(before).join('\n')).toContain('self-check');
    lens.consoleErrors.splice(before); // the check made it, not the extension
    await page.close();
  });
});

describe.runIf(browserAvailable('firefox'))('content script in Firefox', () => {
  contentScriptSuite(async () => firefoxLens(await launchFirefox()));
});
