import type { FieldRef } from '../../template/schema';
import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

export const rule: LintRule = {
  id: 'variable-special-characters',
  severity: 'error',
  description: 'No special characters (#, $, %) inside a variable.',
  source: {
    section: SECTION_REJECTIONS,
    quote: 'special characters inside parameters; no special characters (#, $, %) inside.',
  },
  check(ctx) {
    const fields: Array<[FieldRef, string, typeof ctx.bodyVars]> = [
      ['header', ctx.headerText, ctx.headerVars],
      ['body', ctx.bodyText, ctx.bodyVars],
      ['footer', ctx.footerText, ctx.footerVars],
    ];
    return fields.flatMap(([field, text, { variables }]) =>
      variables
        .filter((v) => v.problem === 'special-characters')
        .map((v) =>
          finding(rule, {
            message: L(
              `The variable ${v.raw} contains a special character (#, $ or %).`,
              `La variable ${v.raw} contiene un carácter especial (#, $ o %).`,
              `A variável ${v.raw} contém um caractere especial (#, $ ou %).`,
            ),
            suggestion: L(
              'Keep symbols outside the braces, e.g. "$ {{1}}" instead of "{{$1}}".',
              'Deja los símbolos fuera de las llaves, p. ej. "$ {{1}}" en vez de "{{$1}}".',
              'Deixe os símbolos fora das chaves, ex. "$ {{1}}" em vez de "{{$1}}".',
            ),
            span: span(field, text, v.start, v.end),
          }),
        ),
    );
  },
  examples: {
    valid: [draft({ body: 'Your total is $ {{1}} for this order.', bodySamples: ['10'] })],
    invalid: [
      draft({ body: 'Your total is {{$1}} for this order.' }),
      draft({ body: 'Order {{#1}} has shipped today.' }),
    ],
  },
};
