/**
 * Turns rule hits and the model's probability into a category, a confidence, a certainty and per-category scores.
 *
 * Meta's order (meta-rules-and-pricing.md §1): a template type that exists only as Marketing is Marketing; then
 * one-time-passcode content is Authentication ("Only authentication
 * templates can be used to send a one-time passcode", §1.4) — a rule, not a weight. Otherwise the category is
 * Marketing or Utility, and that call is the trained model's (./model): promotional and unclear content
 * ("mixed content is marketing") weigh heavily towards Marketing; specific, informational content towards Utility.
 * The model's probability is calibrated on templates from sources it was not trained on, so "0.8" means right
 * about 8 times in 10 on unseen data (`npm run eval` prints the reliability table).
 */
import type { Category } from '../template/schema';
import type { RuleHit } from '../types';
import type { Certainty } from './model/schema';
import type { RuleDefinition, RuleKind } from './types';

export interface Decision {
  category: Category;
  confidence: number;
  certainty: Certainty;
  scores: Record<Category, number>;
  /** Summed weights per kind of evidence. */
  evidence: Record<RuleKind, number>;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

export function decide(
  hits: readonly RuleHit[],
  kinds: ReadonlyMap<string, RuleDefinition>,
  pMarketing: number,
  certaintyOf: (confidence: number) => Certainty,
): Decision {
  const evidence: Record<RuleKind, number> = { format: 0, otp: 0, 'auth-form': 0, promo: 0, unclear: 0, anchor: 0 };
  for (const h of hits) {
    const kind = kinds.get(h.ruleId)?.kind;
    if (kind) evidence[kind] += h.weight;
  }
  const { otp, promo } = evidence;
  const authForm = evidence['auth-form'];

  // A template type Meta allows only as Marketing (carousel, limited-time offer, catalog…) is Marketing, whatever
  // its text says.
  if (evidence.format >= 1)
    return {
      category: 'MARKETING',
      confidence: 0.99,
      certainty: 'clear',
      scores: { AUTHENTICATION: 0, MARKETING: 0.99, UTILITY: 0.01 },
      evidence,
    };
  if (otp >= 1) {
    // DERIVED confidence: firmer with more OTP evidence and with Meta's fixed form, less with promotional content.
    const confidence = round(clamp(0.85 + 0.04 * (otp - 1) + 0.1 * authForm - (promo >= 1 ? 0.1 : 0), 0.6, 0.99));
    const rest = 1 - confidence;
    return {
      category: 'AUTHENTICATION',
      confidence,
      certainty: confidence >= 0.9 ? 'clear' : 'likely',
      scores: {
        AUTHENTICATION: confidence,
        MARKETING: round(rest * pMarketing),
        UTILITY: round(rest * (1 - pMarketing)),
      },
      evidence,
    };
  }
  const p = clamp(pMarketing, 0, 1);
  const category: Category = p >= 0.5 ? 'MARKETING' : 'UTILITY';
  const confidence = round(Math.max(p, 1 - p));
  // Some OTP wording without a code slot (a fraud warning that mentions codes) keeps a sliver of Authentication.
  const auth = otp > 0 ? round(Math.min(0.05, otp * 0.05)) : 0;
  return {
    category,
    confidence,
    certainty: certaintyOf(confidence),
    scores: { AUTHENTICATION: auth, MARKETING: round(p * (1 - auth)), UTILITY: round((1 - p) * (1 - auth)) },
    evidence,
  };
}
