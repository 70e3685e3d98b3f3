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
/**
 * Marks dropped so spelling variants meet: Latin/Greek/Cyrillic combining diacritics (U+0300–U+036F, "código" =
 * "codigo"), Arabic short vowels and tatweel (U+064B–U+0652, U+0670, U+0640: rarely written, never meaningful
 * for matching) and the Devanagari nukta (U+093C: "फ़्री" and "फ्री" are both written).
 */
const COMBINING_DIACRITIC = /[\u0300-\u036f\u064b-\u0652\u0670\u0640\u093c]/g;
/**
 * Letter variants folded to one form (applied to text and to phrase patterns alike): Arabic alef with hamza or
 * madda → bare alef, alef maqsura → ya, ta marbuta → ha (informal writing mixes them); Turkish dotless ı → i
 * (upper-case I already lower-cases to i); German ß → ss (Swiss spelling).
 */
const LETTER_FOLD: Record<string, string> = {
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u0629': '\u0647',
  '\u0131': 'i',
  '\u00df': 'ss',
};
const LETTER_VARIANT = /[\u0623\u0625\u0622\u0671\u0649\u0629\u0131\u00df]/g;
const foldLetters = (s: string) => s.replace(LETTER_VARIANT, (c) => LETTER_FOLD[c] ?? c);
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
const COLLAPSIBLE_CHARS = `!?.,;:-'"#$%&+=/\\|<>()[]^@`;

/** ASCII folding table: lower case; control characters, braces and WhatsApp formatting become spaces. */
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_FOLD[c] = c <= 0x20 || c === 0x7f || TO_SPACE.has(ch) ? 0x20 : c >= 0x41 && c <= 0x5a ? c + 32 : c;
}
const COLLAPSIBLE_CODE = new Uint8Array(128);
for (const ch of COLLAPSIBLE_CHARS) COLLAPSIBLE_CODE[ch.charCodeAt(0)] = 1;

const cache = new Map<string, string>();

/** Fold one code point (already known to be non-ASCII or upper-case) to its match form. */
function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const mapped = PUNCT_FOLD[ch];
  if (DROPPED.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (mapped !== undefined) out = mapped;
  else {
    // NFKD folds full-width forms and ligatures and splits accents off; dropping U+0300–036F removes
    // Latin accents; NFC then re-composes what other scripts need (Hangul syllables, kana voicing marks).
    out = ch.normalize('NFKD').replace(COMBINING_DIACRITIC, '').normalize('NFC').toLowerCase();
    out = foldLetters(out.replace(COMBINING_DIACRITIC, ''));
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
  let codes = new Uint16Array(n + 16);
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let len = 0;
  let lastWasSpace = true; // suppress leading spaces
  let lastPunct = -1;

  // Appends one folded UTF-16 unit that came from src[s, e).
  const emit = (c: number, s: number, e: number) => {
    if (c === 0x20) {
      if (lastWasSpace) return;
    } else if (c < 0x80 && COLLAPSIBLE_CODE[c] === 1 && c === lastPunct) {
      ends[len - 1] = e; // extend the kept punctuation's original range over the run
      return;
    }
    if (len >= codes.length) {
      const size = codes.length * 2 + 16;
      const c2 = new Uint16Array(size);
      c2.set(codes);
      codes = c2;
      const s2 = new Int32Array(size);
      s2.set(starts);
      starts = s2;
      const e2 = new Int32Array(size);
      e2.set(ends);
      ends = e2;
    }
    codes[len] = c;
    starts[len] = s;
    ends[len] = e;
    len++;
    lastWasSpace = c === 0x20;
    lastPunct = c < 0x80 && COLLAPSIBLE_CODE[c] === 1 ? c : -1;
  };

  let i = 0;
  while (i < n) {
    const code = src.charCodeAt(i);
    if (code < 0x80) {
      // ASCII fast path.
      emit(ASCII_FOLD[code] as number, i, i + 1);
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

    const folded = foldChar(ch); // '' for dropped characters, ' ' for spaces (cached per character)
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      emit(c < 0x80 ? (ASCII_FOLD[c] as number) : c, i, i + width);
    }
    i += width;
  }
  if (len > 0 && codes[len - 1] === 0x20) len--; // trimmed
  let out = '';
  for (let k = 0; k < len; k += 8192) out += String.fromCharCode(...codes.subarray(k, Math.min(len, k + 8192)));
  return { text: out, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** Fold a phrase pattern written by a rule author the same way (case, accents, full-width); regex syntax survives. */
export function foldPattern(pattern: string): string {
  // Escapes (\p{L}, \S, \$…) are kept verbatim: lower-casing them would change their meaning.
  return pattern
    .split(/(\\[pP]\{[^}]*\}|\\.)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : foldLetters(part.normalize('NFKD').replace(COMBINING_DIACRITIC, '').normalize('NFC').toLowerCase()).replace(
            COMBINING_DIACRITIC,
            '',
          ),
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
