import { charLength, draft, finding, L, type LintRule, offsetOfCodePoint, SECTION_LIMITS, span } from '../rule';

const MAX = 60;

export const rule: LintRule = {
  id: 'footer-length',
  severity: 'error',
  description: `The footer is at most ${MAX} characters.`,
  source: { section: SECTION_LIMITS, quote: 'Footer: ≤ 60 characters; text only; no parameters.' },
  check(ctx) {
    // A string of at most MAX UTF-16 units has at most MAX code points: skip counting.
    if (ctx.footerText.length <= MAX) return [];
    const n = charLength(ctx.footerText);
    if (n <= MAX) return [];
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
