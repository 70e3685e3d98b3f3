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
export const GREETING_VARIABLE =
  /(^|[^\p{L}])(hi|hello|hey|dear|hola|buenas|buenos d[ií]as|ol[aá]|oi|prezad[oa]s?(?:\(a\))?|car[oa]|querid[oa]|estimad[oa]s?|ciao|salve|gentile|egregi[oa]|bonjour|salut|cher|chère|hallo|liebe[rs]?|sehr geehrte[rs]?|halo|hai|merhaba|sayın|sevgili|नमस्ते|प्रिय|مرحبا|عزيزي)[ \t]*,?[ \t]*\{\{[^{}]*\}\}/giu;

const SENTENCE_BREAK = /[.!?。！？\n\u0964\u06d4]/;

/** `text` with every greeting's name variable blanked (same length, so offsets stay valid). */
export function blankGreetingNames(text: string): string {
  return text.replace(GREETING_VARIABLE, (m, before: string, greeting: string) =>
    `${before}${greeting}`.padEnd(m.length, ' '),
  );
}

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
  const blanked = blankGreetingNames(text);
  const from = Math.max(0, start - maxGap);
  const to = Math.min(blanked.length, end + maxGap);
  CODE_SLOT.lastIndex = 0;
  const window = blanked.slice(from, to);
  for (let m = CODE_SLOT.exec(window); m !== null; m = CODE_SLOT.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < end && e > start) return { start: s, end: e };
    const between = s >= end ? blanked.slice(end, s) : blanked.slice(e, start);
    if (!SENTENCE_BREAK.test(between)) return { start: s, end: e };
  }
  return null;
}
