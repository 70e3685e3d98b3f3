import { draft, finding, L, type LintRule, lengthOver, SECTION_LIMITS, span } from '../rule';

const MAX = 2000;

export const rule: LintRule = {
  id: 'button-url-length',
  severity: 'error',
  description: `A URL button's URL is at most ${MAX} characters.`,
  source: { section: SECTION_LIMITS, quote: 'URL button: URL ≤ 2000 characters; 1 variable, appended at the end.' },
  check(ctx) {
    return ctx.buttons.flatMap((b, i) => {
      const url = b.type === 'URL' && typeof b.url === 'string' ? b.url : '';
      const n = lengthOver(url, MAX);
      if (n === undefined) return [];
      return [
        finding(rule, {
          message: L(
            `Button ${i + 1} URL has ${n} characters; Meta's limit is ${MAX}.`,
            `La URL del botón ${i + 1} tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
            `A URL do botão ${i + 1} tem ${n} caracteres; o limite da Meta é ${MAX}.`,
          ),
          suggestion: L('Use a shorter URL.', 'Usa una URL más corta.', 'Use uma URL mais curta.'),
          span: span(`buttons.${i}.url`, url, 0, url.length),
        }),
      ];
    });
  },
  examples: {
    valid: [draft({ body: 'Body text here.', buttons: [{ type: 'URL', text: 'Open', url: 'https://example.com/a' }] })],
    invalid: [
      draft({
        body: 'Body text here.',
        buttons: [{ type: 'URL', text: 'Open', url: `https://example.com/${'a'.repeat(MAX)}` }],
      }),
    ],
  },
};
