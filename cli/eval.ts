/**
 * `npm run eval` — how well the category engine does, measured two ways:
 * 1. the development corpus (../shared/corpus/dev.jsonl) with the shipped model (which was trained on it too, so
 *    this is an in-sample figure; the CI gate is macro-F1 ≥ 0.97 and AUTHENTICATION recall = 1);
 * 2. leave-one-source-out over every labelled source (dev groups and test/corpus/*.jsonl): each source is scored
 *    by a model trained without it — the figure that predicts templates from sources the engine has never seen.
 * Both print the confusion matrix, per-class scores, the false "will be Marketing" rate on Utility and a
 * reliability table (confidence bucket → observed accuracy).
 * `npm run eval -- a.jsonl [b.jsonl …]` scores the shipped model on the given corpora instead.
 * Exit 1 when the dev gate fails, 2 when a corpus cannot be read.
 */
import { readFileSync } from 'node:fs';
import { evaluate, formatReport, passesGate, readCorpus } from './evaluation';
import { DEV_CORPUS, loadTrainingData } from './model/dataset';
import { DEFAULT_OPTIONS, prepareExamples, trainModel } from './model/fit';
import { formatSourceTable, losoReport } from './model/report';

function readOrExit(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    console.error(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
}

const files = process.argv.slice(2);
if (files.length > 0) {
  for (const file of files) {
    const { rows, skipped } = readCorpus(readOrExit(file));
    if (rows.length === 0) {
      console.error(`No labelled rows in ${file}`);
      process.exit(2);
    }
    console.log(`Corpus: ${file} (shipped model)`);
    console.log(formatReport(evaluate(rows, skipped)));
    console.log('');
  }
  process.exit(0);
}

const dev = readCorpus(readOrExit(DEV_CORPUS));
const devReport = evaluate(dev.rows, dev.skipped);
console.log(`== 1. Development corpus: ${DEV_CORPUS}`);
console.log('   (shipped model; these rows are part of its training data, so this is an in-sample figure)');
console.log(formatReport(devReport));

console.log('\n== 2. Leave-one-source-out (each source scored by a model trained without it)');
const data = loadTrainingData();
const { examples, errors } = prepareExamples(data.rows);
for (const e of errors) console.log(`skipped ${e}`);
const { loso } = trainModel(examples, DEFAULT_OPTIONS);
console.log(losoReport(loso).join('\n'));
console.log('');
console.log(formatSourceTable(loso).join('\n'));

const ok = passesGate(devReport);
console.log(`\nGate (dev macro-F1 ≥ 0.97 and AUTHENTICATION recall = 1): ${ok ? 'PASS' : 'FAIL'}`);
process.exit(ok ? 0 : 1);
