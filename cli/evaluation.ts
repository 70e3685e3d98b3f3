/**
 * Evaluation of the category engine on a labelled JSONL corpus (../shared/corpus/dev.jsonl format: flat rows
 * with text/header/header_format/footer/buttons/language and the gold `label`). Rows are converted with
 * core/template/parse.ts WITHOUT their label, so the engine never sees the answer.
 */
import { analyzeTemplate } from '../core/analyze';
import { parseTemplates } from '../core/template/parse';
import { CATEGORIES, type Category } from '../core/template/schema';
import type { Certainty } from '../core/types';
import { formatMetrics, type Metrics, metricsOf, type Scored } from './model/metrics';

export interface CorpusRow {
  id: string;
  label: Category;
  label_source: string;
  language: string;
  /** The flat template (everything but the gold label and provenance). */
  input: Record<string, unknown>;
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
  certainty: Certainty;
  rules: string[];
}

export interface EvaluationReport extends Metrics {
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

export function evaluate(rows: readonly CorpusRow[], skipped: string[] = []): EvaluationReport {
  const byLabelSource: Record<string, GroupStats> = {};
  const byLanguage: Record<string, GroupStats> = {};
  const mistakes: Mistake[] = [];
  const scored: Scored[] = [];
  const bump = (table: Record<string, GroupStats>, key: string, ok: boolean) => {
    const g = table[key] ?? { n: 0, correct: 0, accuracy: 0 };
    g.n++;
    if (ok) g.correct++;
    g.accuracy = g.correct / g.n;
    table[key] = g;
  };
  for (const row of rows) {
    const parsed = parseTemplates(row.input);
    const draft = parsed.templates[0]?.draft;
    if (!draft) {
      skipped.push(`${row.id}: ${parsed.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
      continue;
    }
    const a = analyzeTemplate(draft);
    scored.push({ label: row.label, predicted: a.category, confidence: a.confidence, certainty: a.certainty });
    const ok = a.category === row.label;
    bump(byLabelSource, row.label_source, ok);
    bump(byLanguage, row.language, ok);
    if (!ok)
      mistakes.push({
        id: row.id,
        label: row.label,
        predicted: a.category,
        confidence: a.confidence,
        certainty: a.certainty,
        rules: a.hits.map((h) => h.ruleId),
      });
  }
  return { ...metricsOf(scored), byLabelSource, byLanguage, mistakes, skipped };
}

/** CI gate (issue 10): macro-F1 ≥ 0.97 on the development corpus and every AUTHENTICATION template recognised. */
export function passesGate(r: EvaluationReport): boolean {
  return r.macroF1 >= 0.97 && r.perClass.AUTHENTICATION.recall >= 1;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number) => (s.length >= w ? s : ' '.repeat(w - s.length) + s);

/** Per-group accuracy lines ("By language:" …). */
export function formatGroups(title: string, t: Record<string, GroupStats>): string[] {
  const out = ['', title];
  for (const [k, g] of Object.entries(t).sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])))
    out.push(`  ${pad(k, 34)}${lpad(`${g.correct}/${g.n}`, 9)}${lpad(pct(g.accuracy), 8)}`);
  return out;
}

export function formatReport(r: EvaluationReport): string {
  const out: string[] = [];
  out.push(`Templates evaluated: ${r.n}${r.skipped.length ? ` (skipped ${r.skipped.length})` : ''}`);
  out.push('');
  out.push(...formatMetrics(r));
  out.push(...formatGroups('By label_source (correct/total):', r.byLabelSource));
  out.push(...formatGroups('By language (correct/total):', r.byLanguage));
  if (r.mistakes.length) {
    out.push('');
    out.push('Mistakes:');
    for (const m of r.mistakes)
      out.push(
        `  ${m.id}: gold ${m.label}, predicted ${m.predicted} (${m.confidence.toFixed(2)}, ${m.certainty}) rules: ${m.rules.join(', ') || '—'}`,
      );
  }
  for (const s of r.skipped) out.push(`skipped ${s}`);
  return out.join('\n');
}
