/** Text tables for leave-one-source-out predictions (npm run eval, npm run train). */
import type { Prediction } from './fit';
import { formatMetrics, metricsOf } from './metrics';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));
const lpad = (s: string, w: number) => (s.length >= w ? s : ' '.repeat(w - s.length) + s);

export function losoReport(predictions: readonly Prediction[]): string[] {
  return [`Templates: ${predictions.length}`, '', ...formatMetrics(metricsOf(predictions))];
}

/** One line per held-out source: size, accuracy, macro-F1, false Marketing on Utility. */
export function formatSourceTable(predictions: readonly Prediction[]): string[] {
  const bySource = new Map<string, Prediction[]>();
  for (const p of predictions) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const out = [
    `${pad('held-out source', 38)}${lpad('n', 5)}${lpad('accuracy', 10)}${lpad('macro-F1', 10)}${lpad('Utility→Marketing', 19)}`,
  ];
  for (const [source, ps] of [...bySource].sort(([a], [b]) => a.localeCompare(b))) {
    const m = metricsOf(ps);
    const fm = m.perClass.UTILITY.support
      ? `${m.falseMarketing}/${m.perClass.UTILITY.support} (${pct(m.falseMarketingRate)})`
      : '—';
    out.push(
      `${pad(source, 38)}${lpad(String(ps.length), 5)}${lpad(pct(m.accuracy), 10)}${lpad(m.macroF1.toFixed(3), 10)}${lpad(fm, 19)}`,
    );
  }
  return out;
}
