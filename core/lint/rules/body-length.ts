import { draft, finding, L, type LintRule, lengthOver, offsetOfCodePoint, SECTION_LIMITS, span } from '../rule';

const MAX = 1024;

export const rule: LintRule = {
  id: 'body-length',
  severity: 'error',
  description: `Body text is at most ${MAX} characters.`,
  source: { section: SECTION_LIMITS, quote: 'Body: ≤ 1024 characters; multiple parameters.' },
  check(ctx) {
    const n = lengthOver(ctx.bodyText, MAX);
    if (n === undefined) return [];
    return [
      finding(rule, {
        message: L(
          `The body has ${n} characters; Meta's limit is ${MAX}.`,
          `El cuerpo tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
          `O corpo tem ${n} caracteres; o limite da Meta é ${MAX}.`,
        ),
        suggestion: L(
          `Remove at least ${n - MAX} characters.`,
          `Elimina al menos ${n - MAX} caracteres.`,
          `Remova pelo menos ${n - MAX} caracteres.`,
        ),
        span: span('body', ctx.bodyText, offsetOfCodePoint(ctx.bodyText, MAX), ctx.bodyText.length),
      }),
    ];
  },
  examples: {
    valid: [draft({ body: 'a'.repeat(MAX) }), draft({ body: '😀'.repeat(MAX) })],
    invalid: [draft({ body: 'a'.repeat(MAX + 1) })],
  },
};
