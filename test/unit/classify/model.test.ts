/**
 * The shipped category model (core/classify/model/model.json) against the code and data it was trained from:
 * it must be current (retraining on test/corpus + the dev corpus gives the same file), know every feature, and
 * have learned directions that agree with Meta's criteria for the unambiguous concepts and rule kinds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTrainingData } from '../../../cli/model/dataset';
import { DEFAULT_OPTIONS, dataHash, type Example, prepareExamples, trainModel } from '../../../cli/model/fit';
import { FEATURES } from '../../../core/classify';
import { CONCEPTS } from '../../../core/classify/concepts';
import { MODEL } from '../../../core/classify/model';

const weightOf = (id: string) => MODEL.weights[MODEL.features.indexOf(id)] ?? Number.NaN;

describe('shipped category model', () => {
  let examples: Example[] = [];
  beforeAll(() => {
    examples = prepareExamples(loadTrainingData().rows).examples;
  });

  it('is trained on the current features and data (run `npm run train` when this fails)', () => {
    expect(MODEL.features).toEqual(FEATURES.map((f) => f.id));
    expect(MODEL.training.dataHash).toBe(dataHash(examples, { ...DEFAULT_OPTIONS, l2: MODEL.training.l2 }));
  });

  it('is what a fresh, deterministic training run writes', () => {
    const { model } = trainModel(examples, DEFAULT_OPTIONS);
    const committed = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../../core/classify/model/model.json'), 'utf8'),
    );
    expect(model).toEqual(committed);
  }, 60_000);

  it('learned that promotional and unclear evidence mean Marketing and specific evidence means Utility', () => {
    expect(weightOf('kind:promo')).toBeGreaterThan(1);
    expect(weightOf('kind:unclear')).toBeGreaterThan(0);
    expect(weightOf('kind:anchor')).toBeLessThan(0);
  });

  it('weighs each unambiguous concept in the direction Meta’s criteria give it', () => {
    // Concepts whose words are unambiguous in templates. Others may go either way: "order" and "amount" words are in
    // every coupon ("% off your next order"), and the utility rules already carry most of their weight.
    const firm = [
      'case',
      'document',
      'alert',
      'compliance',
      'notice',
      'offer',
      'novelty',
      'relationship',
      'event',
      'retargeting',
    ];
    for (const c of CONCEPTS.filter((c) => firm.includes(c.id))) {
      const w = weightOf(`concept:${c.id}`);
      if (c.leaning === 'utility') expect(w, c.id).toBeLessThan(0);
      if (c.leaning === 'marketing') expect(w, c.id).toBeGreaterThan(0);
    }
  });
});
