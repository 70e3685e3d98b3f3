/**
 * `npx tsx cli/bundle-size.ts [output dir…] [--json]`
 *
 * Reports what each entrypoint of an already built extension costs to load: raw and gzip bytes of its JavaScript
 * (the entry file plus every chunk it imports statically) and of its CSS. Builds nothing: run `npm run build` (or
 * `npx wxt build -b chrome`) first. With no directory, every build under .output/ is reported.
 * Entrypoints come from each build's manifest.json (content scripts, background, popup, options) plus any other
 * top-level .html page (the playground). Chunks loaded only on demand (dynamic import, workers) are listed apart.
 * Gzip is zlib level 9 (as `gzip -9`); 1 KB = 1,024 bytes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The issue's target for the content script's JavaScript (issue 5). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 80 * 1024;

export interface EntrySize {
  /** "content script whatsapp", "background", "popup", "options", "page playground". */
  entry: string;
  /** Files counted, relative to the build directory. */
  js: string[];
  css: string[];
  jsBytes: number;
  jsGzip: number;
  cssBytes: number;
  cssGzip: number;
  /** Chunks this entry can load on demand (not counted above). */
  lazy: string[];
  lazyGzip: number;
}

export interface BuildSizes {
  dir: string;
  entries: EntrySize[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const LAZY_LOAD = /(?:\bimport\(|new Worker\(|new SharedWorker\()\s*["']([^"']+\.js)["']/g;
const HTML_SCRIPT = /<script\b[^>]*\bsrc="([^"]+)"/g;
const HTML_LINK = /<link\b[^>]*\brel="(modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g;

function gzipSize(bytes: Buffer): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** "/chunks/a.js" or "./a.js" seen from `fromFile` → a path relative to the build directory. */
function resolveIn(fromFile: string, reference: string): string {
  if (reference.startsWith('/')) return reference.slice(1);
  return posix.normalize(posix.join(posix.dirname(fromFile), reference));
}

/** Every JS file reached from `starts` through static imports, and the on-demand chunks they mention. */
function followImports(dir: string, starts: string[]): { files: string[]; lazy: string[] } {
  const seen = new Set<string>();
  const lazy = new Set<string>();
  const queue = [...starts];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, reference = ''] of code.matchAll(STATIC_IMPORT)) queue.push(resolveIn(file, reference));
    for (const [, reference = ''] of code.matchAll(LAZY_LOAD)) lazy.add(resolveIn(file, reference));
  }
  return { files: [...seen], lazy: [...lazy].filter((file) => !seen.has(file)) };
}

/** The on-demand chunks of `lazy` and, transitively, everything they load (statically or on demand). */
function followLazy(dir: string, lazy: string[], loaded: Set<string>): string[] {
  const found = new Set<string>();
  const queue = [...lazy];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (found.has(file) || loaded.has(file)) continue;
    const reached = followImports(dir, [file]);
    for (const chunk of reached.files) if (!loaded.has(chunk)) found.add(chunk);
    queue.push(...reached.lazy);
  }
  return [...found];
}

function measure(dir: string, entry: string, jsStarts: string[], css: string[]): EntrySize {
  const { files, lazy: lazyStarts } = followImports(dir, jsStarts);
  const lazy = followLazy(dir, lazyStarts, new Set(files));
  const sum = (list: string[], size: (bytes: Buffer) => number) =>
    list.reduce((total, file) => total + size(readFileSync(join(dir, file))), 0);
  const cssFiles = css.filter((file) => existsSync(join(dir, file)));
  return {
    entry,
    js: files,
    css: cssFiles,
    jsBytes: sum(files, (bytes) => bytes.length),
    jsGzip: sum(files, gzipSize),
    cssBytes: sum(cssFiles, (bytes) => bytes.length),
    cssGzip: sum(cssFiles, gzipSize),
    lazy,
    lazyGzip: sum(lazy, gzipSize),
  };
}

