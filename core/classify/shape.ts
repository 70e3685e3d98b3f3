/**
 * Structure of a template text that needs no language: variables (and what their names say), reference numbers,
 * dates and times, amounts of money, percentages, exclamation marks, questions, emoji, links, words in capitals
 * and the number of words. One pass over each text (this runs on every keystroke), with spans for the evidence.
 */
import { EMOJI } from '../text';
import type { Span } from '../types';
import { isNameVariable } from './code-slot';
import type { FieldText } from './types';

export interface ShapeScan {
  /** Variables that are not a greeting's name. */
  variables: Span[];
  identifiers: Span[];
  datesOrTimes: Span[];
  amounts: Span[];
  percents: Span[];
  exclamations: Span[];
  questions: Span[];
  emoji: Span[];
  links: Span[];
  capitals: Span[];
  /** Words with a letter, outside variables. */
  words: number;
}

export const emptyScan = (): ShapeScan => ({
  variables: [],
  identifiers: [],
  datesOrTimes: [],
  amounts: [],
  percents: [],
  exclamations: [],
  questions: [],
  emoji: [],
  links: [],
  capitals: [],
  words: 0,
});

/** What a variable's name says it holds ({{order_id}}, {{fecha}}, {{valor}}). */
const ID_NAME =
  /(^|[^a-z])(id|number|num|no|nr|ref|code|codigo|numero|protocol|protocolo|tracking|awb|pnr|invoice|order|pedido|ordine|commande|bestellnummer|nomor|numara|رقم)([^a-z]|$)/;
const DATE_NAME =
  /date|data|fecha|datum|tarih|tanggal|time|hora|ora|heure|uhrzeit|saat|jam|day|dia|giorno|jour|deadline|vencimento|scadenza|تاريخ|तारीख|समय/;
const AMOUNT_NAME =
  /amount|valor|importe|monto|importo|montant|betrag|tutar|jumlah|nominal|total|price|precio|preco|prezzo|prix|saldo|balance|مبلغ|राशि/;
/** A currency right before a number or variable ("R$ 10", "€{{2}}", "USD 5", "ر.س 99")… */
const CURRENCY_BEFORE =
  /(R\$|US\$|\$|€|£|₹|¥|₺|₦|Rp\.?|S\/|\b(USD|EUR|BRL|MXN|ARS|COP|CLP|PEN|INR|IDR|TRY|TL|SAR|AED|EGP|GBP|MAD|NGN|KES|ZAR|CHF)|ر\.س|د\.إ|ج\.م|ريال|درهم|جنيه|रु\.?|रुपये)\s?$/i;
/** …or right after it ("10 €", "{{1}} TL", "50 ريال"). */
const CURRENCY_AFTER = /^\s?(€|£|₺|₹|TL\b|EUR\b|USD\b|ريال|درهم|جنيه|रुपये)/i;
const DATE = /^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[:h]\d{2}$/;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const VARIABLE = /\{\{[^{}]*\}\}/g;

const charClass = new Map<string, number>();
const LETTER = 1;
const DIGIT = 2;
const EMOJI_CHAR = 4;
const UPPER = 8;
const LETTER_RE = /[\p{L}\p{M}]/u;
const DIGIT_RE = /\p{Nd}/u;

function classOf(ch: string): number {
  let c = charClass.get(ch);
  if (c === undefined) {
    c = 0;
    if (LETTER_RE.test(ch)) c |= LETTER;
    if (DIGIT_RE.test(ch)) c |= DIGIT;
    if (EMOJI.test(ch)) c |= EMOJI_CHAR;
    if (ch !== ch.toLowerCase()) c |= UPPER;
    if (charClass.size < 20_000) charClass.set(ch, c);
  }
  return c;
}

function asciiClass(code: number): number {
  if (code >= 0x30 && code <= 0x39) return DIGIT;
  if (code >= 0x61 && code <= 0x7a) return LETTER;
  if (code >= 0x41 && code <= 0x5a) return LETTER | UPPER;
  return 0;
}

