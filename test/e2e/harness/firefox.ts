/**
 * Firefox ESR with the built add-on installed as a temporary add-on (puppeteer-core over WebDriver BiDi),
 * following ../shared/notes/browser-testing.md. Pages at https://business.facebook.com/... are answered
 * from fixtures by request interception; any other request is recorded and aborted.
 * BiDi cannot open moz-extension:// pages, so popup/options are tested in Chromium only.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from './browsers';
import { FIREFOX_BUILD, requireBuild } from './paths';

export interface FirefoxSession {
  browser: Browser;
  addonId: string;
  serve(urlPrefix: string, html: string): void;
  unexpectedRequests: string[];
  consoleErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const ext = requireBuild(FIREFOX_BUILD);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox from reaching out on its own (telemetry, updates, captive portal checks).
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const addonId = await browser.installExtension(ext);
  const served = new Map<string, string>();
  const unexpectedRequests: string[] = [];
  const consoleErrors: string[] = [];

  const newPage = async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      const prefix = [...served.keys()].filter((p) => url.startsWith(p)).sort((a, b) => b.length - a.length)[0];
      if (prefix !== undefined) {
        void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: served.get(prefix) ?? '' });
        return;
      }
      if (/^(moz-extension|data|blob|about):/.test(url)) {
        void req.continue();
        return;
      }
      unexpectedRequests.push(url);
      void req.abort();
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${String(err)}`));
    return page;
  };

  return {
    browser,
    addonId,
    serve: (urlPrefix, html) => served.set(urlPrefix, html),
    unexpectedRequests,
    consoleErrors,
    newPage,
    close: () => browser.close(),
  };
}
