/**
 * Text normalisation for phrase matching.
 *
 * Matching runs on a folded copy of each field (lower case, no Latin diacritics, full-width forms folded,
 * zero-width characters dropped, every kind of space turned into one ASCII space, repeated punctuation
 * collapsed, WhatsApp formatting and variable braces turned into spaces). Evidence must point into the
 * ORIGINAL text, so every folded character remembers the original UTF-16 range it came from.
 */

export interface NormalizedText {
  /** The folded text that phrase regexes run over. */
  text: string;
  /** For each folded UTF-16 unit: start index of the original character it came from. */
  starts: Int32Array;
  /** For each folded UTF-16 unit: end index (exclusive) of the original character it came from. */
  ends: Int32Array;
}

/** Characters removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks and isolates. */
const DROPPED = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;
/** Every Unicode space separator plus tab/newline. */
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
/** Latin/Greek/Cyrillic combining diacritics (U+0300–U+036F): dropped so "código" matches "codigo". */
const COMBINING_DIACRITIC = /[\u0300-\u036f]/g;
/**
 * Replaced by a space: variable braces, WhatsApp formatting (*bold* _italic_ ~strike~ ```mono```), so that
 * `{{order_number}}` reads as the words "order number" and `*{{1}}*` as "1".
 */
const TO_SPACE = new Set(['{', '}', '_', '*', '~', '`']);
/** Typographic quotes and dashes folded to ASCII (NFKD leaves them alone). */
const PUNCT_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u00b4': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '.',
  '\u00ba': 'o',
  '\u00aa': 'a',
};
/** Punctuation whose runs collapse to one ("!!!" → "!", "..." → "."). */
const COLLAPSIBLE = /[!?.,;:\-'"#$%&+=/\\|<>()[\]^@]/;

const cache = new Map<string, string>();

/** Fold one code point (already known to be non-ASCII or upper-case) to its match form. */
function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const mapped = PUNCT_FOLD[ch];
  if (mapped !== undefined) out = mapped;
  else {
    // NFKD folds full-width forms and ligatures and splits accents off; dropping U+0300–036F removes
    // Latin accents; NFC then re-composes what other scripts need (Hangul syllables, kana voicing marks).
    out = ch.normalize('NFKD').replace(COMBINING_DIACRITIC, '').normalize('NFC').toLowerCase();
    out = out.replace(COMBINING_DIACRITIC, '');
    const inner = out.length === 1 ? PUNCT_FOLD[out] : undefined;
    if (inner !== undefined) out = inner;
  }
  if (cache.size < 20_000) cache.set(ch, out);
  return out;
}

/**
 * Fold `text` for matching and keep an offset map back to the original.
 * Never throws: lone surrogates become U+FFFD in the folded text and still map to their original index.
 */
export function normalizeForMatch(text: string): NormalizedText {
  const src = typeof text === 'string' ? text : String(text ?? '');
  const n = src.length;
  const out: string[] = [];
  const starts = new Int32Array(n + 8);
  const ends = new Int32Array(n + 8);
  let starts2 = starts;
  let ends2 = ends;
  let len = 0;
  let lastWasSpace = true; // suppress leading spaces
  let lastPunct = '';

  const push = (piece: string, s: number, e: number) => {
    for (let k = 0; k < piece.length; k++) {
      const c = piece[k] as string;
      const isSpace = c === ' ';
      if (isSpace) {
        if (lastWasSpace) continue;
      } else if (COLLAPSIBLE.test(c)) {
        if (c === lastPunct) {
          // Extend the kept punctuation's original range over the run.
          ends2[len - 1] = e;
          continue;
        }
      }
      if (len >= starts2.length) {
        const grownS = new Int32Array(starts2.length * 2 + 16);
        grownS.set(starts2);
        starts2 = grownS;
        const grownE = new Int32Array(ends2.length * 2 + 16);
        grownE.set(ends2);
        ends2 = grownE;
      }
      out.push(c);
      starts2[len] = s;
      ends2[len] = e;
      len++;
      lastWasSpace = isSpace;
      lastPunct = !isSpace && COLLAPSIBLE.test(c) ? c : '';
    }
  };

  let i = 0;
  while (i < n) {
    const code = src.charCodeAt(i);
    // ASCII fast path.
    if (code < 0x80) {
      const ch = src[i] as string;
      if (TO_SPACE.has(ch) || code < 0x20 || code === 0x20 || code === 0x7f) push(' ', i, i + 1);
      else if (code >= 0x41 && code <= 0x5a) push(String.fromCharCode(code + 32), i, i + 1);
      else push(ch, i, i + 1);
      i++;
      continue;
    }
    let width = 1;
    let ch: string;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = src.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        width = 2;
        ch = src.slice(i, i + 2);
      } else ch = '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) ch = '\ufffd';
    else ch = src[i] as string;

    if (DROPPED.test(ch)) {
      i += width;
      continue;
    }
    if (SPACE.test(ch)) push(' ', i, i + width);
    else {
      const folded = foldChar(ch);
      push(TO_SPACE.has(folded) ? ' ' : folded, i, i + width);
    }
    i += width;
  }
  // Drop one trailing space so the folded text is trimmed.
  if (len > 0 && out[len - 1] === ' ') {
    out.pop();
    len--;
  }
  return { text: out.join(''), starts: starts2.subarray(0, len), ends: ends2.subarray(0, len) };
}

/** Fold a phrase pattern written by a rule author the same way (case, accents, full-width); regex syntax survives. */
export function foldPattern(pattern: string): string {
  // Escapes (\p{L}, \S, \$…) are kept verbatim: lower-casing them would change their meaning.
  return pattern
    .split(/(\\[pP]\{[^}]*\}|\\.)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.normalize('NFKD').replace(COMBINING_DIACRITIC, '').normalize('NFC').toLowerCase(),
    )
    .join('');
}

/** Map a [start, end) range in folded text back to the original text. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.starts.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, norm.starts.length - 1));
  const e = Math.max(s, Math.min(end - 1, norm.ends.length - 1));
  return { start: norm.starts[s] as number, end: norm.ends[e] as number };
}
