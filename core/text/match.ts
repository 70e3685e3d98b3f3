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

/** Bucket keys for patterns that start with a digit class or with something we cannot pin to one character. */
const ANY = '\u0000any';
const DIGIT = '\u0000digit';

type FirstInfo = [first: Set<string>, nullable: boolean, end: number];

/** First characters a (folded, expanded) regex source can start with. Unknown starts give ANY. */
export function firstChars(src: string): Set<string> {
  const [set, nullable] = firstOfAlternation(src, 0);
  if (nullable) set.add(ANY);
  return set;
}

function firstOfAlternation(s: string, start: number): FirstInfo {
  const set = new Set<string>();
  let nullable = false;
  let i = start;
  for (;;) {
    const [f, n, j] = firstOfSequence(s, i);
    for (const x of f) set.add(x);
    if (n) nullable = true;
    i = j;
    if (s[i] === '|') {
      i++;
      continue;
    }
    return [set, nullable, i];
  }
}

function firstOfSequence(s: string, start: number): FirstInfo {
  const set = new Set<string>();
  let nullableSoFar = true;
  let i = start;
  while (i < s.length && s[i] !== '|' && s[i] !== ')') {
    let atom: Set<string>;
    let atomNullable = false;
    const c = s[i] as string;
    if (c === '(') {
      let j = i + 1;
      let lookaround = false;
      if (s[j] === '?') {
        if (s[j + 1] === ':') j += 2;
        else {
          lookaround = true;
          j += s[j + 1] === '<' ? 3 : 2;
        }
      }
      const [f, n, end] = firstOfAlternation(s, j);
      atom = lookaround ? new Set() : f;
      atomNullable = lookaround || n;
      i = end + 1;
    } else if (c === '\\') {
      const d = s[i + 1] ?? '';
      if (d === 'p' || d === 'P') {
        const close = s.indexOf('}', i);
        atom = new Set([d === 'p' && s.slice(i + 3, close) === 'Nd' ? DIGIT : ANY]);
        i = close + 1;
      } else if ('dDsSwWbB'.includes(d)) {
        atom = new Set([d === 'd' ? DIGIT : ANY]);
        i += 2;
      } else {
        atom = new Set([d]);
        i += 2;
      }
    } else if (c === '[') {
      let j = i + 1;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      atom = new Set([ANY]);
      i = j + 1;
    } else if (c === '.') {
      atom = new Set([ANY]);
      i++;
    } else if (c === '^' || c === '$') {
      atom = new Set();
      atomNullable = true;
      i++;
    } else {
      const ch = String.fromCodePoint(s.codePointAt(i) as number);
      atom = new Set([ch]);
      i += ch.length;
    }
    // Quantifier.
    const q = s[i];
    if (q === '?' || q === '*') {
      atomNullable = true;
      i++;
    } else if (q === '+') i++;
    else if (q === '{') {
      const close = s.indexOf('}', i);
      if (Number.parseInt(s.slice(i + 1, close), 10) === 0) atomNullable = true;
      i = close + 1;
    }
    if (s[i] === '?' && (q === '?' || q === '*' || q === '+' || q === '{')) i++; // lazy marker
    if (nullableSoFar) for (const x of atom) set.add(x);
    if (!atomNullable) nullableSoFar = false;
  }
  return [set, nullableSoFar, i];
}

/** Length of the prefixes used to skip positions where no phrase of a bucket can start. */
const PREFIX = 3;
/**
 * Longer prefixes checked before a bucket's regex runs (a Set lookup instead of trying every alternative). They
 * only skip regex runs that could not match, so which phrase wins at a position is exactly as without them.
 */
const FILTER = 6;
/** Prefix length used by the functions below; `prefixes(src, len)` sets it for one synchronous call. */
let limit = PREFIX;
type Prefixes = Set<string> | null; // null = cannot be pinned down (a class such as \p{L} comes first)

/**
 * Every string of length ≤ PREFIX that a match of `src` can start with (shorter strings mean the pattern can end
 * there). Used as a cheap Set lookup before running a bucket's regex. null when unknown.
 */