/** Adds the structure of one field's text to `into`. */
export function scanShape(f: FieldText, into: ShapeScan): void {
  const text = f.text;
  const span = (start: number, end: number): Span => ({ field: f.field, start, end, text: text.slice(start, end) });

  // Variables first; then the text with variables blanked (same length), so they are not read as words or numbers.
  VARIABLE.lastIndex = 0;
  for (let m = VARIABLE.exec(text); m !== null; m = VARIABLE.exec(text)) {
    const open = m.index;
    const end = open + m[0].length;
    const v = span(open, end);
    if (!isNameVariable(text, open)) into.variables.push(v);
    const name = m[0].slice(2, -2).toLowerCase();
    if (ID_NAME.test(name)) into.identifiers.push(v);
    if (DATE_NAME.test(name)) into.datesOrTimes.push(v);
    if (AMOUNT_NAME.test(name) || CURRENCY_BEFORE.test(text.slice(Math.max(0, open - 5), open))) into.amounts.push(v);
    else if (CURRENCY_AFTER.test(text.slice(end, end + 7))) into.amounts.push(v);
  }
  const plain = text.includes('{{') ? text.replace(VARIABLE, (v) => ' '.repeat(v.length)) : text;

  if (plain.includes('http') || plain.includes('www.')) {
    URL.lastIndex = 0;
    for (let m = URL.exec(plain); m !== null; m = URL.exec(plain))
      into.links.push(span(m.index, m.index + m[0].length));
  }

  const n = plain.length;
  let i = 0;
  while (i < n) {
    const code = plain.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const cls = code < 0x80 ? asciiClass(code) : classOf(plain.slice(i, i + width));
    if ((cls & (LETTER | DIGIT)) === 0) {
      if (code === 0x25) into.percents.push(span(i, i + 1));
      else if (code === 0x21 || code === 0xff01) {
        // "¡Hola!" is one exclamation: the opening ¡ is not counted.
        let j = i + 1;
        while (j < n && (plain.charCodeAt(j) === 0x21 || plain.charCodeAt(j) === 0xff01)) j++;
        into.exclamations.push(span(i, j));
        i = j;
        continue;
      } else if (code === 0x3f || code === 0xbf || code === 0xff1f || code === 0x61f)
        into.questions.push(span(i, i + 1));
      else if (cls & EMOJI_CHAR) into.emoji.push(span(i, i + width));
      i += width;
      continue;
    }
    // A token: letters, marks and digits; digits may continue over one of . , : / - h between digits (dates, times,
    // phone and reference numbers).
    const start = i;
    let letters = 0;
    let digits = 0;
    let upper = 0;
    while (i < n) {
      const c = plain.charCodeAt(i);
      const w = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      const k = c < 0x80 ? asciiClass(c) : classOf(plain.slice(i, i + w));
      if (k & LETTER) {
        letters++;
        if (k & UPPER) upper++;
      } else if (k & DIGIT) digits++;
      else if (digits > 0 && letters === 0 && '.,:/-'.includes(plain[i] as string) && /\d/.test(plain[i + 1] ?? '')) {
        i++;
        continue;
      } else break;
      i += w;
    }
    if (letters > 0 && digits === 0) {
      into.words++;
      if (letters >= 3 && upper === letters) into.capitals.push(span(start, i));
      continue;
    }
    const length = i - start; // only number-like tokens are sliced (this loop sees every word of every keystroke)
    if (letters === 0) {
      if (DATE.test(plain.slice(start, i))) into.datesOrTimes.push(span(start, i));
      else if (digits >= 4) into.identifiers.push(span(start, i));
      if (
        CURRENCY_BEFORE.test(plain.slice(Math.max(0, start - 5), start)) ||
        CURRENCY_AFTER.test(plain.slice(i, i + 7))
      )
        into.amounts.push(span(start, i));
    } else if (length >= 5 && length <= 14 && upper + digits === length) {
      into.identifiers.push(span(start, i)); // AB12345, 7XK2P9
    } else into.words++;
  }
}