function measurePage(dir: string, entry: string, htmlFile: string): EntrySize {
  const html = readFileSync(join(dir, htmlFile), 'utf8');
  const scripts = [...html.matchAll(HTML_SCRIPT)].map(([, src = '']) => resolveIn(htmlFile, src));
  const links = [...html.matchAll(HTML_LINK)];
  const preloads = links
    .filter(([, rel]) => rel === 'modulepreload')
    .map(([, , href = '']) => resolveIn(htmlFile, href));
  const styles = links.filter(([, rel]) => rel === 'stylesheet').map(([, , href = '']) => resolveIn(htmlFile, href));
  return measure(dir, entry, [...scripts, ...preloads], styles);
}

interface ManifestShape {
  content_scripts?: Array<{ js?: string[]; css?: string[] }>;
  web_accessible_resources?: Array<string | { resources?: string[] }>;
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

/** Sizes of every entrypoint of the build in `dir` (a directory holding manifest.json). */
export function measureBuild(dir: string): BuildSizes {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestShape;
  const entries: EntrySize[] = [];
  const pagesSeen = new Set<string>();

  // WXT ships a content script's CSS as a web-accessible file that the script loads into its shadow root.
  const accessible = (manifest.web_accessible_resources ?? []).flatMap((item) =>
    typeof item === 'string' ? [item] : (item.resources ?? []),
  );
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) {
      const name = posix.basename(js, '.js');
      const css = [...(script.css ?? []), ...accessible.filter((file) => file === js.replace(/\.js$/, '.css'))];
      entries.push(measure(dir, `content script ${name}`, [js], css));
    }
  }
  const background = manifest.background;
  if (background?.service_worker) entries.push(measure(dir, 'background', [background.service_worker], []));
  else if (background?.scripts) entries.push(measure(dir, 'background', background.scripts, []));

  const pages: Array<[string, string | undefined]> = [
    ['popup', manifest.action?.default_popup ?? manifest.browser_action?.default_popup],
    ['options', manifest.options_ui?.page ?? manifest.options_page],
    ['background page', background?.page],
  ];
  for (const [entry, page] of pages) {
    if (!page || !existsSync(join(dir, page))) continue;
    pagesSeen.add(page);
    entries.push(measurePage(dir, entry, page));
  }
  for (const file of readdirSync(dir).sort()) {
    if (file.endsWith('.html') && !pagesSeen.has(file)) {
      entries.push(measurePage(dir, `page ${posix.basename(file, '.html')}`, file));
    }
  }
  return { dir, entries };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatReport(builds: BuildSizes[]): string {
  const lines: string[] = [];
  for (const build of builds) {
    lines.push(build.dir);
    lines.push(`  ${'entry'.padEnd(26)}${'JS raw'.padStart(11)}${'JS gzip'.padStart(11)}${'CSS gzip'.padStart(11)}`);
    for (const size of build.entries) {
      const over =
        size.entry.startsWith('content script') && size.jsGzip > CONTENT_SCRIPT_BUDGET_GZIP
          ? `  over the ${kb(CONTENT_SCRIPT_BUDGET_GZIP)} gzip target by ${kb(size.jsGzip - CONTENT_SCRIPT_BUDGET_GZIP)}`
          : '';
      lines.push(
        `  ${size.entry.padEnd(26)}${kb(size.jsBytes).padStart(11)}${kb(size.jsGzip).padStart(11)}${kb(size.cssGzip).padStart(11)}${over}`,
      );
      if (size.lazy.length) {
        lines.push(`  ${''.padEnd(26)}+ ${kb(size.lazyGzip)} gzip on demand (${size.lazy.join(', ')})`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function buildDirs(args: string[]): string[] {
  if (args.length) return args;
  if (!existsSync('.output')) return [];
  return readdirSync('.output')
    .map((name) => join('.output', name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'manifest.json')))
    .sort();
}

export function main(argv: string[]): number {
  const json = argv.includes('--json');
  const dirs = buildDirs(argv.filter((arg) => arg !== '--json'));
  const missing = dirs.filter((dir) => !existsSync(join(dir, 'manifest.json')));
  if (dirs.length === 0 || missing.length) {
    process.stderr.write(
      `No built extension found${missing.length ? ` in ${missing.join(', ')}` : ' under .output/'}; run \`npm run build\` first.\n`,
    );
    return 2;
  }
  const builds = dirs.map(measureBuild);
  process.stdout.write(json ? `${JSON.stringify(builds, null, 2)}\n` : formatReport(builds));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
