/**
 * `npm run train` — fits the category model (core/classify/model/model.json) on every labelled source and
 * calibrates it on leave-one-source-out logits. Deterministic: the same data and code give the same file, and
 * test/unit/classify/model.test.ts fails when the committed model is stale. `--check` only reports whether the
 * committed model is up to date (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ModelSchema } from '../core/classify/model/schema';
import { loadTrainingData, REPO_ROOT } from './model/dataset';
import { DEFAULT_OPTIONS, dataHash, prepareExamples, trainModel } from './model/fit';
import { formatSourceTable, losoReport } from './model/report';

export const MODEL_FILE = path.resolve(REPO_ROOT, 'core/classify/model/model.json');

const check = process.argv.includes('--check');
const data = loadTrainingData();
for (const s of data.skipped) console.log(`skipped ${s}`);
const { examples, errors } = prepareExamples(data.rows);
for (const e of errors) console.log(`skipped ${e}`);

if (check) {
  const committed = ModelSchema.parse(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
  const current = dataHash(examples, { ...DEFAULT_OPTIONS, l2: committed.training.l2 });
  const fresh = committed.training.dataHash === current;
  console.log(
    fresh
      ? 'model.json is up to date'
      : `model.json is stale (${committed.training.dataHash} ≠ ${current}): run npm run train`,
  );
  process.exit(fresh ? 0 : 1);
}

const { model, loso } = trainModel(examples, DEFAULT_OPTIONS);
writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
console.log(
  `Wrote ${path.relative(process.cwd(), MODEL_FILE)}: ${model.training.rows} templates from ${Object.keys(model.training.sources).length} sources, l2 ${model.training.l2}, temperature ${model.temperature}`,
);
console.log('\nLeave-one-source-out:');
console.log(losoReport(loso).join('\n'));
console.log('');
console.log(formatSourceTable(loso).join('\n'));
const top = model.features
  .map((id, i) => [id, model.weights[i] as number] as const)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 25);
console.log('\nLargest weights (+ towards MARKETING, − towards UTILITY):');
for (const [id, w] of top) console.log(`  ${id.padEnd(40)} ${w >= 0 ? '+' : ''}${w.toFixed(3)}`);
