import { draft, finding, L, type LintRule, SECTION_LIMITS, span } from '../rule';

export const rule: LintRule = {
  id: 'header-variables',
  severity: 'error',
  description: 'A text header has at most one variable.',
  source: { section: SECTION_LIMITS, quote: 'Text header: ≤ 60 characters; 1 parameter max.' },
  check(ctx) {
    const extra = ctx.headerVars.variables.slice(1);
    const first = extra[0];
    const last = extra.at(-1);
    if (!first || !last) return [];
    return [
      finding(rule, {
        message: L(
          `The header has ${extra.length + 1} variables; Meta allows 1.`,
          `El encabezado tiene ${extra.length + 1} variables; Meta permite 1.`,
          `O cabeçalho tem ${extra.length + 1} variáveis; a Meta permite 1.`,
        ),
        suggestion: L(
          'Keep one variable in the header and move the others to the body.',
          'Deja una variable en el encabezado y pasa las demás al cuerpo.',
          'Mantenha uma variável no cabeçalho e passe as outras para o corpo.',
        ),
        span: span('header', ctx.headerText, first.start, last.end),
      }),
    ];
  },
  examples: {
    valid: [draft({ header: 'Order {{1}}', headerSamples: ['A1'], body: 'Your order has shipped.' })],
    invalid: [draft({ header: 'Order {{1}} for {{2}}', headerSamples: ['A1'], body: 'Your order has shipped.' })],
  },
};