export function prefixes(src: string, len = PREFIX): Prefixes {
  const saved = limit;
  limit = len;
  try {
    const set = altPrefixes(src, 0)[0];
    if (set === null) return null;
    const out = new Set([...set].map((x) => x.replace(FROZEN, '')));
    return out.has('') ? null : out;
  } catch {
    return null;
  } finally {
    limit = saved;
  }
}

/** Marks a prefix that stopped early because an unknown (class) atom followed; it is never extended. */
const FROZEN = '\u0001';
const complete = (x: string) => x.length >= limit || x.endsWith(FROZEN);

function concat(a: Set<string>, b: Prefixes): Prefixes {
  let open = false;
  for (const x of a) if (!complete(x)) open = true;
  if (!open) return a;
  // Unknown continuation: what we have so far becomes a frozen prefix ("$" then a digit → "$"), unless empty.
  if (b === null) {
    if (a.has('')) return null;
    return new Set([...a].map((x) => (complete(x) ? x : x + FROZEN)));
  }
  const out = new Set<string>();
  for (const x of a) {
    if (complete(x)) out.add(x);
    else
      for (const y of b) {
        const joined = x + y;
        out.add(
          joined.endsWith(FROZEN) && joined.length <= limit + 1 ? joined : joined.replace(FROZEN, '').slice(0, limit),
        );
      }
  }
  return out.size > 4000 ? null : out;
}

function altPrefixes(s: string, start: number): [Prefixes, number] {
  let out: Prefixes = new Set<string>();
  let i = start;
  for (;;) {
    const [p, j] = seqPrefixes(s, i);
    if (out !== null) {
      if (p === null) out = null;
      else for (const x of p) out.add(x);
    }
    i = j;
    if (s[i] === '|') {
      i++;
      continue;
    }
    return [out, i];
  }
}

function seqPrefixes(s: string, start: number): [Prefixes, number] {
  let acc: Prefixes = new Set(['']);
  let i = start;
  while (i < s.length && s[i] !== '|' && s[i] !== ')') {
    let atom: Prefixes;
    const c = s[i] as string;
    if (c === '(') {
      let j = i + 1;
      let lookaround = false;
      if (s[j] === '?') {
        if (s[j + 1] === ':') j += 2;
        else {
          lookaround = true;
          j += s[j + 1] === '<' ? 3 : 2;
        }
      }
      const [p, end] = altPrefixes(s, j);
      atom = lookaround ? new Set(['']) : p;
      i = end + 1;
    } else if (c === '\\') {
      const d = s[i + 1] ?? '';
      if (d === 'p' || d === 'P') {
        atom = null;
        i = s.indexOf('}', i) + 1;
      } else if ('dDsSwWbB'.includes(d)) {
        atom = null;
        i += 2;
      } else {
        atom = new Set([d]);
        i += 2;
      }
    } else if (c === '[') {
      let j = i + 1;
      while (j < s.length && s[j] !== ']') j += s[j] === '\\' ? 2 : 1;
      atom = null;
      i = j + 1;
    } else if (c === '.') {
      atom = null;
      i++;
    } else if (c === '^' || c === '$') {
      atom = new Set(['']);
      i++;
    } else {
      const ch = String.fromCodePoint(s.codePointAt(i) as number);
      atom = new Set([ch]);
      i += ch.length;
    }
    let min = 1;
    let max = 1;
    const q = s[i];
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, limit];
    else if (q === '+') [min, max] = [1, limit];
    else if (q === '{') {
      const close = s.indexOf('}', i);
      const [lo, hi] = s.slice(i + 1, close).split(',');
      min = Number.parseInt(lo ?? '1', 10);
      max = hi === undefined ? min : hi === '' ? limit : Number.parseInt(hi, 10);
      i = close;
    }
    if (q === '?' || q === '*' || q === '+' || q === '{') {
      i++;
      if (s[i] === '?') i++;
    }
    // atom repeated min..max times (capped at PREFIX: longer repeats cannot change a PREFIX-long prefix).
    let rep: Prefixes = min === 0 ? new Set(['']) : null;
    let power: Prefixes = new Set(['']);
    for (let r = 1; r <= Math.min(Math.max(max, min), limit + min); r++) {
      power = power === null ? null : concat(power, atom);
      if (r >= min) {
        if (power === null) rep = null;
        else if (rep !== null || r === min) {
          rep = rep ?? new Set();
          for (const x of power) rep.add(x);
        }
      }
      if (r >= max) break;
    }
    if (min === 0 && atom === null) rep = null;
    acc = acc === null ? null : concat(acc, rep);
  }
  return [acc, i];
}

