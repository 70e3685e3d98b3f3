/**
 * Result types shared by the engine (core/classify, core/lint), the UI (panel, popup) and the CLI.
 * Every user-facing string is Localized so the UI can show it in English, Spanish or Portuguese;
 * the CLI prints `.en`.
 */
import type { Category, FieldRef } from './template/schema';

export const UI_LANGS = ['en', 'es', 'pt'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export type Localized = Record<UiLang, string>;

export type Severity = 'error' | 'warning' | 'info';

/** A stretch of one field's text. Offsets are UTF-16 indices into that field's original (un-normalised) text. */
export interface Span {
  field: FieldRef;
  start: number;
  end: number;
  text: string;
}

/** The Meta rule a finding rests on: section of ../shared/reference/meta-rules-and-pricing.md and Meta's words. */
export interface MetaSource {
  section: string;
  quote: string;
}

/** A category rule that fired. */
export interface RuleHit {
  ruleId: string;
  /** Which category the rule pushes towards. */
  category: Category;
  weight: number;
  title: Localized;
  source: MetaSource;
  evidence: Span[];
  /** What to change, concretely. */
  suggestion: Localized;
}

/**
 * One feature of the category model that pushed the prediction (core/classify/features.ts): a concept such as
 * "order or delivery", a shape such as "a reference number", or a rule. `weight` is its share of the model's
 * logit, in the direction of `toward`.
 */
export interface Signal {
  feature: string;
  title: Localized;
  toward: Category;
  weight: number;
  evidence: Span[];
}

/** How sure the prediction is: clear (right ≥ 9 in 10 on unseen templates), likely, or uncertain (either way). */
export type Certainty = 'clear' | 'likely' | 'uncertain';

/** A structural problem (length, variables, buttons, authentication constraints). */
export interface LintFinding {
  id: string;
  severity: Severity;
  message: Localized;
  span?: Span;
  source: MetaSource;
  suggestion: Localized;
}

/**
 * Stable verdict codes (also the content script's `data-verdict` test contract):
 * - ok: Meta will most likely approve the template in the selected category.
 * - no-selection: no category selected yet; `category` is the prediction.
 * - will-be-marketing: selected UTILITY (or AUTHENTICATION-free text), Meta will approve it as MARKETING.
 * - will-be-rejected-otp: OTP content in a UTILITY/MARKETING template; Meta rejects it.
 * - auth-not-compliant: selected AUTHENTICATION but the text/buttons are not Meta's fixed authentication form.
 * - could-be-utility: selected MARKETING but the content qualifies as UTILITY (cheaper).
 * - uncertain: selected UTILITY, and Meta could go either way (the Marketing/Utility call is uncertain).
 * - empty: nothing to analyse yet.
 * - not-detected: (content script only) no editor recognised on the page.
 */
export const VERDICT_CODES = [
  'ok',
  'no-selection',
  'will-be-marketing',
  'will-be-rejected-otp',
  'auth-not-compliant',
  'could-be-utility',
  'uncertain',
  'empty',
  'not-detected',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

export interface Verdict {
  code: VerdictCode;
  message: Localized;
}

export interface Analysis {
  category: Category;
  confidence: number;
  certainty: Certainty;
  scores: Record<Category, number>;
  selectedCategory: Category | null;
  verdict: Verdict;
  hits: RuleHit[];
  /** The model features that pushed the prediction most, strongest first. */
  signals: Signal[];
  lint: LintFinding[];
}
