/**
 * Shape of one language's concept lexicon (one file per language in this folder). Entries use the syntax of
 * core/text/lexicon.ts (`word`, `stem~`, `~ending`, `two words`); an entry that needs explaining (a word that is
 * ambiguous, or a loanword) is written `{ w, note }`.
 */
import { z } from 'zod';
import { CONCEPT_IDS, type ConceptId } from '../concepts';

export const LexiconEntrySchema = z.union([
  z.string().min(1),
  z.object({ w: z.string().min(1), note: z.string().min(1) }),
]);
export type LexiconEntry = z.infer<typeof LexiconEntrySchema>;

export const LexiconSchema = z.object({
  /** ISO 639-1 code. */
  lang: z.string().regex(/^[a-z]{2,3}$/),
  /** English name of the language. */
  name: z.string().min(2),
  /** Where the words come from and who checked them. */
  source: z.string().min(10),
  /** Prefixes written onto words (stripped from a token that matches nothing as it stands). */
  clitics: z.array(z.string().min(1)).optional(),
  concepts: z.record(z.enum(CONCEPT_IDS as [ConceptId, ...ConceptId[]]), z.array(LexiconEntrySchema)),
  /** Sentences in this language and the concepts each must show; run by test/unit/classify/concepts.test.ts. */
  examples: z.array(z.object({ text: z.string().min(1), concepts: z.array(z.string()) })).min(3),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

export const entryText = (e: LexiconEntry): string => (typeof e === 'string' ? e : e.w);

/** Identity helper that type-checks a lexicon file (every concept id must be a key). */
export function defineLexicon(lexicon: Omit<Lexicon, 'concepts'> & { concepts: Record<ConceptId, LexiconEntry[]> }) {
  return lexicon;
}
