/** Small helpers shared by computed rules. */
import type { Span } from '../../types';
import { bodyText } from '../fields';
import type { RuleContext } from '../types';

/** Rule ids that make a template specific/essential (utility anchors) or authentication content. */
export function hasAnchorOrOtp(ctx: RuleContext): boolean {
  for (const id of ctx.hits.keys()) if (/^(anchor-|essential-|opt-in-|otp-)/.test(id)) return true;
  return false;
}

/** A span covering the whole body (for rules about the body as a whole). */
export function wholeBody(ctx: RuleContext): Span[] {
  const body = bodyText(ctx.draft);
  return [{ field: 'body', start: 0, end: body.length, text: body }];
}

/** Words with at least one letter, outside {{variables}}. Scripts without spaces count one word per 3 letters. */
export function wordCount(text: string): number {
  const withoutVars = text.replace(/\{\{[^{}]*\}\}/g, ' ');
  let count = 0;
  for (const token of withoutVars.split(/[\s\p{P}\p{S}]+/u)) {
    if (!/\p{L}/u.test(token)) continue;
    const unspaced = token.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu);
    count += unspaced && unspaced.length > 3 ? Math.ceil(unspaced.length / 3) : 1;
  }
  return count;
}
