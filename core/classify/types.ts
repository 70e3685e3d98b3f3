/**
 * Shapes of a category rule. A rule is one small declarative unit (one file in ./rules, id = file name):
 * per-language phrase data with a note per entry, the Meta wording it rests on, a concrete suggestion and
 * examples that the shared rule test runs (ESLint RuleTester / retext-equality data idea, see
 * ../shared/reference/peers-and-anchors.md §C.5).
 */
import { z } from 'zod';
import { type Category, type FieldRef, type TemplateDraft, TemplateFormatSchema } from '../template/schema';
import type { Localized, MetaSource, Span } from '../types';
import type { ConceptSpan } from './engine';

/** One phrase in one language. `p` uses the syntax of core/text/match.ts; `note` says what it is and why. */
export const PhraseEntrySchema = z.object({
  p: z.string().min(1),
  note: z.string().min(1),
  /** Overrides the rule weight for this phrase (e.g. 0.5 for a word that is only promotional in context). */
  w: z.number().min(0).max(3).optional(),
});
export type PhraseEntry = z.infer<typeof PhraseEntrySchema>;

/** Language code (ISO 639-1, or `xx` for entries that are language-neutral such as "OTP") → phrases. */
export const PhraseDataSchema = z.record(z.string().regex(/^[a-z]{2,3}$/), z.array(PhraseEntrySchema));
export type PhraseData = z.infer<typeof PhraseDataSchema>;

/** What a rule is evidence of; the decision treats the kinds differently (see ../decide.ts). */
/** `format`: the template type allows only one category (a carousel is Marketing), decided before anything else. */
export type RuleKind = 'format' | 'otp' | 'auth-form' | 'promo' | 'unclear' | 'anchor';

/** Which fields a phrase rule reads. */
export type FieldScope = 'all' | 'text' | 'buttons';

export const RuleExampleSchema = z.object({
  lang: z.string().min(2),
  /** The template type chosen in the editor (e.g. CAROUSEL), for rules about template types. */
  format: TemplateFormatSchema.optional(),
  body: z.string().optional(),
  header: z.string().optional(),
  footer: z.string().optional(),
  /** Button texts; `{type, text, example}` for typed buttons. */
  buttons: z
    .array(
      z.union([
        z.string(),
        z.object({ type: z.string(), text: z.string().optional(), example: z.string().optional() }),
      ]),
    )
    .optional(),
});
export type RuleExample = z.infer<typeof RuleExampleSchema>;

/** One text field of a draft, with its folded form. */
export interface FieldText {
  field: FieldRef;
  /** header/body/footer: template text; button: button label; buttonExample: a button's sample value. */
  kind: 'header' | 'body' | 'footer' | 'button' | 'buttonExample' | 'buttonUrl';
  text: string;
}

/** What a computed rule (`detect`) can see. */
export interface RuleContext {
  draft: TemplateDraft;
  fields: FieldText[];
  /** Evidence already found by phrase rules, by rule id. */
  hits: ReadonlyMap<string, Span[]>;
  /** Evidence of a named phrase list of this rule (`lists`), by list name. */
  lists: ReadonlyMap<string, Span[]>;
  /** Concept mentions in the draft's texts (../concepts), any language. */
  concepts: readonly ConceptSpan[];
}

export interface RuleDefinition {
  id: string;
  category: Category;
  kind: RuleKind;
  /** Additive weight; 1 or more is decisive for promo/otp/anchor kinds (see ../decide.ts). */
  weight: number;
  title: Localized;
  /** What the rule looks for, in plain words (rule docs in the popup). */
  description: string;
  /** Meta's rule it rests on: section of meta-rules-and-pricing.md and Meta's words. Mark inferred rules DERIVED. */
  source: MetaSource;
  /** A concrete fix. `{quote}` is replaced with the sentence that triggered the rule. */
  suggestion: Localized;
  /** Fields a phrase rule reads (default 'all'). */
  fields?: FieldScope;
  /** Phrase data: the rule fires when any phrase matches (and `requires`, if given, also matches). */
  phrases?: PhraseData;
  /** A second phrase list that must ALSO match somewhere (e.g. an apology AND a credit). */
  requires?: PhraseData;
  /** Extra named phrase lists that only a computed rule reads (through ctx.lists). */
  lists?: Record<string, PhraseData>;
  /** Computed rules: return evidence when the rule fires, or null. Runs after all phrase rules. */
  detect?: (ctx: RuleContext) => Span[] | null;
  examples: { match: RuleExample[]; noMatch: RuleExample[] };
}

/** Identity helper that gives rule files type checking. */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}

/** Rule documentation for the popup (`listRules()`). */
export interface RuleDoc {
  id: string;
  category: Category;
  weight: number;
  title: Localized;
  description: string;
  source: MetaSource;
  languages: string[];
  examples: { match: RuleExample[]; noMatch: RuleExample[] };
}
