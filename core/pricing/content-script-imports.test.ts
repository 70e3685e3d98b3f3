import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The content script is one file loaded on every WhatsApp Manager page (issue 5: ≤ 80 KB gzip). Phone-number
// metadata (libphonenumber-js, ~140 KB minified) and the CSV parser (papaparse) serve the popup, options page and
// CLI only; markets-core.ts and bundled.ts exist so the content script can price without them. This walks the
// content script's static imports from its entrypoint and names the path by which a heavy package gets back in.

const ROOT = resolve(__dirname, '../..');
const ENTRY = 'entrypoints/whatsapp.content/index.tsx';
const KEPT_OUT = ['libphonenumber-js', 'papaparse'];
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;

function resolveSource(fromFile: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(ROOT, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(fromFile), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Packages imported anywhere in the graph, each with one import chain that reaches it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const chains = new Map<string, string[]>([[entry, [relative(ROOT, entry)]]]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const chain = chains.get(file) ?? [];
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const [, specifier = ''] of code.matchAll(IMPORT)) {
      const local = resolveSource(file, specifier);
      if (local) {
        if (!chains.has(local)) {
          chains.set(local, [...chain, relative(ROOT, local)]);
          queue.push(local);
        }
      } else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (name && !reached.has(name)) reached.set(name, [...chain, specifier]);
      }
    }
  }
  return reached;
}

describe('content script imports', () => {
  const reached = packagesReached(join(ROOT, ENTRY));

  it('the walk finds the content script’s own packages (so an empty result below means something)', () => {
    expect([...reached.keys()]).toEqual(expect.arrayContaining(['react', 'zod']));
  });

  it.each(KEPT_OUT)('never reach %s', (name) => {
    expect(reached.get(name)?.join(' → ') ?? null).toBeNull();
  });
});
