/**
 * Chromium with the built extension loaded (playwright-core + Debian's /usr/bin/chromium), following
 * ../shared/notes/browser-testing.md. Every network request is routed: pages we serve at
 * https://business.facebook.com/... are fulfilled from fixtures, anything else is recorded and aborted,
 * so a test can assert that no extension context talked to the network.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './browsers';
import { CHROME_BUILD, requireBuild } from './paths';

/** Only these schemes leave the browser; extension, data and blob URLs are local. */
const isNetworkUrl = (url: string) => /^(https?|wss?|ftp):/i.test(url);

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** Fixture HTML by URL prefix; the longest matching prefix wins. */
  serve(urlPrefix: string, html: string): void;
  /** Requests that were neither a served fixture nor an extension/data URL. */
  unexpectedRequests: string[];
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  const ext = requireBuild(CHROME_BUILD);
  // Report the extension service worker's own requests too, not only pages'.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const served = new Map<string, string>();
  const unexpectedRequests: string[] = [];
  const consoleErrors: string[] = [];

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!isNetworkUrl(url)) return route.continue();
    const prefix = [...served.keys()].filter((p) => url.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (prefix !== undefined) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: served.get(prefix) });
    }
    unexpectedRequests.push(url);
    return route.abort();
  });
  // Requests the route does not see (e.g. from the extension's service worker) still show up here.
  context.on('request', (req) => {
    const url = req.url();
    if (!isNetworkUrl(url)) return;
    if ([...served.keys()].some((p) => url.startsWith(p))) return;
    if (!unexpectedRequests.includes(url)) unexpectedRequests.push(url);
  });

  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);

  return {
    context,
    extensionId,
    serve: (urlPrefix, html) => served.set(urlPrefix, html),
    unexpectedRequests,
    consoleErrors,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
