/**
 * Scores a feature vector with the shipped model. The model's feature list is matched to ../features.ts by id,
 * so a feature the model does not know weighs nothing (and the model test fails until it is retrained).
 */

import type { FeatureVector } from '../features';
import { FEATURES } from '../features';
import MODEL_JSON from './model.json';
import { type CategoryModel, type Certainty, ModelSchema } from './schema';

export { type CategoryModel, type Certainty, CertaintySchema, ModelSchema } from './schema';

export const MODEL: CategoryModel = ModelSchema.parse(MODEL_JSON);

export interface AlignedModel {
  model: CategoryModel;
  /** Weight per entry of FEATURES (0 for features the model does not know). */
  weights: Float64Array;
}

export function alignModel(model: CategoryModel): AlignedModel {
  const byId = new Map(model.features.map((id, i) => [id, model.weights[i] as number]));
  return { model, weights: Float64Array.from(FEATURES, (f) => byId.get(f.id) ?? 0) };
}

const SHIPPED = alignModel(MODEL);

export interface ModelScore {
  /** Calibrated probability that Meta gives MARKETING rather than UTILITY. */
  pMarketing: number;
  /** Per-feature contribution to the (uncalibrated) logit: positive pushes towards MARKETING. */
  contributions: Float64Array;
}

export function scoreFeatures(vector: FeatureVector, aligned: AlignedModel = SHIPPED): ModelScore {
  const { values } = vector;
  const contributions = new Float64Array(values.length);
  let logit = aligned.model.bias;
  for (let i = 0; i < values.length; i++) {
    const c = (values[i] as number) * (aligned.weights[i] as number);
    contributions[i] = c;
    logit += c;
  }
  return { pMarketing: 1 / (1 + Math.exp(-logit / aligned.model.temperature)), contributions };
}

export function certaintyOf(confidence: number, model: CategoryModel = MODEL): Certainty {
  if (confidence >= model.certainty.clear) return 'clear';
  if (confidence >= model.certainty.likely) return 'likely';
  return 'uncertain';
}
