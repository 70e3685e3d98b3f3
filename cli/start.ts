/**
 * `npm start`: where a display and a browser exist, run WXT's dev mode (build, watch, open the browser
 * with the extension loaded). Otherwise build once and print exactly how to load it by hand.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const hasDisplay = Boolean(
  process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.platform === 'darwin' || process.platform === 'win32',
);
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
  fs.existsSync(p),
);
const wantsFirefox = process.argv.includes('--firefox');
const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => fs.existsSync(p));

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

if (hasDisplay && (wantsFirefox ? firefox : (chromium ?? process.platform !== 'linux'))) {
  const env = { ...process.env };
  // wxt.config.ts reads these to point WXT's runner at the browser found here.
  if (chromium) env.TEMPLATE_LENS_CHROMIUM = chromium;
  if (firefox) env.TEMPLATE_LENS_FIREFOX = firefox;
  process.exit(run('npx', ['wxt', ...(wantsFirefox ? ['-b', 'firefox'] : [])], env));
}

const status = run('npm', ['run', 'build', '--silent']);
if (status !== 0) process.exit(status);
const out = (dir: string) => path.join(root, '.output', dir);
console.log(`
Template Lens is built. ${hasDisplay ? 'No browser was found' : 'There is no display here'}, so load it by hand:

  Chrome / Chromium / Edge:
    1. open chrome://extensions and switch on "Developer mode"
    2. "Load unpacked" → choose ${out('chrome-mv3')}

  Firefox:
    1. open about:debugging#/runtime/this-firefox
    2. "Load Temporary Add-on…" → choose ${path.join(out('firefox-mv2'), 'manifest.json')}

Then open WhatsApp Manager's message templates, or the extension's playground page (link in the popup).
`);
