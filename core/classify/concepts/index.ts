/**
 * Concept evidence: which concepts (./concepts.ts) a folded field mentions, in any language with a lexicon.
 * All lexicons are compiled into one matcher at module load; all languages run on every template, because
 * templates mix languages and their language code is often missing.
 */
import { compileLexicon, type LexiconMatch } from '../../text/lexicon';
import { CONCEPT_IDS, CONCEPTS, type ConceptId } from './concepts';
import { LEXICONS } from './lexicon';
import { entryText } from './lexicon/types';

export { CONCEPT_IDS, CONCEPTS, type ConceptDefinition, type ConceptId, type ConceptLeaning } from './concepts';
export { LEXICONS } from './lexicon';

const indexOf = new Map<string, number>(CONCEPT_IDS.map((id, i) => [id, i]));

const matcher = compileLexicon({
  entries: LEXICONS.flatMap((lex) =>
    Object.entries(lex.concepts).flatMap(([concept, entries]) =>
      entries.map((e) => ({ text: entryText(e), concept: indexOf.get(concept) as number })),
    ),
  ),
  clitics: LEXICONS.flatMap((lex) => lex.clitics ?? []),
});

export interface ConceptMatch {
  concept: ConceptId;
  /** Range in the folded text. */
  start: number;
  end: number;
  /** The lexicon entry that matched. */
  entry: string;
}

/** Concept mentions in folded text (see core/text/normalize.ts). */
export function findConcepts(folded: string): ConceptMatch[] {
  return matcher.find(folded).map((m: LexiconMatch) => ({
    concept: CONCEPT_IDS[m.concept] as ConceptId,
    start: m.start,
    end: m.end,
    entry: m.entry,
  }));
}

/** The same, without the per-match copy (the engine's hot path): `concept` indexes CONCEPT_IDS. */
export const findConceptIndices = (folded: string): LexiconMatch[] => matcher.find(folded);

export const CONCEPT_BY_ID: ReadonlyMap<ConceptId, (typeof CONCEPTS)[number]> = new Map(CONCEPTS.map((c) => [c.id, c]));
