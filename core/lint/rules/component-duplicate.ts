import { draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

const SINGLE = ['HEADER', 'BODY', 'FOOTER', 'BUTTONS'] as const;

export const rule: LintRule = {
  id: 'component-duplicate',
  severity: 'error',
  description: 'At most one HEADER, BODY, FOOTER and BUTTONS component.',
  source: {
    section: SECTION_LIMITS,
    quote: 'Body required (1); header optional (1); footer optional (1); buttons optional.',
  },
  check(ctx) {
    return SINGLE.filter((type) => ctx.components.filter((c) => c.type === type).length > 1).map((type) =>
      finding(rule, {
        message: L(
          `The template has more than one ${type} component; only the first is analysed.`,
          `La plantilla tiene más de un componente ${type}; solo se analiza el primero.`,
          `O modelo tem mais de um componente ${type}; só o primeiro é analisado.`,
        ),
        suggestion: L(`Merge them into one ${type}.`, `Combínalos en un solo ${type}.`, `Junte-os num único ${type}.`),
      }),
    );
  },
  examples: {
    valid: [draft({ header: 'Hi', body: 'Your order has shipped.', footer: 'Thanks' })],
    invalid: [
      {
        components: [
          { type: 'BODY', text: 'One' },
          { type: 'BODY', text: 'Two' },
        ],
      },
    ],
  },
};
