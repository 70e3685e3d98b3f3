/**
 * Concept lexicons (core/classify/concepts/lexicon): every language file is listed, valid, covers every concept,
 * and its own example sentences show the concepts they declare — the lexicon's RuleTester.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, findConcepts, LEXICONS } from '../../../core/classify/concepts';
import { entryText, LexiconSchema } from '../../../core/classify/concepts/lexicon/types';
import { runRules } from '../../../core/classify/engine';
import { normalizeForMatch } from '../../../core/text';
import { checkEntry } from '../../../core/text/lexicon';

const DIR = path.resolve(__dirname, '../../../core/classify/concepts/lexicon');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

const conceptsIn = (text: string) => new Set(findConcepts(normalizeForMatch(text).text).map((m) => m.concept));

describe('concept lexicons', () => {
  it('lists every lexicon file once, named by its language code', () => {
    expect(LEXICONS.map((l) => l.lang).sort()).toEqual([...files].sort());
  });

  it('covers the languages the issue names (en, pt, es, it, fr, de, id, hi, tr, ar)', () => {
    expect(LEXICONS.map((l) => l.lang)).toEqual(
      expect.arrayContaining(['en', 'pt', 'es', 'it', 'fr', 'de', 'id', 'hi', 'tr', 'ar']),
    );
  });

  for (const lexicon of LEXICONS)
    describe(lexicon.lang, () => {
      it('is valid, with a source, and lists words for every concept', () => {
        LexiconSchema.parse(lexicon);
        for (const id of CONCEPT_IDS)
          expect(lexicon.concepts[id]?.length ?? 0, `${lexicon.lang}/${id}`).toBeGreaterThan(0);
      });

      it('has only usable entries (no empty, letterless or too-short stems)', () => {
        for (const [concept, entries] of Object.entries(lexicon.concepts))
          for (const e of entries)
            expect(checkEntry(entryText(e)), `${lexicon.lang}/${concept}: ${entryText(e)}`).toBeNull();
      });

      for (const [i, example] of lexicon.examples.entries())
        it(`example ${i + 1} shows ${example.concepts.join(', ')}`, () => {
          const found = conceptsIn(example.text);
          for (const c of example.concepts) expect(found.has(c as never), `${c} in "${example.text}"`).toBe(true);
        });
    });

  it('maps evidence back to the original text, accents and case included', () => {
    const text = 'Seu PEDIDO nº 123 foi ENTREGUE. Ödemeniz alındı. تم شحن طلبك';
    const { concepts } = runRules({ components: [{ type: 'BODY', text }] });
    for (const c of concepts) expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
    const words = (id: string) => concepts.filter((c) => c.concept === id).map((c) => c.span.text);
    expect(words('order')).toEqual(expect.arrayContaining(['PEDIDO', 'ENTREGUE', 'طلبك']));
    expect(words('money')).toContain('Ödemeniz');
  });
});
