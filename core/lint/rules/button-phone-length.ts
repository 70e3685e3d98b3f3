import { draft, finding, L, type LintRule, lengthOver, SECTION_LIMITS } from '../rule';

const MAX = 20;

export const rule: LintRule = {
  id: 'button-phone-length',
  severity: 'error',
  description: `A phone button's number is at most ${MAX} characters.`,
  source: { section: SECTION_LIMITS, quote: 'Phone button: Number ≤ 20 characters.' },
  check(ctx) {
    return ctx.buttons.flatMap((b, i) => {
      const phone = b.type === 'PHONE_NUMBER' && typeof b.phone_number === 'string' ? b.phone_number : '';
      const n = lengthOver(phone, MAX);
      if (n === undefined) return [];
      return [
        finding(rule, {
          message: L(
            `Button ${i + 1} phone number has ${n} characters; Meta's limit is ${MAX}.`,
            `El teléfono del botón ${i + 1} tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
            `O telefone do botão ${i + 1} tem ${n} caracteres; o limite da Meta é ${MAX}.`,
          ),
          suggestion: L(
            'Write the number in international format without spaces, e.g. +5511999990000.',
            'Escribe el número en formato internacional sin espacios, p. ej. +5511999990000.',
            'Escreva o número em formato internacional sem espaços, ex. +5511999990000.',
          ),
        }),
      ];
    });
  },
  examples: {
    valid: [
      draft({
        body: 'Body text here.',
        buttons: [{ type: 'PHONE_NUMBER', text: 'Call', phone_number: '+5511999990000' }],
      }),
    ],
    invalid: [
      draft({
        body: 'Body text here.',
        buttons: [{ type: 'PHONE_NUMBER', text: 'Call', phone_number: '+55 (11) 9 9999-0000 ext 12' }],
      }),
    ],
  },
};
