import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatReport, measureBuild } from './bundle-size';

function fakeBuild(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const gz = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length;

const SHARED = `export const shared = "${'x'.repeat(500)}";`;
const POPUP = `import{shared}from"./shared-1.js";console.log(shared)`;
const OPTIONS = `import{shared}from"./shared-1.js";const w=()=>import("./worker-1.js");`;
const WORKER = `new Worker("/assets/w-2.js",{type:"module"})`;
const CONTENT = `var whatsapp=(function(){${'y'.repeat(3000)}})();`;

const build = () =>
  fakeBuild({
    'manifest.json': JSON.stringify({
      content_scripts: [{ matches: ['https://business.facebook.com/*'], js: ['content-scripts/whatsapp.js'] }],
      web_accessible_resources: [{ resources: ['content-scripts/whatsapp.css'], matches: ['*://*/*'] }],
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      options_ui: { page: 'options.html' },
    }),
    'content-scripts/whatsapp.js': CONTENT,
    'content-scripts/whatsapp.css': '.panel{color:red}',
    'background.js': 'console.log(1)',
    'popup.html':
      '<script type="module" src="/chunks/popup-1.js"></script><link rel="stylesheet" href="/assets/p.css">',
    'options.html': '<script type="module" src="/chunks/options-1.js"></script>',
    'playground.html': '<script type="module" src="/chunks/popup-1.js"></script>',
    'chunks/popup-1.js': POPUP,
    'chunks/options-1.js': OPTIONS,
    'chunks/shared-1.js': SHARED,
    'chunks/worker-1.js': WORKER,
    'assets/w-2.js': 'postMessage(1)',
    'assets/p.css': 'body{margin:0}',
  });

describe('bundle-size', () => {
  it('counts each entry with the chunks it imports statically, and the content script with its shadow-root CSS', () => {
    const { entries } = measureBuild(build());
    expect(entries.map((entry) => entry.entry)).toEqual([
      'content script whatsapp',
      'background',
      'popup',
      'options',
      'page playground',
    ]);
    const [content, , popup, options] = entries;
    expect(content).toMatchObject({
      jsBytes: CONTENT.length,
      jsGzip: gz(CONTENT),
      css: ['content-scripts/whatsapp.css'],
    });
    expect(popup?.js.sort()).toEqual(['chunks/popup-1.js', 'chunks/shared-1.js']);
    expect(popup).toMatchObject({ jsBytes: POPUP.length + SHARED.length, jsGzip: gz(POPUP) + gz(SHARED) });
    expect(popup?.cssGzip).toBe(gz('body{margin:0}'));
    // The worker is loaded on demand: listed apart, not counted in the page's load.
    expect(options?.jsBytes).toBe(OPTIONS.length + SHARED.length);
    expect(options?.lazy).toEqual(['chunks/worker-1.js', 'assets/w-2.js']);
  });

  it('flags a content script over the 80 KB gzip target', () => {
    const { entries } = measureBuild(build());
    const [content] = entries;
    if (!content) throw new Error('no content script');
    const report = formatReport([{ dir: 'x', entries: [{ ...content, jsGzip: 100 * 1024 }, content] }]);
    expect(report).toMatch(/content script whatsapp .*100\.0 KB .*over the 80\.0 KB gzip target by 20\.0 KB/);
    expect(report.split('\n').filter((line) => line.includes('over the')).length).toBe(1);
  });
});
