import type { FieldRef } from '../../template/schema';
import type { VariableToken } from '../../template/variables';
import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

/** Numbers used, first token of each, in ascending order. */
function positional(tokens: VariableToken[]): Map<number, VariableToken> {
  const byNumber = new Map<number, VariableToken>();
  for (const t of tokens) {
    if (t.kind !== 'positional' || t.problem) continue;
    const n = Number(t.name);
    if (!byNumber.has(n)) byNumber.set(n, t);
  }
  return new Map([...byNumber.entries()].sort((a, b) => a[0] - b[0]));
}

export const rule: LintRule = {
  id: 'variables-sequential',
  severity: 'error',
  description: 'Positional variables are numbered {{1}}, {{2}}, … from 1 without gaps (header and body each).',
  source: {
    section: SECTION_REJECTIONS,
    quote: 'Positional variables: {{1}}, {{2}}, … sequential with no gaps (non-sequential parameters are rejected).',
  },
  check(ctx) {
    const fields: Array<[FieldRef, string, VariableToken[]]> = [
      ['header', ctx.headerText, ctx.headerVars.variables],
      ['body', ctx.bodyText, ctx.bodyVars.variables],
    ];
    return fields.flatMap(([field, text, tokens]) => {
      const used = positional(tokens);
      let expected = 1;
      for (const [n, token] of used) {
        if (n !== expected) {
          const missing = `{{${expected}}}`;
          return [
            finding(rule, {
              message:
                n < expected
                  ? L(
                      `Variables in the ${field} start at {{1}}, not ${token.raw}.`,
                      `Las variables de ${field} empiezan en {{1}}, no en ${token.raw}.`,
                      `As variáveis de ${field} começam em {{1}}, não em ${token.raw}.`,
                    )
                  : L(
                      `Variables in the ${field} are not sequential: ${token.raw} appears but ${missing} is missing.`,
                      `Las variables de ${field} no son consecutivas: aparece ${token.raw} pero falta ${missing}.`,
                      `As variáveis de ${field} não são sequenciais: aparece ${token.raw} mas falta ${missing}.`,
                    ),
              suggestion: L(
                'Number the variables 1, 2, 3… in order, without gaps.',
                'Numera las variables 1, 2, 3… en orden, sin saltos.',
                'Numere as variáveis 1, 2, 3… em ordem, sem saltos.',
              ),
              span: span(field, text, token.start, token.end),
            }),
          ];
        }
        expected++;
      }
      return [];
    });
  },
  examples: {
    valid: [draft({ body: 'Hi {{1}}, order {{2}} is ready, {{1}}.', bodySamples: ['Ana', 'A1'] })],
    invalid: [
      draft({ body: 'Hi {{1}}, order {{3}} is ready.', bodySamples: ['Ana', 'A1'] }),
      draft({ body: 'Hi {{2}}, your order is ready.', bodySamples: ['Ana'] }),
      draft({ body: 'Hi {{0}}, your order is ready.', bodySamples: ['Ana'] }),
    ],
  },
};
