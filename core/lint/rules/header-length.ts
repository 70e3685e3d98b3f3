import { draft, finding, L, type LintRule, lengthOver, offsetOfCodePoint, SECTION_LIMITS, span } from '../rule';

const MAX = 60;

export const rule: LintRule = {
  id: 'header-length',
  severity: 'error',
  description: `A text header is at most ${MAX} characters.`,
  source: {
    section: SECTION_LIMITS,
    quote: 'Text header: ≤ 60 characters; 1 parameter max; markdown special characters not supported.',
  },
  check(ctx) {
    const n = lengthOver(ctx.headerText, MAX);
    if (n === undefined) return [];
    return [
      finding(rule, {
        message: L(
          `The header has ${n} characters; Meta's limit is ${MAX}.`,
          `El encabezado tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
          `O cabeçalho tem ${n} caracteres; o limite da Meta é ${MAX}.`,
        ),
        suggestion: L(
          'Shorten the header and move details into the body.',
          'Acorta el encabezado y pasa los detalles al cuerpo.',
          'Encurte o cabeçalho e passe os detalhes para o corpo.',
        ),
        span: span('header', ctx.headerText, offsetOfCodePoint(ctx.headerText, MAX), ctx.headerText.length),
      }),
    ];
  },
  examples: {
    valid: [draft({ header: 'h'.repeat(MAX), body: 'Body text here.' })],
    invalid: [draft({ header: 'h'.repeat(MAX + 1), body: 'Body text here.' })],
  },
};
