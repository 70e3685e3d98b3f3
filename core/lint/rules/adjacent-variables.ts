import type { FieldRef } from '../../template/schema';
import { draft, finding, L, type LintRule, MAX_REPORTED, SECTION_BSP, span } from '../rule';

/** Whether text[from, to) is empty or whitespace, without copying it (bodies can have thousands of variables). */
function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b))) return false;
  }
  return true;
}

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
    const out = [];
    for (const [field, text, { variables }] of fields) {
      for (let i = 1; i < variables.length && out.length < MAX_REPORTED; i++) {
        const prev = variables[i - 1];
        const v = variables[i];
        if (!prev || !v || !onlyWhitespace(text, prev.end, v.start)) continue;
        out.push(
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
        );
      }
    }
    return out;
  },
  examples: {
    valid: [draft({ body: 'Hi {{1}}, your balance is {{2}} today.', bodySamples: ['Ana', '$5'] })],
    invalid: [draft({ body: 'Hi {{1}} {{2}}, your order is ready.', bodySamples: ['Ana', 'Silva'] })],
  },
};
