import { draft, finding, L, type LintRule, lengthOver, offsetOfCodePoint, SECTION_LIMITS, span } from '../rule';

const MAX = 25;

export const rule: LintRule = {
  id: 'button-text-length',
  severity: 'error',
  description: `Button text is at most ${MAX} characters.`,
  source: { section: SECTION_LIMITS, quote: 'Button text: ≤ 25 characters.' },
  check(ctx) {
    return ctx.buttons.flatMap((b, i) => {
      const text = typeof b.text === 'string' ? b.text : '';
      const n = lengthOver(text, MAX);
      if (n === undefined) return [];
      return [
        finding(rule, {
          message: L(
            `Button ${i + 1} text has ${n} characters; Meta's limit is ${MAX}.`,
            `El texto del botón ${i + 1} tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
            `O texto do botão ${i + 1} tem ${n} caracteres; o limite da Meta é ${MAX}.`,
          ),
          suggestion: L('Use a shorter label.', 'Usa una etiqueta más corta.', 'Use um rótulo mais curto.'),
          span: span(`buttons.${i}.text`, text, offsetOfCodePoint(text, MAX), text.length),
        }),
      ];
    });
  },
  examples: {
    valid: [draft({ body: 'Body text here.', buttons: [{ type: 'QUICK_REPLY', text: 'b'.repeat(MAX) }] })],
    invalid: [draft({ body: 'Body text here.', buttons: [{ type: 'QUICK_REPLY', text: 'b'.repeat(MAX + 1) }] })],
  },
};