interface Bucket {
  regex: RegExp;
  /** Longer prefixes (up to FILTER units) the bucket's phrases start with; null = always run the regex. */
  filter: PrefixFilter | null;
  /** capture-group index (1-based) → phrase group */
  groupOf: number[];
}

type BucketMap = Map<string, Bucket>;

interface PrefixFilter {
  /** filterKey(prefix) + its length × FILTER_TAG, for every prefix. */
  keys: Set<number>;
  /** The prefix lengths present, ascending (at most FILTER). */
  lengths: number[];
}

const FILTER_MOD = 1_000_000_000_007;
const FILTER_TAG = 2 ** 41;
/** Rolling hash of UTF-16 units, below 2^40 so each step stays exact; collisions only cost a regex run. */
const filterStep = (h: number, unit: number) => (h * 131 + unit) % FILTER_MOD;

/**
 * The longer prefixes (4 to FILTER units; a prefix may stop early where a class such as \p{L} follows) that the
 * phrases of a bucket start with, or null when some phrase gives nothing longer than the bucket key.
 */
function bucketFilter(sources: Iterable<string>, key: string): PrefixFilter | null {
  const keys = new Set<number>();
  const lengths = new Set<number>();
  for (const src of sources) {
    const p = prefixes(src, FILTER);
    if (p === null) return null;
    for (const raw of p) {
      const x = raw.replace(FROZEN, '');
      if (!x.startsWith(key)) continue; // a prefix of another bucket of the same phrase
      if (x.length <= key.length) return null;
      let h = 0;
      for (let k = 0; k < x.length; k++) h = filterStep(h, x.charCodeAt(k));
      keys.add(h + x.length * FILTER_TAG);
      lengths.add(x.length);
    }
  }
  return { keys, lengths: [...lengths].sort((a, b) => a - b) };
}

/** Whether the text at `at` starts with one of the filter's prefixes. */
function passes(f: PrefixFilter, text: string, at: number): boolean {
  let h = 0;
  let k = 0;
  for (const len of f.lengths) {
    if (at + len > text.length) return false;
    for (; k < len; k++) h = filterStep(h, text.charCodeAt(at + k));
    if (f.keys.has(h + len * FILTER_TAG)) return true;
  }
  return false;
}

function makeBucket(groups: Map<number, string[]>, bounded: boolean, key?: string): Bucket {
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]); // rule priority
  const groupOf: number[] = [0];
  const parts = ordered.map(([group, sources]) => {
    groupOf.push(group);
    // Longest alternative first so the most specific phrase of a group wins at a position.
    return `(${[...new Set(sources)].sort((a, b) => b.length - a.length).join('|')})`;
  });
  const body = parts.join('|');
  const filter =
    key === undefined
      ? null
      : bucketFilter(
          ordered.flatMap(([, sources]) => sources),
          key,
        );
  return { regex: new RegExp(bounded ? `(?:${body})${WORD_AFTER}` : body, 'uy'), groupOf, filter };
}

/**
 * Buckets keyed by the up-to-3-character prefix a phrase starts with (so each position only tries the few
 * phrases that can start there), plus buckets keyed by first character (or ANY/DIGIT) for phrases whose start
 * cannot be pinned to a literal prefix.
 */
interface Buckets {
  /** Keyed by prefixKey() of the 1–3 UTF-16 units a phrase starts with (numbers: no string slicing per position). */
  byPrefix: Map<number, Bucket>;
  byChar: BucketMap;
  /** First code units of all prefix keys: most positions are rejected with one Set lookup. */
  prefixStarts: Set<number>;
}

const UNIT = 65536;
const LEN_TAG = 2 ** 48;

/** Numeric key of the first `len` (1–3) UTF-16 units of `s` from `at`. */
function prefixKey(s: string, at: number, len: number): number {
  let key = 0;
  for (let k = 0; k < len; k++) key = key * UNIT + s.charCodeAt(at + k);
  return key + len * LEN_TAG;
}

