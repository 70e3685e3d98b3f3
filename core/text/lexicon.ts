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

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
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

export function compileLexicon(spec: LexiconSpec): LexiconMatcher {
  const exact = new Map<string, Target[]>();
  const stems = new Map<string, Target[]>();
  const endings = new Map<string, Target[]>();
  const sequences = new Map<string, Sequence[]>();
  let maxStem = 0;
  let maxEnding = 0;
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
      maxEnding = Math.max(maxEnding, ending.length);
    } else if (first.endsWith('~')) {
      const stem = first.slice(0, -1);
      add(stems, stem, target);
      maxStem = Math.max(maxStem, stem.length);
    } else add(exact, first, target);
  }
  // Gates: a token can only match a stem if it starts with the first MIN_STEM units of one, and an ending only if it
  // ends with the last MIN_ENDING units of one — one Set lookup rejects most tokens.
  const stemStarts = new Set([...stems.keys()].map((k) => k.slice(0, MIN_STEM)));
  const endingTails = new Set([...endings.keys()].map((k) => k.slice(-MIN_ENDING)));
  const clitics = [...new Set((spec.clitics ?? []).map((c) => foldPattern(c)))]
    .filter((c) => c.length > 0)
    .sort((a, b) => b.length - a.length);

  /** Single-token lookups: exact, stems (longest first), endings. */
  const lookup = (token: string, into: Target[]) => {
    const e = exact.get(token);
    if (e) into.push(...e);
    if (token.length >= MIN_STEM && stemStarts.has(token.slice(0, MIN_STEM)))
      for (let k = Math.min(maxStem, token.length); k >= MIN_STEM; k--) {
        const s = stems.get(token.length === k ? token : token.slice(0, k));
        if (s) into.push(...s);
      }
    if (token.length >= MIN_ENDING && endingTails.has(token.slice(-MIN_ENDING)))
      for (let k = Math.min(maxEnding, token.length); k >= MIN_ENDING; k--) {
        const s = endings.get(token.slice(token.length - k));
        if (s) into.push(...s);
      }
  };

  return {
    size: spec.entries.length,
    find(folded: string): LexiconMatch[] {
      const tokens: { t: string; start: number; end: number }[] = [];
      TOKEN.lastIndex = 0;
      for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded))
        tokens.push({ t: m[0], start: m.index, end: m.index + m[0].length });
      const out: LexiconMatch[] = [];
      const found: Target[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i] as { t: string; start: number; end: number };
        found.length = 0;
        lookup(tok.t, found);
        if (found.length === 0 && clitics.length > 0) {
          for (const c of clitics) {
            if (tok.t.length - c.length >= 2 && tok.t.startsWith(c)) {
              lookup(tok.t.slice(c.length), found);
              if (found.length > 0) break;
            }
          }
        }
        for (const f of found) out.push({ concept: f.concept, start: tok.start, end: tok.end, entry: f.entry });
        const seqs = sequences.get(tok.t);
        if (!seqs) continue;
        for (const s of seqs) {
          const n = s.rest.length;
          if (i + n >= tokens.length) continue;
          let ok = true;
          for (let k = 0; k < n && ok; k++) {
            const next = (tokens[i + 1 + k] as { t: string }).t;
            const want = s.rest[k] as string;
            ok = k === n - 1 && s.lastIsStem ? next.startsWith(want) : next === want;
          }
          if (ok)
            out.push({
              concept: s.target.concept,
              start: tok.start,
              end: (tokens[i + n] as { end: number }).end,
              entry: s.target.entry,
            });
        }
      }
      return out;
    },
  };
}
