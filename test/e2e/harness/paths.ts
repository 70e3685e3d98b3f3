import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(REPO_ROOT, '.output/firefox-mv2');
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
