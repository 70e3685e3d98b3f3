import { draft, finding, L, type LintRule, SECTION_LIMITS, span } from '../rule';

export const rule: LintRule = {
  id: 'footer-variables',
  severity: 'error',
  description: 'The footer cannot contain variables.',
  source: { section: SECTION_LIMITS, quote: 'Footer: ≤ 60 characters; text only; no parameters.' },
  check(ctx) {
    return ctx.footerVars.variables.map((v) =>
      finding(rule, {
        message: L(
          `The footer contains the variable ${v.raw}; footers are fixed text.`,
          `El pie contiene la variable ${v.raw}; el pie es texto fijo.`,
          `O rodapé contém a variável ${v.raw}; rodapés são texto fixo.`,
        ),
        suggestion: L(
          'Move the variable into the body.',
          'Pasa la variable al cuerpo.',
          'Passe a variável para o corpo.',
        ),
        span: span('footer', ctx.footerText, v.start, v.end),
      }),
    );
  },
  examples: {
    valid: [draft({ body: 'Your order has shipped.', footer: 'Reply STOP to opt out' })],
    invalid: [draft({ body: 'Your order has shipped.', footer: 'Order {{1}}' })],
  },
};
