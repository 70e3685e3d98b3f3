import type { FieldRef } from '../../template/schema';
import { draft, finding, L, type LintRule, SECTION_BSP, span } from '../rule';

export const rule: LintRule = {
  id: 'adjacent-variables',
  severity: 'warning',
  description:
    'Two variables separated only by spaces are reported by providers as rejected (BSP-reported, not a Meta rule).',
  source: {
    section: SECTION_BSP,
    quote: 'Adjacent variables ({{1}} {{2}}) get rejected or need samples (Maqsam; Twilio error 63040).',
  },
  check(ctx) {
    const fields: Array<[FieldRef, string, typeof ctx.bodyVars]> = [
      ['header', ctx.headerText, ctx.headerVars],
      ['body', ctx.bodyText, ctx.bodyVars],
    ];
    return fields.flatMap(([field, text, { variables }]) =>
      variables.slice(1).flatMap((v, i) => {
        const prev = variables[i];
        if (!prev || text.slice(prev.end, v.start).trim() !== '') return [];
        return [
          finding(rule, {
            message: L(
              `${prev.raw} and ${v.raw} are next to each other with no text between them.`,
              `${prev.raw} y ${v.raw} están juntas sin texto entre ellas.`,
              `${prev.raw} e ${v.raw} estão juntas sem texto entre elas.`,
            ),
            suggestion: L(
              'Put words between the variables, or merge them into one variable.',
              'Pon palabras entre las variables o únelas en una sola.',
              'Coloque palavras entre as variáveis ou junte-as numa só.',
            ),
            span: span(field, text, prev.start, v.end),
          }),
        ];
      }),
    );
  },
  examples: {
    valid: [draft({ body: 'Hi {{1}}, your balance is {{2}} today.', bodySamples: ['Ana', '$5'] })],
    invalid: [draft({ body: 'Hi {{1}} {{2}}, your order is ready.', bodySamples: ['Ana', 'Silva'] })],
  },
};
