// Regenerates the bundled card modules from ../shared/data (run from the repo root: node core/pricing/cards/generate.mjs).
// Each module holds the CSV text verbatim (CRLF line ends kept) as a string constant.
import { readFileSync, writeFileSync } from 'node:fs';

const CARDS = [
  ['meta-rates-usd-2026-10-01.csv', 'core/pricing/cards/usd-2026-10-01.ts', 'USD_2026_10_01_CSV'],
  ['meta-rates-eur-2026-07-01.csv', 'core/pricing/cards/eur-2026-07-01.ts', 'EUR_2026_07_01_CSV'],
];

for (const [file, out, constName] of CARDS) {
  const text = readFileSync(`../shared/data/${file}`, 'utf8');
  const lines = text.split(/(?<=\n)/);
  const body = lines
    .map((line) => `  ${JSON.stringify(line).replace(/'/g, "\\'").replace(/^"|"$/g, "'")}`)
    .join(' +\n');
  writeFileSync(
    out,
    `/**
 * Verbatim copy of ../shared/data/${file} (the extension cannot read ../shared at run time).
 * Regenerate with \`node core/pricing/cards/generate.mjs\` from the repo root; a unit test fails while this copy and
 * the shared file differ.
 */
export const ${constName} =
${body};
`,
  );
}
