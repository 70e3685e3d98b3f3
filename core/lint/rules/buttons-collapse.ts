import { draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

export const rule: LintRule = {
  id: 'buttons-collapse',
  severity: 'info',
  description:
    'More than 3 buttons collapse into "See all options"; 4+ buttons, or quick replies mixed with other types, are not viewable on WhatsApp desktop.',
  source: {
    section: SECTION_LIMITS,
    quote:
      'More than 3 buttons collapse into "See all options". 4+ buttons, or a quick reply mixed with other types, are not viewable on desktop.',
  },
  check(ctx) {
    const n = ctx.buttons.length;
    const mixed =
      ctx.buttons.some((b) => b.type === 'QUICK_REPLY') && ctx.buttons.some((b) => b.type !== 'QUICK_REPLY');
    if (n <= 3 && !mixed) return [];
    return [
      finding(rule, {
        message:
          n > 3
            ? L(
                `${n} buttons: WhatsApp shows 3 and hides the rest under "See all options"; desktop cannot show them.`,
                `${n} botones: WhatsApp muestra 3 y oculta el resto en "Ver todas las opciones"; en escritorio no se ven.`,
                `${n} botões: o WhatsApp mostra 3 e esconde o resto em "Ver todas as opções"; no desktop não aparecem.`,
              )
            : L(
                'Quick replies mixed with other button types cannot be viewed on WhatsApp desktop.',
                'Las respuestas rápidas mezcladas con otros tipos de botón no se ven en WhatsApp de escritorio.',
                'Respostas rápidas misturadas com outros tipos de botão não aparecem no WhatsApp desktop.',
              ),
        suggestion: L(
          'Keep the most important buttons, ideally 3 or fewer of one kind.',
          'Deja los botones más importantes, idealmente 3 o menos de un solo tipo.',
          'Mantenha os botões mais importantes, de preferência 3 ou menos de um só tipo.',
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
        ],
      }),
    ],
    invalid: [
      draft({
        body: 'Your order has shipped.',
        buttons: ['A', 'B', 'C', 'D'].map((text) => ({ type: 'QUICK_REPLY' as const, text })),
      }),
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes' },
          { type: 'URL', text: 'Track', url: 'https://a.example' },
        ],
      }),
    ],
  },
};
