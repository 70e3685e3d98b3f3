import { EMOJI, URL_LIKE } from '../text/patterns';
/**
 * Is the text of a template Meta's fixed authentication form? Meta's authentication templates have preset,
 * non-customisable text ("{{1}} is your verification code."), an optional security add-on and an optional
 * expiry footer (meta-rules-and-pricing.md §1.4), localised per language. We check that every sentence of the
 * body and footer is one of those parts (found by the otp/auth-form rules), with no header text, URL or emoji.
 * Structural on purpose, so it works for languages whose exact preset wording we do not store.
 */
import type { RuleHit, Span } from '../types';
import type { FieldText } from './types';

const AUTH_PART_RULES = new Set([
  'otp-code',
  'otp-password',
  'otp-fixed-form',
  'auth-security-disclaimer',
  'auth-expiry-notice',
]);
const SENTENCE = /[^.!?\n\u3002\uff01\uff1f\u0964\u06d4]+/g;
const VARIABLE = /\{\{[^{}]*\}\}/g;

export interface AuthFormCheck {
  fixed: boolean;
  /** Why not (short English reasons, for the CLI and tests). */
  problems: string[];
}

export function checkAuthForm(fields: readonly FieldText[], hits: readonly RuleHit[]): AuthFormCheck {
  const problems: string[] = [];
  const spans: Span[] = [];
  let hasOtp = false;
  for (const h of hits) {
    if (!AUTH_PART_RULES.has(h.ruleId)) continue;
    if (h.ruleId.startsWith('otp-')) hasOtp = true;
    spans.push(...h.evidence);
  }
  if (!hasOtp) problems.push('no one-time-code text');
  for (const f of fields) {
    if (f.kind === 'header') problems.push('authentication templates have no header text');
    if (f.kind !== 'body' && f.kind !== 'footer') continue;
    if (URL_LIKE.test(f.text)) problems.push(`URL in the ${f.kind}`);
    if (EMOJI.test(f.text)) problems.push(`emoji in the ${f.kind}`);
    const own = spans.filter((s) => s.field === f.field);
    for (const m of f.text.matchAll(SENTENCE)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const letters = m[0].replace(VARIABLE, '').replace(/[^\p{L}]/gu, '');
      if (letters.length === 0) continue;
      const covered = own.some((s) => s.start < end && s.end > start);
      if (!covered) problems.push(`custom text in the ${f.kind}: "${m[0].trim().slice(0, 60)}"`);
    }
  }
  return { fixed: problems.length === 0, problems };
}
