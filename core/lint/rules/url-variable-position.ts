import { extractVariables } from '../../template/variables';
import { draft, finding, L, type LintRule, SECTION_LIMITS, span } from '../rule';

export const rule: LintRule = {
  id: 'url-variable-position',
  severity: 'error',
  description: 'A URL button has at most one variable, appended at the end of the URL.',
  source: { section: SECTION_LIMITS, quote: 'URL button: URL ≤ 2000 characters; 1 variable, appended at the end.' },
  check(ctx) {
    return ctx.buttons.flatMap((b, i) => {
      if (b.type !== 'URL' || typeof b.url !== 'string') return [];
      const url = b.url;
      const { variables } = extractVariables(url);
      const first = variables[0];
      if (!first) return [];
      const tooMany = variables.length > 1;
      const notAtEnd = url.slice(first.end).trim() !== '';
      if (!tooMany && !notAtEnd) return [];
      return [
        finding(rule, {
          message: tooMany
            ? L(
                `Button ${i + 1} URL has ${variables.length} variables; Meta allows 1, at the end.`,
                `La URL del botón ${i + 1} tiene ${variables.length} variables; Meta permite 1, al final.`,
                `A URL do botão ${i + 1} tem ${variables.length} variáveis; a Meta permite 1, no final.`,
              )
            : L(
                `Button ${i + 1} URL has its variable ${first.raw} in the middle; Meta only appends it at the end.`,
                `La URL del botón ${i + 1} tiene la variable ${first.raw} en medio; Meta solo la añade al final.`,
                `A URL do botão ${i + 1} tem a variável ${first.raw} no meio; a Meta só a acrescenta no final.`,
              ),
          suggestion: L(
            'Use one variable as the last part of the URL, e.g. https://example.com/order/{{1}}.',
            'Usa una variable como última parte de la URL, p. ej. https://example.com/order/{{1}}.',
            'Use uma variável como última parte da URL, ex. https://example.com/order/{{1}}.',
          ),
          span: span(`buttons.${i}.url`, url, first.start, url.length),
        }),
      ];
    });
  },
  examples: {
    valid: [
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'URL', text: 'Track', url: 'https://a.example/t/{{1}}', example: ['https://a.example/t/A1'] },
        ],
      }),
    ],
    invalid: [
      draft({
        body: 'Your order has shipped.',
        buttons: [{ type: 'URL', text: 'Track', url: 'https://a.example/{{1}}/track' }],
      }),
      draft({
        body: 'Your order has shipped.',
        buttons: [{ type: 'URL', text: 'Track', url: 'https://a.example/{{1}}/{{2}}' }],
      }),
    ],
  },
};
