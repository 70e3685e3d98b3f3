/**
 * Which real browsers this machine has. Locally a missing browser skips its e2e tests with one loud
 * line; in CI (CI=true) a missing browser is a failure, because CI installs both.
 */
import fs from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function browserAvailable(name: 'chromium' | 'firefox'): boolean {
  const bin = name === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  if (fs.existsSync(bin)) return true;
  const message = `E2E: ${name} not found at ${bin} — its real-browser tests are SKIPPED. Install it with: apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}`;
  if (process.env.CI) throw new Error(`${message} (CI must never skip e2e)`);
  console.warn(`\n!!! ${message}\n`);
  return false;
}
