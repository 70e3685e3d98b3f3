/**
 * RuleTester and rule meta-test: every rule's own examples must behave as declared, and every rule must
 * carry the metadata the popup and the reviewers rely on (id = file name, description, Meta source, examples
 * in two languages, per-language phrase data with a note per entry).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyTemplate, listRules } from '../../../core/classify';
import { RULES } from '../../../core/classify/rules';
import { REFERENCE_CODES } from '../../../core/classify/rules/otp-code-purpose';
import { PhraseDataSchema, RuleExampleSchema } from '../../../core/classify/types';
import { checkPattern } from '../../../core/text';
import { draftFromExample } from './draft-from-example';

const RULES_DIR = path.resolve(__dirname, '../../../core/classify/rules');
const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_') && f !== 'index.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const REQUIRED_LANGS = ['en', 'es', 'pt', 'it'];

/**
 * A phrase alternative that ends in a space can never match: the word-boundary check after a match sees the next
 * word's letter. Allowed only inside an optional group such as "(recent |last )?".
 */
function danglingSpace(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== ' ') continue;
    const next = pattern[i + 1];
    if (next === undefined) return true;
    if (next !== '|' && next !== ')') continue;
    // Find the group that encloses this alternative and check whether it is optional.
    let depth = 0;
    let j = i + 1;
    for (; j < pattern.length; j++) {
      if (pattern[j] === '\\') j++;
      else if (pattern[j] === '(') depth++;
      else if (pattern[j] === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
    if (j >= pattern.length) return true; // top-level alternative ends in a space
    const after = pattern.slice(j + 1);
    if (/^(\?|\*|\{0,)/.test(after)) continue; // optional group
    if (after === '' || after[0] === '|' || after[0] === ')') return true; // nothing follows the space
  }
  return false;
}

describe('rule meta-test', () => {
  it('lists every rule file exactly once, with id = file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has a description, title, suggestion and a Meta source', () => {
        expect(rule.description.length).toBeGreaterThan(20);
        expect(rule.source.section).toMatch(/§/);
        expect(rule.source.quote.length).toBeGreaterThan(10);
        for (const lang of ['en', 'es', 'pt'] as const) {
          expect(rule.title[lang].trim()).not.toBe('');
          expect(rule.suggestion[lang].trim()).not.toBe('');
        }
        expect(rule.weight).toBeGreaterThan(0);
      });

      it('has match and noMatch examples in at least two languages', () => {
        for (const list of [rule.examples.match, rule.examples.noMatch]) {
          expect(list.length).toBeGreaterThan(0);
          for (const e of list) RuleExampleSchema.parse(e);
          expect(new Set(list.map((e) => e.lang)).size).toBeGreaterThanOrEqual(2);
        }
      });

      if (!rule.detect) {
        it(`has phrase data for ${REQUIRED_LANGS.join(', ')}`, () => {
          expect(rule.phrases).toBeDefined();
          const data = PhraseDataSchema.parse(rule.phrases);
          for (const lang of REQUIRED_LANGS)
            expect(data[lang]?.length ?? 0, `${rule.id} lacks ${lang}`).toBeGreaterThan(0);
        });
      }

      it('has valid phrase patterns, each with a note', () => {
        const lists = [rule.phrases, rule.requires, ...Object.values(rule.lists ?? {})].filter((x) => x !== undefined);
        if (!rule.detect) expect(lists.length).toBeGreaterThan(0);
        for (const data of lists) {
          for (const [lang, entries] of Object.entries(PhraseDataSchema.parse(data))) {
            for (const e of entries) {
              expect(e.note.trim(), `${rule.id}/${lang}/${e.p}`).not.toBe('');
              expect(checkPattern(e.p), `${rule.id}/${lang}/${e.p}`).toBeNull();
              expect(danglingSpace(e.p), `dangling space in ${rule.id}/${lang}/${e.p}`).toBe(false);
            }
          }
        }
      });
    });
  }
});

describe('phrase data a rule matches by itself', () => {
  it('otp-code-purpose reference codes: valid patterns with a note, in every lexicon language', () => {
    const data = PhraseDataSchema.parse(REFERENCE_CODES);
    expect(Object.keys(data).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'hi', 'id', 'it', 'pt', 'tr']);
    for (const [lang, entries] of Object.entries(data))
      for (const e of entries) {
        expect(e.note.trim(), `${lang}/${e.p}`).not.toBe('');
        expect(checkPattern(e.p), `${lang}/${e.p}`).toBeNull();
      }
  });
});

describe('RuleTester: each rule on its own examples', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      rule.examples.match.forEach((e, i) => {
        it(`fires on match[${i}] (${e.lang})`, () => {
          const hit = classifyTemplate(draftFromExample(e)).hits.find((h) => h.ruleId === rule.id);
          expect(hit, JSON.stringify(e)).toBeDefined();
          expect(hit?.evidence.length).toBeGreaterThan(0);
        });
      });
      rule.examples.noMatch.forEach((e, i) => {
        // "Does not fire" = no hit at the rule's full weight (a weak phrase of the rule may still count a little).
        it(`does not fire on noMatch[${i}] (${e.lang})`, () => {
          const hit = classifyTemplate(draftFromExample(e)).hits.find((h) => h.ruleId === rule.id);
          if (hit) expect(hit.weight, JSON.stringify(e)).toBeLessThan(rule.weight);
        });
      });
    });
  }
});

describe('listRules', () => {
  it('documents every rule with its languages and examples', () => {
    const docs = listRules();
    expect(docs.map((d) => d.id)).toEqual(RULES.map((r) => r.id));
    const discount = docs.find((d) => d.id === 'promo-discount');
    expect(discount?.languages).toEqual(expect.arrayContaining(['en', 'es', 'pt', 'it', 'fr', 'de', 'id', 'hi']));
    expect(discount?.source.quote).toMatch(/mixed content/);
  });
});
