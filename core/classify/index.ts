/**
 * Category classifier: rules (./rules, one per file) → decision (./decide.ts) → verdict (./verdict.ts).
 * Pure TypeScript; phrase lists are compiled once at module load.
 */
import type { Category, TemplateDraft } from '../template/schema';
import type { Certainty, RuleHit, Signal } from '../types';
import { type AuthFormCheck, checkAuthForm } from './auth-form';
import { codeSlotNear } from './code-slot';
import { decide } from './decide';
import { type EngineResult, runRules } from './engine';
import { extractFeatures, type FeatureVector } from './features';
import { type AlignedModel, alignModel, certaintyOf, MODEL, scoreFeatures } from './model';
import { explanationHit, signalsToward } from './model/explain';
import { RULES } from './rules';
import type { FieldText, RuleDoc } from './types';

export { type AuthFormCheck, checkAuthForm } from './auth-form';
export { type Decision, decide } from './decide';
export { PHRASE_SPECS } from './engine';
export { FEATURES, type FeatureDefinition, type FeatureVector } from './features';
export { type AlignedModel, alignModel, type CategoryModel, MODEL, ModelSchema } from './model';
export type { PhraseData, PhraseEntry, RuleDefinition, RuleDoc, RuleExample } from './types';
export { type VerdictInput, verdictFor } from './verdict';

export interface Classification {
  category: Category;
  confidence: number;
  certainty: Certainty;
  scores: Record<Category, number>;
  hits: RuleHit[];
  /** Model features that pushed the prediction, strongest first (empty for Authentication and empty drafts). */
  signals: Signal[];
  authForm: AuthFormCheck;
  /** True when the draft has no text at all to judge. */
  empty: boolean;
}

/**
 * One-time-code evidence is decisive only next to a slot for the code (see ./code-slot.ts): text that only mentions
 * codes ("never share your OTP with anyone", a fraud alert, a footer reminder) is not an OTP message. DERIVED.
 */
function nearCodeSlot(hit: RuleHit, fields: readonly FieldText[]): boolean {
  return hit.evidence.some((span) => {
    const f = fields.find((x) => x.field === span.field);
    return (f?.kind === 'body' || f?.kind === 'header') && codeSlotNear(f.text, span.start, span.end) !== null;
  });
}

const ZERO: Record<Category, number> = { AUTHENTICATION: 0, MARKETING: 0, UTILITY: 0 };
const SHIPPED_MODEL = alignModel(MODEL);

/** Rules, concepts and features of a draft: everything the decision reads (also what `npm run train` learns from). */
export interface Inspection {
  draft: TemplateDraft;
  result: EngineResult;
  features: FeatureVector;
  /** True when there is nothing to judge (no text, and no authentication-only options). */
  empty: boolean;
}

export function inspectTemplate(draft: TemplateDraft): Inspection {
  const safe: TemplateDraft = draft && Array.isArray(draft.components) ? draft : { components: [] };
  const result = runRules(safe);
  const hasText = result.fields.some((f) => f.kind !== 'buttonUrl' && f.text.trim().length > 0);
  // No text at all is "empty" — unless authentication-only options (OTP button, code expiry) say what it is.
  const empty = !hasText && !result.hits.some((h) => h.ruleId === 'otp-button');
  // OTP evidence far from any slot for the code is kept for the explanation but is no longer decisive.
  for (const h of result.hits)
    if (result.kinds.get(h.ruleId)?.kind === 'otp' && h.ruleId !== 'otp-button' && !nearCodeSlot(h, result.fields))
      h.weight = Math.min(h.weight, 0.5);
  return { draft: safe, result, features: extractFeatures(safe, result.fields, result.hits, result.concepts), empty };
}

/** Kinds of rule evidence that already explain a prediction, so the model's own explanation is not needed. */
const EXPLAINING_KINDS: Record<'MARKETING' | 'UTILITY', ReadonlySet<string>> = {
  MARKETING: new Set(['format', 'promo', 'unclear']),
  UTILITY: new Set(['anchor']),
};

/** Predicts Meta's category for a draft. Never throws; a broken draft is treated as empty. */
export function classifyTemplate(draft: TemplateDraft, model: AlignedModel = SHIPPED_MODEL): Classification {
  const inspection = inspectTemplate(draft);
  const { result, features } = inspection;
  if (inspection.empty)
    return {
      category: 'MARKETING',
      confidence: 0,
      certainty: 'uncertain',
      scores: { ...ZERO },
      hits: [],
      signals: [],
      authForm: { fixed: false, problems: ['no text'] },
      empty: true,
    };
  const score = scoreFeatures(features, model);
  const d = decide(result.hits, result.kinds, score.pMarketing, (c) => certaintyOf(c, model.model));
  let hits = result.hits;
  let signals: Signal[] = [];
  if (d.category !== 'AUTHENTICATION') {
    signals = signalsToward(d.category, features, score);
    const kinds = EXPLAINING_KINDS[d.category];
    const explained = hits.some((h) => kinds.has(result.kinds.get(h.ruleId)?.kind ?? ''));
    // "Nothing specific to the user" explains a Marketing call; next to a Utility prediction it would contradict it.
    if (d.category === 'UTILITY') hits = hits.filter((h) => h.ruleId !== 'no-specific-anchor');
    const why = explained ? null : explanationHit(d.category, signals);
    if (why) hits = [...hits, why];
  }
  return {
    category: d.category,
    confidence: d.confidence,
    certainty: d.certainty,
    scores: d.scores,
    hits,
    signals,
    // Only needed when authentication is selected or predicted; skipped otherwise to keep analysis cheap.
    authForm:
      inspection.draft.category === 'AUTHENTICATION' || d.category === 'AUTHENTICATION'
        ? checkAuthForm(result.fields, result.hits)
        : { fixed: false, problems: ['not checked: not an authentication template'] },
    empty: false,
  };
}

/** Rule documentation for the popup: what each rule looks for, which Meta rule it rests on, examples. */
export function listRules(): RuleDoc[] {
  return RULES.map((r) => ({
    id: r.id,
    category: r.category,
    weight: r.weight,
    title: r.title,
    description: r.description,
    source: r.source,
    languages: [
      ...new Set([
        ...Object.keys(r.phrases ?? {}),
        ...Object.values(r.lists ?? {}).flatMap((l) => Object.keys(l)),
        ...r.examples.match.map((e) => e.lang),
      ]),
    ].sort(),
    examples: r.examples,
  }));
}
