/**
 * Evaluation of the category engine on a labelled JSONL corpus (../shared/corpus/dev.jsonl format: flat rows
 * with text/header/header_format/footer/buttons/language and the gold `label`). Rows are converted with
 * core/template/parse.ts WITHOUT their label, so the engine never sees the answer.
 */
import { analyzeTemplate } from '../core/analyze';
import { parseTemplates } from '../core/template/parse';
import { CATEGORIES, type Category } from '../core/template/schema';

export interface CorpusRow {
  id: string;
  label: Category;
  label_source: string;
  language: string;
  /** The flat template (everything but the gold label and provenance). */
  input: Record<string, unknown>;
}

export interface ClassStats {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface GroupStats {
  n: number;
  correct: number;
  accuracy: number;
}

export interface Mistake {
  id: string;
  label: Category;
  predicted: Category;
  confidence: number;
  rules: string[];
}

export interface EvaluationReport {
  n: number;
  /** confusion[actual][predicted] */
  confusion: Record<Category, Record<Category, number>>;
  perClass: Record<Category, ClassStats>;
  macroF1: number;
  accuracy: number;
  byLabelSource: Record<string, GroupStats>;
  byLanguage: Record<string, GroupStats>;
  mistakes: Mistake[];
  /** Rows that could not be read (line number and reason). */
  skipped: string[];
}

const PROVENANCE = new Set(['label', 'original_label', 'label_source', 'source', 'notes', 'status', 'category']);

/** Reads JSONL text into corpus rows; unreadable lines are reported, not thrown. */
export function readCorpus(text: string): { rows: CorpusRow[]; skipped: string[] } {
  const rows: CorpusRow[] = [];
  const skipped: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      skipped.push(`line ${i + 1}: not JSON`);
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      skipped.push(`line ${i + 1}: not an object`);
      return;
    }
    const o = obj as Record<string, unknown>;
    const label = o.label;
    if (!CATEGORIES.includes(label as Category)) {
      skipped.push(`line ${i + 1}: label must be one of ${CATEGORIES.join(', ')}`);
      return;
    }
    const input: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) if (!PROVENANCE.has(k)) input[k] = v;
    rows.push({
      id: typeof o.id === 'string' ? o.id : String(i + 1),
      label: label as Category,
      label_source: typeof o.label_source === 'string' ? o.label_source : 'unknown',
      language: typeof o.language === 'string' ? o.language : 'unknown',
      input,
    });
  });
  return { rows, skipped };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function evaluate(rows: readonly CorpusRow[], skipped: string[] = []): EvaluationReport {
  const confusion = Object.fromEntries(
    CATEGORIES.map((a) => [a, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]),
  ) as Record<Category, Record<Category, number>>;
  const byLabelSource: Record<string, GroupStats> = {};
  const byLanguage: Record<string, GroupStats> = {};
  const mistakes: Mistake[] = [];
  const bump = (table: Record<string, GroupStats>, key: string, ok: boolean) => {
    const g = table[key] ?? { n: 0, correct: 0, accuracy: 0 };
    g.n++;
    if (ok) g.correct++;
    g.accuracy = g.correct / g.n;
    table[key] = g;
  };
  let n = 0;
  for (const row of rows) {
    const parsed = parseTemplates(row.input);
    const draft = parsed.templates[0]?.draft;
    if (!draft) {
      skipped.push(`${row.id}: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
      continue;
    }
    const a = analyzeTemplate(draft);
    n++;
    confusion[row.label][a.category]++;
    const ok = a.category === row.label;
    bump(byLabelSource, row.label_source, ok);
    bump(byLanguage, row.language, ok);
    if (!ok)
      mistakes.push({
        id: row.id,
        label: row.label,
        predicted: a.category,
        confidence: a.confidence,
        rules: a.hits.map((h) => h.ruleId),
      });
  }
  const perClass = {} as Record<Category, ClassStats>;
  for (const c of CATEGORIES) {
    const tp = confusion[c][c];
    const predicted = CATEGORIES.reduce((s, a) => s + confusion[a][c], 0);
    const support = CATEGORIES.reduce((s, p) => s + confusion[c][p], 0);
    const precision = ratio(tp, predicted);
    const recall = ratio(tp, support);
    perClass[c] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support };
  }
  const macroF1 = CATEGORIES.reduce((s, c) => s + perClass[c].f1, 0) / CATEGORIES.length;
  const correct = CATEGORIES.reduce((s, c) => s + confusion[c][c], 0);
  return { n, confusion, perClass, macroF1, accuracy: ratio(correct, n), byLabelSource, byLanguage, mistakes, skipped };
}

/** CI gate from issue 3: macro-F1 ≥ 0.95 and every AUTHENTICATION template recognised. */
export function passesGate(r: EvaluationReport): boolean {
  return r.macroF1 >= 0.95 && r.perClass.AUTHENTICATION.recall >= 1;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number) => (s.length >= w ? s : ' '.repeat(w - s.length) + s);

export function formatReport(r: EvaluationReport): string {
  const out: string[] = [];
  const short: Record<Category, string> = {
    MARKETING: 'MARKETING',
    UTILITY: 'UTILITY',
    AUTHENTICATION: 'AUTHENTICATION',
  };
  out.push(`Templates evaluated: ${r.n}${r.skipped.length ? ` (skipped ${r.skipped.length})` : ''}`);
  out.push('');
  out.push('Confusion matrix (rows = gold label, columns = predicted):');
  out.push(pad('', 16) + CATEGORIES.map((c) => lpad(short[c], 16)).join(''));
  for (const a of CATEGORIES)
    out.push(pad(short[a], 16) + CATEGORIES.map((p) => lpad(String(r.confusion[a][p]), 16)).join(''));
  out.push('');
  out.push(`${pad('class', 16)}${lpad('precision', 10)}${lpad('recall', 10)}${lpad('F1', 10)}${lpad('support', 10)}`);
  for (const c of CATEGORIES) {
    const s = r.perClass[c];
    out.push(
      `${pad(c, 16)}${lpad(s.precision.toFixed(3), 10)}${lpad(s.recall.toFixed(3), 10)}${lpad(s.f1.toFixed(3), 10)}${lpad(String(s.support), 10)}`,
    );
  }
  out.push('');
  out.push(`macro-F1: ${r.macroF1.toFixed(3)}   accuracy: ${pct(r.accuracy)}`);
  const group = (title: string, t: Record<string, GroupStats>) => {
    out.push('');
    out.push(title);
    for (const [k, g] of Object.entries(t).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])))
      out.push(`  ${pad(k, 22)}${lpad(`${g.correct}/${g.n}`, 9)}${lpad(pct(g.accuracy), 8)}`);
  };
  group('By label_source (correct/total):', r.byLabelSource);
  group('By language (correct/total):', r.byLanguage);
  if (r.mistakes.length) {
    out.push('');
    out.push('Mistakes:');
    for (const m of r.mistakes)
      out.push(
        `  ${m.id}: gold ${m.label}, predicted ${m.predicted} (${m.confidence.toFixed(2)}) rules: ${m.rules.join(', ') || '—'}`,
      );
  }
  for (const s of r.skipped) out.push(`skipped ${s}`);
  return out.join('\n');
}
