/**
 * `npm run eval -- [corpus.jsonl]` — evaluate the category engine on a labelled corpus (default:
 * ../shared/corpus/dev.jsonl next to the repository). Exit 1 when macro-F1 < 0.95 or AUTHENTICATION recall < 1,
 * 2 when the corpus cannot be read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, passesGate, readCorpus } from './evaluation';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.resolve(repoRoot, '../shared/corpus/dev.jsonl');

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  console.error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(2);
}
const { rows, skipped } = readCorpus(text);
if (rows.length === 0) {
  console.error(`No labelled rows in ${file}`);
  process.exit(2);
}
const report = evaluate(rows, skipped);
console.log(`Corpus: ${file}`);
console.log(formatReport(report));
const ok = passesGate(report);
console.log(`\nGate (macro-F1 ≥ 0.95 and AUTHENTICATION recall = 1): ${ok ? 'PASS' : 'FAIL'}`);
process.exit(ok ? 0 : 1);
