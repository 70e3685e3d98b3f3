import { draft, finding, L, type LintRule, lengthOver, offsetOfCodePoint, SECTION_LIMITS, span } from '../rule';

const MAX = 60;

export const rule: LintRule = {
  id: 'footer-length',
  severity: 'error',
  description: `The footer is at most ${MAX} characters.`,
  source: { section: SECTION_LIMITS, quote: 'Footer: ≤ 60 characters; text only; no parameters.' },
  check(ctx) {
    const n = lengthOver(ctx.footerText, MAX);
    if (n === undefined) return [];
    return [
      finding(rule, {
        message: L(
          `The footer has ${n} characters; Meta's limit is ${MAX}.`,
          `El pie tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
          `O rodapé tem ${n} caracteres; o limite da Meta é ${MAX}.`,
        ),
        suggestion: L('Shorten the footer.', 'Acorta el pie.', 'Encurte o rodapé.'),
        span: span('footer', ctx.footerText, offsetOfCodePoint(ctx.footerText, MAX), ctx.footerText.length),
      }),
    ];
  },
  examples: {
    valid: [draft({ body: 'Body text here.', footer: 'f'.repeat(MAX) })],
    invalid: [draft({ body: 'Body text here.', footer: 'f'.repeat(MAX + 1) })],
  },
};
