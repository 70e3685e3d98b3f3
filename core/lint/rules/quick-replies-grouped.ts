import { draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

export const rule: LintRule = {
  id: 'quick-replies-grouped',
  severity: 'error',
  description: 'Quick-reply buttons must be grouped together, before or after the other button types, not interleaved.',
  source: { section: SECTION_LIMITS, quote: 'Quick replies must be grouped separately from the other button types.' },
  check(ctx) {
    let groups = 0;
    let prev: boolean | undefined;
    for (const b of ctx.buttons) {
      const qr = b.type === 'QUICK_REPLY';
      if (qr !== prev) groups++;
      prev = qr;
    }
    if (groups <= 2) return [];
    return [
      finding(rule, {
        message: L(
          'Quick-reply buttons are mixed in between other buttons.',
          'Los botones de respuesta rápida están intercalados con otros botones.',
          'Os botões de resposta rápida estão intercalados com outros botões.',
        ),
        suggestion: L(
          'Put all quick replies first (or last), then the other buttons.',
          'Pon todas las respuestas rápidas primero (o al final) y luego los demás botones.',
          'Coloque todas as respostas rápidas primeiro (ou por último) e depois os outros botões.',
        ),
      }),
    ];
  },
  examples: {
    valid: [
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes' },
          { type: 'QUICK_REPLY', text: 'No' },
          { type: 'URL', text: 'Track', url: 'https://a.example' },
        ],
      }),
    ],
    invalid: [
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes' },
          { type: 'URL', text: 'Track', url: 'https://a.example' },
          { type: 'QUICK_REPLY', text: 'No' },
        ],
      }),
    ],
  },
};
