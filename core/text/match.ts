/**
 * Compile many phrase lists into a couple of regular expressions once, then find every phrase of every
 * group in one pass over the folded text.
 *
 * Phrase syntax (a regex source over folded text: lower case, no Latin accents):
 * - `~`   continues the word with any letters (`descont~` matches desconto, descontos, descuento…);
 * - `<n>` a number in any script's digits, or a positional variable (`{{1}}` folds to `1`);
 * - `(…)` groups are made non-capturing automatically; everything else is plain JS regex syntax.
 * Phrases in scripts written without spaces between words (Han, kana, Hangul, Thai…) match anywhere;
 * all others must start and end on a word boundary that understands accented and non-Latin letters.
 */
import { foldPattern } from './normalize';

export interface PhraseSpec {
  /** Pattern source (see module comment). */
  pattern: string;
  /** Index of the group (rule/sub-list) the phrase belongs to; reported back with each match. */
  group: number;
}

export interface PhraseMatch {
  group: number;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  /** All matches, overlapping matches allowed when they start at different positions. */
  find(folded: string): PhraseMatch[];
  /** Number of regexes compiled (for tests/bench). */
  regexCount: number;
}

const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const WORD_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

/** Expand the shorthands and make groups non-capturing, so capture-group numbers stay ours. */
export function expandPattern(pattern: string): string {
  const folded = foldPattern(pattern);
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] as string;
    if (c === '\\') {
      out += c + (folded[i + 1] ?? '');
      i++;
    } else if (c === '(' && folded[i + 1] !== '?') out += '(?:';
    else if (c === '~') out += '\\p{L}*';
    else if (c === '<' && folded.startsWith('<n>', i)) {
      out += '\\p{Nd}[\\p{Nd}.,:/-]*';
      i += 2;
    } else out += c;
  }
  return out;
}

interface Compiled {
  regex: RegExp;
  /** capture-group index (1-based) → phrase group */
  groupOf: number[];
}

function compile(specs: PhraseSpec[], bounded: boolean): Compiled | null {
  if (specs.length === 0) return null;
  // One capture group per phrase group; alternatives longest-first so the most specific wins at a position.
  const byGroup = new Map<number, string[]>();
  for (const s of specs) {
    const list = byGroup.get(s.group) ?? [];
    list.push(expandPattern(s.pattern));
    byGroup.set(s.group, list);
  }
  const parts: string[] = [];
  const groupOf: number[] = [0];
  for (const [group, sources] of byGroup) {
    const unique = [...new Set(sources)].sort((a, b) => b.length - a.length);
    parts.push(`(${unique.join('|')})`);
    groupOf.push(group);
  }
  const body = parts.join('|');
  const source = bounded ? `${WORD_BEFORE}(?:${body})${WORD_AFTER}` : body;
  return { regex: new RegExp(source, 'gu'), groupOf };
}

function run(compiled: Compiled | null, text: string, into: PhraseMatch[]): void {
  if (!compiled) return;
  const { regex, groupOf } = compiled;
  regex.lastIndex = 0;
  for (;;) {
    const m = regex.exec(text);
    if (!m) break;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        into.push({ group: groupOf[g] as number, start: m.index, end: m.index + (m[0] as string).length });
        break;
      }
    }
    // Restart just after this match's start: later phrases that overlap this one are still found.
    const lead = text.charCodeAt(m.index);
    regex.lastIndex = m.index + (lead >= 0xd800 && lead <= 0xdbff ? 2 : 1);
    if (regex.lastIndex > text.length) break;
  }
}

/** Validate one phrase on its own (used by the rule meta-test and at compile time). */
export function checkPattern(pattern: string): string | null {
  try {
    new RegExp(expandPattern(pattern), 'u');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  if (new RegExp(expandPattern(pattern), 'u').test('')) return 'matches the empty string';
  return null;
}

export function compilePhrases(specs: PhraseSpec[]): PhraseMatcher {
  const spaced: PhraseSpec[] = [];
  const unspaced: PhraseSpec[] = [];
  for (const s of specs) (UNSPACED_SCRIPT.test(s.pattern) ? unspaced : spaced).push(s);
  const a = compile(spaced, true);
  const b = compile(unspaced, false);
  return {
    regexCount: (a ? 1 : 0) + (b ? 1 : 0),
    find(folded: string): PhraseMatch[] {
      const out: PhraseMatch[] = [];
      run(a, folded, out);
      run(b, folded, out);
      return out;
    },
  };
}