function buildBuckets(specs: PhraseSpec[], bounded: boolean): Buckets {
  const prefixGroups = new Map<string, Map<number, string[]>>();
  const charGroups = new Map<string, Map<number, string[]>>();
  const add = (table: Map<string, Map<number, string[]>>, key: string, group: number, src: string) => {
    let groups = table.get(key);
    if (!groups) {
      groups = new Map();
      table.set(key, groups);
    }
    const list = groups.get(group) ?? [];
    list.push(src);
    groups.set(group, list);
  };
  for (const spec of specs) {
    const src = expandPattern(spec.pattern);
    const pre = prefixes(src);
    if (pre) for (const x of pre) add(prefixGroups, x, spec.group, src);
    else for (const ch of firstChars(src)) add(charGroups, ch, spec.group, src);
  }
  const byPrefix = new Map<number, Bucket>();
  const prefixStarts = new Set<number>();
  for (const [key, groups] of prefixGroups) {
    byPrefix.set(prefixKey(key, 0, key.length), makeBucket(groups, bounded, key));
    prefixStarts.add(key.charCodeAt(0));
  }
  const byChar: BucketMap = new Map();
  for (const [key, groups] of charGroups) byChar.set(key, makeBucket(groups, bounded));
  return { byPrefix, byChar, prefixStarts };
}

function tryAt(bucket: Bucket | undefined, text: string, at: number, into: PhraseMatch[]): void {
  if (!bucket) return;
  const { regex, groupOf, filter } = bucket;
  if (filter !== null && !passes(filter, text, at)) return;
  regex.lastIndex = at;
  const m = regex.exec(text);
  if (!m) return;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      into.push({ group: groupOf[g] as number, start: at, end: at + (m[0] as string).length });
      return;
    }
  }
}

/** Try every bucket that can start at `at`. */
function tryAll(b: Buckets, text: string, at: number, ch: string, digit: boolean, into: PhraseMatch[]): void {
  const c0 = text.charCodeAt(at);
  if (b.prefixStarts.has(c0)) {
    let key = c0;
    tryAt(b.byPrefix.get(key + LEN_TAG), text, at, into);
    for (let len = 2; len <= PREFIX && at + len <= text.length; len++) {
      key = key * UNIT + text.charCodeAt(at + len - 1);
      tryAt(b.byPrefix.get(key + len * LEN_TAG), text, at, into);
    }
  }
  if (b.byChar.size > 0) {
    tryAt(b.byChar.get(ch), text, at, into);
    if (digit) tryAt(b.byChar.get(DIGIT), text, at, into);
    tryAt(b.byChar.get(ANY), text, at, into);
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT_CHAR = /\p{Nd}/u;
const wordCache = new Map<string, boolean>();

function isWordChar(ch: string, code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  let v = wordCache.get(ch);
  if (v === undefined) {
    v = WORD_CHAR.test(ch);
    if (wordCache.size < 50_000) wordCache.set(ch, v);
  }
  return v;
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
  const wordStart = buildBuckets(spaced, true);
  const anywhere = buildBuckets(unspaced, false);
  const hasAnywhere = anywhere.byPrefix.size + anywhere.byChar.size > 0;
  return {
    regexCount: wordStart.byPrefix.size + wordStart.byChar.size + anywhere.byPrefix.size + anywhere.byChar.size,
    find(folded: string): PhraseMatch[] {
      const out: PhraseMatch[] = [];
      const n = folded.length;
      let prevWord = false;
      for (let i = 0; i < n; ) {
        const code = folded.charCodeAt(i);
        const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
        const ch = width === 2 ? folded.slice(i, i + 2) : (folded[i] as string);
        const word = isWordChar(ch, code);
        const digit = code < 0x80 ? code >= 0x30 && code <= 0x39 : word && DIGIT_CHAR.test(ch);
        // Phrases of spaced scripts start only at a word start (or on a symbol such as "$10 off").
        if ((word && !prevWord) || (!word && code !== 0x20)) tryAll(wordStart, folded, i, ch, digit, out);
        if (hasAnywhere) tryAll(anywhere, folded, i, ch, digit, out);
        prevWord = word;
        i += width;
      }
      return out;
    },
  };
}
