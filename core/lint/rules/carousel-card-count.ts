import { card, carousel, draft, finding, L, type LintRule, SECTION_FORMATS } from '../rule';

const MIN = 2;
const MAX = 10;

export const rule: LintRule = {
  id: 'carousel-card-count',
  severity: 'error',
  description: `A carousel template defines ${MIN} to ${MAX} cards.`,
  source: {
    section: SECTION_FORMATS.carousel,
    quote: 'Define the exact number of product cards (minimum 2, maximum 10) when you create the template.',
  },
  check(ctx) {
    if (ctx.format !== 'CAROUSEL' && ctx.format !== 'PRODUCT_CAROUSEL') return [];
    const n = ctx.cards.length;
    if (n >= MIN && n <= MAX) return [];
    return [
      finding(rule, {
        message: L(
          `The carousel has ${n} card${n === 1 ? '' : 's'}; Meta needs ${MIN} to ${MAX}.`,
          `El carrusel tiene ${n} tarjeta${n === 1 ? '' : 's'}; Meta exige de ${MIN} a ${MAX}.`,
          `O carrossel tem ${n} cart${n === 1 ? 'ão' : 'ões'}; a Meta exige de ${MIN} a ${MAX}.`,
        ),
        suggestion:
          n < MIN
            ? L(
                'Add cards until there are at least two.',
                'Añade tarjetas hasta tener al menos dos.',
                'Adicione cartões até ter pelo menos dois.',
              )
            : L(
                'Remove cards until there are at most ten.',
                'Quita tarjetas hasta tener como máximo diez.',
                'Remova cartões até ter no máximo dez.',
              ),
      }),
    ];
  },
  examples: {
    valid: [draft({ body: 'Our picks for you.', extra: [carousel([card(), card(), card()])] })],
    invalid: [
      draft({ body: 'Our pick for you.', extra: [carousel([card()])] }),
      draft({ body: 'Our picks.', extra: [carousel(Array.from({ length: 11 }, () => card()))] }),
    ],
  },
};
