/**
 * Word lexicons: many single words (and a few short word sequences) per concept, found by looking tokens up
 * in maps rather than by regex, so thousands of words in many languages cost one pass over the text.
 *
 * Entry syntax (folded like the text: lower case, no Latin accents, see ./normalize.ts):
 * - `word`      the whole token;
 * - `stem~`     a token that starts with the stem (at least 3 units: `pedid~` = pedido, pedidos, pedida);
 * - `~ending`   a token that ends with it (at least 4 units), for compounds (`~bestatigung` = Buchungsbestätigung);
 * - `a b~`      consecutive tokens (the last may be a stem), for fixed expressions ("last chance", "follow us").
 * A lexicon may declare `clitics`: prefixes written onto words (Arabic و ب ل ال…) that are stripped from a token
 * that matches nothing as it stands.
 */
import { foldPattern } from './normalize';

export interface LexiconSpec {
  /** Concept index each entry belongs to. */
  entries: readonly { text: string; concept: number }[];
  clitics?: readonly string[];
}

export interface LexiconMatch {
  concept: number;
  /** Range in the folded text. */
  start: number;
  end: number;
  /** The entry that matched: the same entry found twice counts once. */
  entry: string;
}

export interface LexiconMatcher {
  find(folded: string): LexiconMatch[];
  /** Number of entries compiled. */
  size: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const wordCharCache = new Map<string, boolean>();

/** Whether the UTF-16 unit(s) at `i` belong to a word (letters, marks, digits in any script). */
function wordCharWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
  const ch = width === 2 ? text.slice(i, i + 2) : (text[i] as string);
  let word = wordCharCache.get(ch);
  if (word === undefined) {
    word = WORD_CHAR.test(ch);
    if (wordCharCache.size < 50_000) wordCharCache.set(ch, word);
  }
  return word ? width : 0;
}
const HAS_LETTER = /\p{L}/u;
const MIN_STEM = 3;
const MIN_ENDING = 4;

interface Target {
  concept: number;
  entry: string;
}

interface Sequence {
  /** Tokens after the first; the last may be a stem. */
  rest: string[];
  lastIsStem: boolean;
  target: Target;
}

function add<K>(map: Map<K, Target[]>, key: K, target: Target): void {
  const list = map.get(key);
  if (!list) map.set(key, [target]);
  else if (!list.some((t) => t.concept === target.concept && t.entry === target.entry)) list.push(target);
}

/** Split an entry into folded tokens; `~` is kept on the token it belongs to. */
export function entryTokens(entry: string): string[] {
  return foldPattern(entry.trim())
    .split(/[^\p{L}\p{M}\p{N}~]+/u)
    .filter((t) => t.length > 0);
}

/** Why an entry cannot be used, or null when it is fine (for the lexicon meta-test). */
export function checkEntry(entry: string): string | null {
  const tokens = entryTokens(entry);
  if (tokens.length === 0) return 'no word in entry';
  for (const [i, t] of tokens.entries()) {
    const core = t.replaceAll('~', '');
    if (core.length === 0 || !HAS_LETTER.test(core)) return `token "${t}" has no letter`;
    if (t.indexOf('~', 1) !== -1 && t.indexOf('~', 1) !== t.length - 1) return `"~" inside "${t}"`;
    if (t.endsWith('~') && core.length < MIN_STEM) return `stem "${t}" shorter than ${MIN_STEM}`;
    if (t.startsWith('~')) {
      if (tokens.length > 1) return `ending "${t}" in a word sequence`;
      if (core.length < MIN_ENDING) return `ending "${t}" shorter than ${MIN_ENDING}`;
    }
    if (t.endsWith('~') && i < tokens.length - 1) return `stem "${t}" is not the last word`;
  }
  return null;
}

const UNIT = 65536;
/** Distinct words remembered per matcher before the memo starts over (bounded memory). */
const MEMO_SIZE = 20_000;
const NONE: readonly Target[] = [];
/** Numeric key of the first three UTF-16 units (no substring per token). */
const headKey = (s: string) => (s.charCodeAt(0) * UNIT + s.charCodeAt(1)) * UNIT + s.charCodeAt(2);
/** Numeric key of the last three UTF-16 units. */
const tailKey = (s: string) => {
  const n = s.length;
  return (s.charCodeAt(n - 3) * UNIT + s.charCodeAt(n - 2)) * UNIT + s.charCodeAt(n - 1);
};

