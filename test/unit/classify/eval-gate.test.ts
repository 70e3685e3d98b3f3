/**
 * The CI gate (issues 3 and 10): on the development corpus, macro-F1 ≥ 0.97 and every AUTHENTICATION template
 * recognised. Same code path as `npm run eval`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, passesGate, readCorpus } from '../../../cli/evaluation';

const DEV = path.resolve(__dirname, '../../../../shared/corpus/dev.jsonl');

describe('dev corpus evaluation gate', () => {
  it('finds the development corpus', () => {
    expect(existsSync(DEV)).toBe(true);
  });

  it('reaches macro-F1 ≥ 0.97 and AUTHENTICATION recall = 1', () => {
    const { rows, skipped } = readCorpus(readFileSync(DEV, 'utf8'));
    expect(skipped).toEqual([]);
    const report = evaluate(rows);
    expect(report.n).toBe(rows.length);
    expect(report.perClass.AUTHENTICATION.recall).toBe(1);
    expect(report.macroF1).toBeGreaterThanOrEqual(0.97);
    expect(passesGate(report)).toBe(true);
  });

  it('never lets the engine see the gold label', () => {
    const { rows } = readCorpus('{"id":"x","text":"Your order {{1}} shipped.","label":"MARKETING","label_source":"t"}');
    expect(rows[0]?.input).not.toHaveProperty('label');
    expect(evaluate(rows).mistakes[0]?.predicted).toBe('UTILITY');
  });

  it('reports unreadable lines instead of throwing', () => {
    const { rows, skipped } = readCorpus('not json\n{"label":"X"}\n\n{"id":"a","text":"hi","label":"UTILITY"}');
    expect(rows).toHaveLength(1);
    expect(skipped).toHaveLength(2);
  });
});
