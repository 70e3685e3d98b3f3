/**
 * Scores of a set of predictions: confusion matrix, per-class precision/recall/F1, macro-F1, the false-alarm rate
 * the issue tracks (approved Utility predicted Marketing), and a reliability table (confidence bucket → how often
 * the prediction was right), per source and overall.
 */
import { CATEGORIES, type Category } from '../../core/template/schema';
import type { Certainty } from '../../core/types';

export interface Scored {
  label: Category;
  predicted: Category;
  confidence: number;
  certainty: Certainty;
}

export interface ClassStats {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ReliabilityRow {
  /** Bucket [from, to) of the confidence (the probability of the predicted category). */
  from: number;
  to: number;
  n: number;
  correct: number;
}

export interface Metrics {
  n: number;
  confusion: Record<Category, Record<Category, number>>;
  perClass: Record<Category, ClassStats>;
  macroF1: number;
  accuracy: number;
  /** Gold UTILITY predicted MARKETING, over gold UTILITY. */
  falseMarketingRate: number;
  falseMarketing: number;
  reliability: ReliabilityRow[];
  byCertainty: Record<Certainty, { n: number; correct: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const BUCKETS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function metricsOf(items: readonly Scored[]): Metrics {
  const confusion = Object.fromEntries(
    CATEGORIES.map((a) => [a, Object.fromEntries(CATEGORIES.map((p) => [p, 0]))]),
  ) as Record<Category, Record<Category, number>>;
  const reliability: ReliabilityRow[] = BUCKETS.slice(0, -1).map((from, i) => ({
    from,
    to: BUCKETS[i + 1] as number,
    n: 0,
    correct: 0,
  }));
  const byCertainty: Record<Certainty, { n: number; correct: number }> = {
    clear: { n: 0, correct: 0 },
    likely: { n: 0, correct: 0 },
    uncertain: { n: 0, correct: 0 },
  };
  for (const it of items) {
    confusion[it.label][it.predicted]++;
    const ok = it.label === it.predicted ? 1 : 0;
    const bucket = reliability.find((b) => it.confidence >= b.from && it.confidence < b.to) ?? reliability[0];
    if (bucket) {
      bucket.n++;
      bucket.correct += ok;
    }
    byCertainty[it.certainty].n++;
    byCertainty[it.certainty].correct += ok;
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
  // Macro-F1 over the classes present (a source without Authentication templates is not penalised for it).
  const present = CATEGORIES.filter((c) => perClass[c].support > 0 || CATEGORIES.some((a) => confusion[a][c] > 0));
  const macroF1 = ratio(
    present.reduce((s, c) => s + perClass[c].f1, 0),
    present.length,
  );
  const correct = CATEGORIES.reduce((s, c) => s + confusion[c][c], 0);
  const falseMarketing = confusion.UTILITY.MARKETING;
  return {
    n: items.length,
    confusion,
    perClass,
    macroF1,
    accuracy: ratio(correct, items.length),
    falseMarketingRate: ratio(falseMarketing, perClass.UTILITY.support),
    falseMarketing,
    reliability,
    byCertainty,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number) => (s.length >= w ? s : ' '.repeat(w - s.length) + s);

export function formatMetrics(m: Metrics): string[] {
  const out: string[] = [];
  out.push('Confusion matrix (rows = gold label, columns = predicted):');
  out.push(pad('', 16) + CATEGORIES.map((c) => lpad(c, 16)).join(''));
  for (const a of CATEGORIES)
    out.push(pad(a, 16) + CATEGORIES.map((p) => lpad(String(m.confusion[a][p]), 16)).join(''));
  out.push('');
  out.push(`${pad('class', 16)}${lpad('precision', 10)}${lpad('recall', 10)}${lpad('F1', 10)}${lpad('support', 10)}`);
  for (const c of CATEGORIES) {
    const s = m.perClass[c];
    out.push(
      `${pad(c, 16)}${lpad(s.precision.toFixed(3), 10)}${lpad(s.recall.toFixed(3), 10)}${lpad(s.f1.toFixed(3), 10)}${lpad(String(s.support), 10)}`,
    );
  }
  out.push('');
  out.push(`macro-F1: ${m.macroF1.toFixed(3)}   accuracy: ${pct(m.accuracy)}`);
  out.push(
    `false "will be Marketing" on Utility: ${m.falseMarketing}/${m.perClass.UTILITY.support} (${pct(m.falseMarketingRate)})`,
  );
  out.push('');
  out.push('Reliability (confidence of the predicted category → observed accuracy):');
  for (const r of m.reliability)
    out.push(
      `  ${r.from.toFixed(1)}–${Math.min(1, r.to).toFixed(1)}  ${lpad(String(r.n), 5)} templates  ${r.n ? lpad(pct(r.correct / r.n), 7) : '      —'}`,
    );
  out.push(
    `By certainty: ${(['clear', 'likely', 'uncertain'] as const)
      .map(
        (c) =>
          `${c} ${m.byCertainty[c].correct}/${m.byCertainty[c].n}${m.byCertainty[c].n ? ` (${pct(m.byCertainty[c].correct / m.byCertainty[c].n)})` : ''}`,
      )
      .join(', ')}`,
  );
  return out;
}