export function compileLexicon(spec: LexiconSpec): LexiconMatcher {
  const exact = new Map<string, Target[]>();
  const stems = new Map<string, Target[]>();
  const endings = new Map<string, Target[]>();
  const sequences = new Map<string, Sequence[]>();
  for (const { text, concept } of spec.entries) {
    if (checkEntry(text) !== null) continue;
    const tokens = entryTokens(text);
    const target = { concept, entry: tokens.join(' ') };
    const first = tokens[0] as string;
    if (tokens.length > 1) {
      const last = tokens[tokens.length - 1] as string;
      const lastIsStem = last.endsWith('~');
      const rest = tokens.slice(1).map((t) => t.replaceAll('~', ''));
      const list = sequences.get(first) ?? [];
      list.push({ rest, lastIsStem, target });
      sequences.set(first, list);
    } else if (first.startsWith('~')) {
      const ending = first.slice(1);
      add(endings, ending, target);
    } else if (first.endsWith('~')) {
      const stem = first.slice(0, -1);
      add(stems, stem, target);
    } else add(exact, first, target);
  }
  // Stems grouped by their first three units and endings by their last three: a token reads one bucket and tests
  // each entry with startsWith/endsWith (no substring per length, one Map lookup per token).
  const stemBuckets = new Map<number, { affix: string; targets: Target[] }[]>();
  for (const [stem, targets] of stems) {
    const key = headKey(stem);
    const list = stemBuckets.get(key) ?? [];
    list.push({ affix: stem, targets });
    stemBuckets.set(key, list);
  }
  const endingBuckets = new Map<number, { affix: string; targets: Target[] }[]>();
  for (const [ending, targets] of endings) {
    const key = tailKey(ending);
    const list = endingBuckets.get(key) ?? [];
    list.push({ affix: ending, targets });
    endingBuckets.set(key, list);
  }
  const clitics = [...new Set((spec.clitics ?? []).map((c) => foldPattern(c)))]
    .filter((c) => c.length > 0)
    .sort((a, b) => b.length - a.length);

  /** Single-token lookups: exact, stems, endings. */
  const lookup = (token: string, into: Target[]) => {
    const e = exact.get(token);
    if (e) for (const t of e) into.push(t);
    if (token.length >= MIN_STEM) {
      const bucket = stemBuckets.get(headKey(token));
      if (bucket) for (const b of bucket) if (token.startsWith(b.affix)) for (const t of b.targets) into.push(t);
    }
    if (token.length >= MIN_ENDING) {
      const bucket = endingBuckets.get(tailKey(token));
      if (bucket) for (const b of bucket) if (token.endsWith(b.affix)) for (const t of b.targets) into.push(t);
    }
  };
  const cliticStarts = new Set(clitics.map((c) => c.charCodeAt(0)));
  // Words repeat (within a text, and from one keystroke to the next): a word's single-word matches are computed once.
  const memo = new Map<string, readonly Target[]>();

  return {
    size: spec.entries.length,
    find(folded: string): LexiconMatch[] {
      // Tokens as parallel arrays, by a hand scan (a Unicode-class regex costs several times more per keystroke).
      const words: string[] = [];
      const starts: number[] = [];
      const n = folded.length;
      for (let i = 0; i < n; ) {
        let w = wordCharWidth(folded, i);
        if (w === 0) {
          i++;
          continue;
        }
        const start = i;
        while (w > 0) {
          i += w;
          w = i < n ? wordCharWidth(folded, i) : 0;
        }
        words.push(folded.slice(start, i));
        starts.push(start);
      }
      const out: LexiconMatch[] = [];
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as string;
        const start = starts[i] as number;
        const end = start + word.length;
        let found = memo.get(word);
        if (found === undefined) {
          const fresh: Target[] = [];
          lookup(word, fresh);
          if (fresh.length === 0 && cliticStarts.has(word.charCodeAt(0)))
            for (const c of clitics)
              if (word.length - c.length >= 2 && word.startsWith(c)) {
                lookup(word.slice(c.length), fresh);
                if (fresh.length > 0) break;
              }
          if (memo.size >= MEMO_SIZE) memo.clear();
          found = fresh.length === 0 ? NONE : fresh;
          memo.set(word, found);
        }
        for (const f of found) out.push({ concept: f.concept, start, end, entry: f.entry });
        let seqs = sequences.get(word);
        // A sequence may start with a word that carries a clitic ("بسعر خاص" = "سعر خاص" with ب).
        if (!seqs && cliticStarts.has(word.charCodeAt(0)))
          for (const c of clitics)
            if (word.length - c.length >= 2 && word.startsWith(c)) {
              seqs = sequences.get(word.slice(c.length));
              if (seqs) break;
            }
        if (!seqs) continue;
        for (const s of seqs) {
          const n = s.rest.length;
          if (i + n >= words.length) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) {
            const next = words[i + 1 + k] as string;
            const want = s.rest[k] as string;
            ok = k === n - 1 && s.lastIsStem ? next.startsWith(want) : next === want;
          }
          if (ok)
            out.push({
              concept: s.target.concept,
              start,
              end: (starts[i + n] as number) + (words[i + n] as string).length,
              entry: s.target.entry,
            });
        }
      }
      return out;
    },
  };
}
