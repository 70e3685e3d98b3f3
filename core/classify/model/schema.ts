/**
 * The trained category model as shipped data (model.json, written by `npm run train`; never edit by hand).
 * A logistic regression over the language-independent features of ../features.ts: P(MARKETING) against
 * UTILITY for templates that are not one-time-passcode messages (those are decided by Meta's rule, §1.4).
 */
import { z } from 'zod';
import type { Certainty } from '../../types';

export const CertaintySchema = z.enum(['clear', 'likely', 'uncertain']) satisfies z.ZodType<Certainty>;
export type { Certainty };

export const ModelSchema = z
  .object({
    version: z.literal(1),
    kind: z.literal('logistic-regression'),
    /** What the probability is of. */
    target: z.literal('MARKETING rather than UTILITY'),
    features: z.array(z.string().min(1)),
    weights: z.array(z.number()),
    bias: z.number(),
    /** Calibration: the logit is divided by this before the sigmoid (fitted on leave-one-source-out logits). */
    temperature: z.number().positive(),
    /** Confidence (probability of the predicted category) from which a prediction is clear / likely. */
    certainty: z.object({ clear: z.number().min(0.5).max(1), likely: z.number().min(0.5).max(1) }),
    training: z.object({
      rows: z.number().int().nonnegative(),
      /** Rows per source (the unit of the leave-one-source-out split). */
      sources: z.record(z.string(), z.number().int().nonnegative()),
      l2: z.number().nonnegative(),
      /** Hash of the training rows and feature list, so a stale model is detected (test/unit/classify/model.test.ts). */
      dataHash: z.string(),
    }),
  })
  .refine((m) => m.features.length === m.weights.length, 'one weight per feature')
  .refine((m) => m.certainty.clear >= m.certainty.likely, 'clear ≥ likely');
export type CategoryModel = z.infer<typeof ModelSchema>;
