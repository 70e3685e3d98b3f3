import { draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

export const rule: LintRule = {
  id: 'body-required',
  severity: 'error',
  description: 'A template needs a BODY component with text.',
  source: {
    section: SECTION_LIMITS,
    quote: 'Body required (1); header optional (1); footer optional (1); buttons optional.',
  },
  check(ctx) {
    if (ctx.bodyText.trim() !== '') return [];
    return [
      finding(rule, {
        message: L(
          'The template has no body text.',
          'La plantilla no tiene texto de cuerpo.',
          'O modelo não tem texto de corpo.',
        ),
        suggestion: L('Write the message body.', 'Escribe el cuerpo del mensaje.', 'Escreva o corpo da mensagem.'),
      }),
    ];
  },
  examples: {
    valid: [draft({ body: 'Your order has shipped.' })],
    invalid: [draft({ header: 'Hi' }), draft({ body: '   ' })],
  },
};
