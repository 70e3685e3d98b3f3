/**
 * Category classifier: rules (./rules, one per file) → decision (./decide.ts) → verdict (./verdict.ts).
 * Pure TypeScript; phrase lists are compiled once at module load.
 */
import type { Category, TemplateDraft } from '../template/schema';
import type { RuleHit } from '../types';
import { type AuthFormCheck, checkAuthForm } from './auth-form';
import { decide } from './decide';
import { runRules } from './engine';
import { RULES } from './rules';
import type { FieldText, RuleDoc } from './types';

export { type AuthFormCheck, checkAuthForm } from './auth-form';
export { type Decision, decide } from './decide';
export { PHRASE_SPECS } from './engine';
export type { PhraseData, PhraseEntry, RuleDefinition, RuleDoc, RuleExample } from './types';
export { type VerdictInput, verdictFor } from './verdict';

export interface Classification {
  category: Category;
  confidence: number;
  scores: Record<Category, number>;
  hits: RuleHit[];
  authForm: AuthFormCheck;
  /** True when the draft has no text at all to judge. */
  empty: boolean;
}

const CODE_SLOT = /\{\{[^{}]*\}\}|\p{Nd}{4,}|(?=[\p{L}\p{Nd}]*\p{Nd})(?=[\p{L}\p{Nd}]*\p{L})[\p{L}\p{Nd}]{5,}/u;

/**
 * A variable right after a greeting ("Hola {{1}},", "Hi {{name}}", "Gentile {{1}}") holds the customer's name, not a
 * code: "Hola {{1}}, nunca te pediremos tu código de verificación" is a fraud warning, not an OTP message. DERIVED.
 */
const GREETING_VARIABLE =
  /(^|[^\p{L}])(hi|hello|hey|dear|hola|buenas|buenos d[ií]as|ol[aá]|oi|prezad[oa]s?(\(a\))?|car[oa]|querid[oa]|estimad[oa]s?|ciao|salve|gentile|egregi[oa]|bonjour|hallo)[ \t]*,?[ \t]*\{\{[^{}]*\}\}/giu;

function hasCodeSlot(fields: readonly FieldText[]): boolean {
  return fields.some(
    (f) => (f.kind === 'body' || f.kind === 'header') && CODE_SLOT.test(f.text.replace(GREETING_VARIABLE, '$1$2')),
  );
}

const ZERO: Record<Category, number> = { AUTHENTICATION: 0, MARKETING: 0, UTILITY: 0 };

/** Predicts Meta's category for a draft. Never throws; a broken draft is treated as empty. */
export function classifyTemplate(draft: TemplateDraft): Classification {
  const safe: TemplateDraft = draft && Array.isArray(draft.components) ? draft : { components: [] };
  const result = runRules(safe);
  const hasText = result.fields.some((f) => f.kind !== 'buttonUrl' && f.text.trim().length > 0);
  // No text at all is "empty" — unless authentication-only options (OTP button, code expiry) say what it is.
  if (!hasText && !result.hits.some((h) => h.ruleId === 'otp-button'))
    return {
      category: 'MARKETING',
      confidence: 0,
      scores: { ...ZERO },
      hits: [],
      authForm: { fixed: false, problems: ['no text'] },
      empty: true,
    };
  // A one-time code needs a slot for the code: a variable, or a literal code (4+ digits, or letters mixed with
  // digits). Text that only mentions codes ("never share your OTP with anyone", a fraud alert) is not an OTP
  // message, so its OTP evidence is kept for the explanation but is no longer decisive. DERIVED.
  const otpHits = result.hits.filter((h) => result.kinds.get(h.ruleId)?.kind === 'otp' && h.ruleId !== 'otp-button');
  if (otpHits.length > 0 && !hasCodeSlot(result.fields)) for (const h of otpHits) h.weight = Math.min(h.weight, 0.5);
  const d = decide(result.hits, result.kinds);
  return {
    category: d.category,
    confidence: d.confidence,
    scores: d.scores,
    hits: result.hits,
    // Only needed when authentication is selected or predicted; skipped otherwise to keep analysis cheap.
    authForm:
      safe.category === 'AUTHENTICATION' || d.category === 'AUTHENTICATION'
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
