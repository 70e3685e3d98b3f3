import type { FieldRef } from '../../template/schema';
import type { MalformedReason } from '../../template/variables';
import type { Localized } from '../../types';
import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

const WHY: Record<MalformedReason, Localized> = {
  unclosed: L('"{{" is never closed', '"{{" nunca se cierra', '"{{" nunca é fechado'),
  unopened: L('"}}" has no opening "{{"', '"}}" no tiene "{{" de apertura', '"}}" não tem "{{" de abertura'),
  mismatched: L('the braces do not match', 'las llaves no coinciden', 'as chaves não coincidem'),
  'extra-braces': L('there are more than two braces', 'hay más de dos llaves', 'há mais de duas chaves'),
  'single-braces': L(
    'a variable needs double braces',
    'una variable necesita llaves dobles',
    'uma variável precisa de chaves duplas',
  ),
};

export const rule: LintRule = {
  id: 'braces-malformed',
  severity: 'error',
  description: 'Variables are written {{1}} or {{name}}: exactly two braces on each side.',
  source: { section: SECTION_REJECTIONS, quote: 'missing or mismatched braces' },
  check(ctx) {
    const fields: Array<[FieldRef, string, typeof ctx.bodyVars]> = [
      ['header', ctx.headerText, ctx.headerVars],
      ['body', ctx.bodyText, ctx.bodyVars],
      ['footer', ctx.footerText, ctx.footerVars],
    ];
    return fields.flatMap(([field, text, vars]) =>
      vars.malformed.map((m) =>
        finding(rule, {
          message: L(
            `Malformed variable "${m.text}" in the ${field}: ${WHY[m.reason].en}.`,
            `Variable mal formada "${m.text}" en ${field}: ${WHY[m.reason].es}.`,
            `Variável mal formada "${m.text}" em ${field}: ${WHY[m.reason].pt}.`,
          ),
          suggestion: L(
            'Write variables as {{1}}, {{2}}… (or {{name}} for named parameters).',
            'Escribe las variables como {{1}}, {{2}}… (o {{nombre}} para parámetros con nombre).',
            'Escreva as variáveis como {{1}}, {{2}}… (ou {{nome}} para parâmetros nomeados).',
          ),
          span: span(field, text, m.start, m.end),
        }),
      ),
    );
  },
  examples: {
    valid: [draft({ body: 'Hello {{1}}, your order {{2}} has shipped.', bodySamples: ['Ana', 'A1'] })],
    invalid: [
      draft({ body: 'Hello {{1}, your order has shipped.' }),
      draft({ body: 'Hello {{1}}}, your order has shipped.' }),
      draft({ body: 'Hello {{1 your order has shipped.' }),
    ],
  },
};
