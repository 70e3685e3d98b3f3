/**
 * Turns rule hits into a category, a confidence and per-category scores.
 *
 * Order of Meta's rules (meta-rules-and-pricing.md §1): one-time-passcode content is Authentication;
 * otherwise ANY promotional or unclear content makes the template Marketing ("mixed content is marketing" is
 * a hard override, not a weight); otherwise specific-to-the-user or essential content is Utility; anything
 * else is generic, so Marketing with lower confidence. Weights only decide whether a kind of evidence is
 * present (sum ≥ 1) and how confident we are; the confidence figures are DERIVED, not Meta's.
 */
import type { Category } from '../template/schema';
import type { RuleHit } from '../types';
import type { RuleDefinition, RuleKind } from './types';

export interface Decision {
  category: Category;
  confidence: number;
  scores: Record<Category, number>;
  /** Summed weights per kind of evidence. */
  evidence: Record<RuleKind, number>;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number) => Math.round(x * 1000) / 1000;

export function decide(hits: readonly RuleHit[], kinds: ReadonlyMap<string, RuleDefinition>): Decision {
  const evidence: Record<RuleKind, number> = { otp: 0, 'auth-form': 0, promo: 0, unclear: 0, anchor: 0 };
  for (const h of hits) {
    const kind = kinds.get(h.ruleId)?.kind;
    if (kind) evidence[kind] += h.weight;
  }
  const { otp, promo, unclear, anchor } = evidence;
  const authForm = evidence['auth-form'];

  let category: Category;
  let confidence: number;
  if (otp >= 1) {
    category = 'AUTHENTICATION';
    confidence = clamp(0.85 + 0.04 * (otp - 1) + 0.1 * authForm - (promo >= 1 ? 0.1 : 0), 0.6, 0.99);
  } else if (promo >= 1 || unclear >= 1) {
    category = 'MARKETING';
    confidence =
      promo >= 1
        ? clamp(0.8 + 0.05 * (promo - 1) - (anchor >= 1 ? 0.05 : 0), 0.7, 0.98)
        : clamp(0.6 + 0.1 * (unclear - 1) + 0.1 * promo, 0.55, 0.8);
  } else if (anchor >= 1) {
    category = 'UTILITY';
    confidence = clamp(0.65 + 0.08 * (anchor - 1) - 0.2 * promo - 0.1 * otp, 0.5, 0.95);
  } else {
    // Generic: neither promotional nor specific. Meta treats unclear content as Marketing.
    category = 'MARKETING';
    confidence = clamp(0.55 + 0.15 * promo - 0.1 * anchor, 0.5, 0.7);
  }

  const raw: Record<Category, number> = {
    AUTHENTICATION: otp + authForm,
    MARKETING: promo + unclear,
    UTILITY: anchor,
  };
  const others = (Object.keys(raw) as Category[]).filter((c) => c !== category);
  const rest = 1 - confidence;
  const weightOf = (c: Category) => raw[c] + 0.1;
  const total = others.reduce((s, c) => s + weightOf(c), 0);
  const scores = { AUTHENTICATION: 0, MARKETING: 0, UTILITY: 0 } as Record<Category, number>;
  scores[category] = round(confidence);
  for (const c of others) scores[c] = round((rest * weightOf(c)) / total);
  return { category, confidence: round(confidence), scores, evidence };
}
