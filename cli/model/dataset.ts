/**
 * The labelled templates the category model learns from, each tagged with its source (the unit of the
 * leave-one-source-out split): the development corpus (../shared/corpus/dev.jsonl), split into its source groups,
 * and the sets written for this project (test/corpus/*.jsonl: translations and paraphrases of Meta's examples in
 * ten languages, business exports, borderline cases), one source per file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CorpusRow, readCorpus } from '../evaluation';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEV_CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/dev.jsonl');
export const WRITTEN_CORPUS_DIR = path.resolve(REPO_ROOT, 'test/corpus');

export interface SourcedRow extends CorpusRow {
  source: string;
}

/** Source group of a dev-corpus row, from its id prefix (../shared/corpus/README.md "Groups"). */
export function devSource(id: string): string {
  if (id.startsWith('meta-cat-')) return 'dev/meta-guideline-examples';
  if (id.startsWith('meta-code-')) return 'dev/meta-code-samples';
  if (id.startsWith('exp-')) return 'dev/help-desk-exports';
  if (id.startsWith('auth-lang-')) return 'dev/auth-26-languages';
  if (id.startsWith('seed-')) return 'dev/brief-examples';
  return 'dev/providers';
}

export interface LoadedData {
  rows: SourcedRow[];
  /** Unreadable lines, per file. */
  skipped: string[];
  files: string[];
}

export function loadTrainingData(devPath = DEV_CORPUS, writtenDir = WRITTEN_CORPUS_DIR): LoadedData {
  const rows: SourcedRow[] = [];
  const skipped: string[] = [];
  const files: string[] = [];
  const dev = readCorpus(readFileSync(devPath, 'utf8'));
  files.push(devPath);
  for (const r of dev.rows) rows.push({ ...r, source: devSource(r.id) });
  skipped.push(...dev.skipped.map((s) => `${path.basename(devPath)} ${s}`));
  for (const name of readdirSync(writtenDir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const file = path.join(writtenDir, name);
    files.push(file);
    const parsed = readCorpus(readFileSync(file, 'utf8'));
    const source = name.replace(/\.jsonl$/, '');
    for (const r of parsed.rows) rows.push({ ...r, source });
    skipped.push(...parsed.skipped.map((s) => `${name} ${s}`));
  }
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.id)) throw new Error(`duplicate template id ${r.id} (${r.source})`);
    seen.add(r.id);
  }
  return { rows, skipped, files };
}
