/**
 * One small driving surface over a Playwright page (Chromium) and a Puppeteer page (Firefox over BiDi), so the
 * content-script e2e tests read the same in both browsers, plus readers for the panel's test contract
 * (issue 5: the host element `[data-testid="template-lens"]` and its data-* attributes).
 * Input goes through each tool's real keyboard and mouse (trusted events), never through synthetic events.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumSession } from './chromium';
import type { FirefoxSession } from './firefox';

export const PANEL_SELECTOR = '[data-testid="template-lens"]';

/** What the panel's host elements say right now (`hosts` counts them: there must never be more than one). */
export interface PanelState {
  hosts: number;
  category: string | null;
  selected: string | null;
  verdict: string | null;
}

export interface DrivenPage {
  readonly engine: 'chromium' | 'firefox';
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's own world (not the extension's). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Page-world script that runs before any page script on every later navigation. */
  addInitScript(source: string): Promise<void>;
  click(selector: string): Promise<void>;
  /** Types with the real keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** A key or chord such as "Backspace" or "Control+End", `times` times. */
  press(chord: string, times?: number): Promise<void>;
  close(): Promise<void>;
}

export interface LensSession {
  readonly engine: 'chromium' | 'firefox';
  serve(urlPrefix: string, html: string): void;
  newPage(): Promise<DrivenPage>;
  unexpectedRequests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

async function pressChord(
  keyboard: { down(key: string): Promise<unknown>; up(key: string): Promise<unknown> },
  chord: string,
  times: number,
) {
  const keys = chord.split('+');
  for (let i = 0; i < times; i++) {
    for (const key of keys) await keyboard.down(key);
    for (const key of [...keys].reverse()) await keyboard.up(key);
  }
}

export function drivePlaywright(page: PlaywrightPage): DrivenPage {
  return {
    engine: 'chromium',
    goto: async (url) => {
      await page.goto(url);
    },
    // Playwright's overloads cannot see through a generic argument type; the call shape is the same.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>,
    addInitScript: async (source) => {
      await page.addInitScript({ content: source });
    },
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: (chord, times = 1) => pressChord(page.keyboard, chord, times),
    close: () => page.close(),
  };
}

export function drivePuppeteer(page: PuppeteerPage): DrivenPage {
  return {
    engine: 'firefox',
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    addInitScript: async (source) => {
      await page.evaluateOnNewDocument(source);
    },
    click: (selector) => page.click(selector),
    type: (text) => page.keyboard.type(text),
    press: (chord, times = 1) => pressChord(page.keyboard, chord, times),
    close: () => page.close(),
  };
}

/**
 * Chromium pages also report console errors and uncaught exceptions of every JavaScript world in the tab over
 * CDP, including the content script's isolated world (Playwright's page events may only cover the main world).
 */
export interface World {
  id: number;
  origin: string;
  name: string;
}

export async function watchAllWorlds(
  page: PlaywrightPage,
  into: string[],
): Promise<{ cdp: CDPSession; worlds: Map<number, World> }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map<number, World>();
  cdp.on('Runtime.executionContextCreated', ({ context }) =>
    worlds.set(context.id, { id: context.id, origin: context.origin, name: context.name }),
  );
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => worlds.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => worlds.clear());
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((a) => (a.value !== undefined ? String(a.value) : (a.description ?? a.type))).join(' ');
    into.push(`[world ${event.executionContextId}] console.${event.type}: ${text}`);
  });
  cdp.on('Runtime.exceptionThrown', (event) => {
    const d = event.exceptionDetails;
    into.push(`[world ${d.executionContextId ?? '?'}] uncaught: ${d.exception?.description ?? d.text}`);
  });
  await cdp.send('Runtime.enable');
  return { cdp, worlds };
}

/** A LensSession over the Chromium harness; its pages feed all worlds' errors into `consoleErrors`. */
export interface ChromiumLensSession extends LensSession {
  /** The page's CDP session (Runtime enabled). */
  cdpOf(page: DrivenPage): CDPSession;
  /** The page's live JavaScript worlds; the content script's has a chrome-extension:// origin. */
  worldsOf(page: DrivenPage): World[];
}

export function chromiumLens(session: ChromiumSession): ChromiumLensSession {
  const cdps = new WeakMap<DrivenPage, { cdp: CDPSession; worlds: Map<number, World> }>();
  return {
    engine: 'chromium',
    serve: session.serve,
    unexpectedRequests: session.unexpectedRequests,
    consoleErrors: session.consoleErrors,
    newPage: async () => {
      const page = await session.newPage();
      const watched = await watchAllWorlds(page, session.consoleErrors);
      const driven = drivePlaywright(page);
      cdps.set(driven, watched);
      return driven;
    },
    cdpOf: (page) => watchedOf(page).cdp,
    worldsOf: (page) => [...watchedOf(page).worlds.values()],
    close: () => session.close(),
  };
  function watchedOf(page: DrivenPage) {
    const watched = cdps.get(page);
    if (!watched) throw new Error('not a page of this session');
    return watched;
  }
}

export function firefoxLens(session: FirefoxSession): LensSession {
  return {
    engine: 'firefox',
    serve: session.serve,
    unexpectedRequests: session.unexpectedRequests,
    consoleErrors: session.consoleErrors,
    newPage: async () => drivePuppeteer(await session.newPage()),
    close: () => session.close(),
  };
}

export function panelState(page: DrivenPage): Promise<PanelState> {
  return page.evaluate((selector) => {
    const hosts = document.querySelectorAll(selector);
    const host = hosts[0];
    return {
      hosts: hosts.length,
      category: host?.getAttribute('data-category') ?? null,
      selected: host?.getAttribute('data-selected-category') ?? null,
      verdict: host?.getAttribute('data-verdict') ?? null,
    };
  }, PANEL_SELECTOR);
}

/** Polls the panel until it matches `expected`; throws with the last state seen otherwise. */
export async function waitForPanel(
  page: DrivenPage,
  expected: Partial<PanelState>,
  timeoutMs = 5000,
): Promise<PanelState> {
  const deadline = Date.now() + timeoutMs;
  let last: PanelState | undefined;
  for (;;) {
    last = await panelState(page);
    const current = last;
    if (Object.entries(expected).every(([k, v]) => current[k as keyof PanelState] === v)) return current;
    if (Date.now() > deadline) {
      throw new Error(
        `panel did not reach ${JSON.stringify(expected)} within ${timeoutMs} ms; last seen ${JSON.stringify(last)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
