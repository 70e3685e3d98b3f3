/**
 * Loads a SYNTHETIC fixture page into the test's jsdom document (the same document the detector gets as
 * `root`), and optionally runs its inline scripts in this window so that fake timers drive them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/wam');

export function fixtureHtml(rel: string): string {
  return readFileSync(resolve(FIXTURE_DIR, rel), 'utf8');
}

export function expectedFor(rel: string): unknown {
  return JSON.parse(readFileSync(resolve(FIXTURE_DIR, 'expected', `${rel.replace(/\.html$/, '')}.json`), 'utf8'));
}

/** Replace the current document's head and body with the fixture's; run its inline scripts if asked. */
export function loadFixture(rel: string, opts: { runScripts?: boolean } = {}): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(rel), 'text/html');
  const scripts = Array.from(parsed.querySelectorAll('script')).map((s) => {
    const code = s.textContent ?? '';
    s.remove();
    return code;
  });
  document.head.replaceChildren(...Array.from(parsed.head.childNodes).map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  if (opts.runScripts) for (const code of scripts) new Function(code)();
}
