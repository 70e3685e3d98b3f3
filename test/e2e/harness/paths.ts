import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * Where the built extension is. TEMPLATE_LENS_BUILD_DIR points at another `.output`-like folder (a frozen copy),
 * so a long e2e or benchmark run is not disturbed by someone rebuilding `.output` in the same tree meanwhile.
 */
const BUILD_ROOT = process.env.TEMPLATE_LENS_BUILD_DIR
  ? path.resolve(process.env.TEMPLATE_LENS_BUILD_DIR)
  : path.join(REPO_ROOT, '.output');
export const CHROME_BUILD = path.join(BUILD_ROOT, 'chrome-mv3');
export const FIREFOX_BUILD = path.join(BUILD_ROOT, 'firefox-mv2');
export const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');

export function requireBuild(dir: string): string {
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run \`npm run build\` first (\`npm test\` does it for you).`);
  }
  return dir;
}

export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

export const WAM_TEMPLATES_URL =
  'https://business.facebook.com/latest/whatsapp_manager/message_templates/?business_id=1&asset_id=2';
export const INBOX_URL = 'https://business.facebook.com/latest/inbox/all?asset_id=2';
