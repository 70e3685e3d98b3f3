/**
 * Where a one-time code would go. A passcode message has a slot for the code right next to the words that name
 * it ("{{1}} is your verification code", "Código: {{1}}", "kodunuz {{1}}"); a fraud warning that only mentions codes
 * ("we will never ask for your OTP"), or a footer reminder, has none near them. DERIVED.
 */

/** A variable, 4–8 digits, or a short token mixing letters and digits (a literal code). */
const CODE_SLOT =
  /\{\{[^{}]*\}\}|(?<![\p{L}\p{Nd}])(?:\p{Nd}{4,8}|(?=[\p{L}\p{Nd}]*\p{Nd})(?=[\p{L}\p{Nd}]*\p{L})[\p{L}\p{Nd}]{5,10})(?![\p{L}\p{Nd}])/gu;

/**
 * A variable right after a greeting ("Hola {{1}},", "Hi {{name}}", "Gentile {{1}}", "Merhaba {{1}}") holds the
 * customer's name, not a code: "Hola {{1}}, nunca te pediremos tu código" is a fraud warning, not an OTP message.
 */
const GREETING_BEFORE =
  /(?:^|[^\p{L}])(?:hi|hello|hey|dear|hola|buenas|buenos d[ií]as|ol[aá]|oi|prezad[oa]s?(?:\(a\))?|car[oa]|querid[oa]|estimad[oa]s?|ciao|salve|gentile|egregi[oa]|bonjour|salut|cher|chère|hallo|liebe[rs]?|sehr geehrte[rs]?|halo|hai|merhaba|sayın|sevgili|नमस्ते|प्रिय|مرحبا|عزيزي)[ \t]*,?[ \t]*$/iu;

/** Whether the variable starting at `at` follows a greeting (so holds a name). Reads only the 24 characters before it. */
export function isNameVariable(text: string, at: number): boolean {
  return GREETING_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

/** A named variable holds a code only if its name says so ({{code}}, {{otp}}, {{codigo_verificacao}}); {{bank_name}} does not. */
const CODE_NAME =
  /^\{\{\s*(\d+|[^{}]*(code|cod|otp|pin|token|tan|kod|kode|senha|clave|password|passcode|sifre|şifre|رمز|كود|कोड|ओटीपी)[^{}]*)\s*\}\}$/iu;

/**
 * The end of a sentence: ! ? and their CJK/Devanagari/Urdu forms, a line break, or a full stop followed by a capital
 * or the end — not the full stop of an abbreviation ("Rs. {{1}}", "A/c no. 1234", "Nr. {{2}}").
 */
const SENTENCE_BREAK = /[!?。！？\n\u0964\u06d4]|\.(?=\s*(?:\p{Lu}|$))/u;
/** A slot that is an amount of money ("{{1}} €", "R$ {{2}}") is not where a code goes. */
const CURRENCY_AFTER = /^\s?(?:€|£|₺|₹|\$|TL\b|EUR\b|USD\b|ريال|درهم|جنيه)/i;
const CURRENCY_BEFORE = /(?:R\$|US\$|\$|€|£|₹|Rp\.?|Rs\.?|S\/|USD|EUR|BRL|INR|TL)\s?$/i;

/**
 * The code slot in the same sentence as [start, end) and at most `maxGap` characters from it, or null.
 * A slot inside the range counts ("*{{1}}* is your code" as one piece of evidence).
 */
export function codeSlotNear(
  text: string,
  start: number,
  end: number,
  maxGap = 80,
): { start: number; end: number } | null {
  // Only a window around the evidence is read (this runs once per piece of evidence, on texts up to 100 KB). The
  // window reaches past the gap so a slot that starts within it is read whole ("{{123456}}").
  const from = Math.max(0, start - maxGap - 24);
  const to = Math.min(text.length, end + maxGap + 24);
  const window = text.slice(from, to);
  CODE_SLOT.lastIndex = 0;
  for (let m = CODE_SLOT.exec(window); m !== null; m = CODE_SLOT.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (m[0].startsWith('{{') && (!CODE_NAME.test(m[0]) || isNameVariable(text, s))) continue;
    if (CURRENCY_AFTER.test(text.slice(e, e + 5)) || CURRENCY_BEFORE.test(text.slice(Math.max(0, s - 4), s))) continue;
    if (s < end && e > start) return { start: s, end: e };
    if (s >= end ? s - end > maxGap : start - e > maxGap) continue;
    const between = s >= end ? window.slice(end - from, s - from) : window.slice(e - from, start - from);
    if (!SENTENCE_BREAK.test(between)) return { start: s, end: e };
  }
  return null;
}
