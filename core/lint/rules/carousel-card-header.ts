import { card, cardParts, carousel, draft, finding, L, type LintRule, SECTION_FORMATS } from '../rule';

/** Every card needs its header: an image or video (media cards) or the product (product cards). */
export const rule: LintRule = {
  id: 'carousel-card-header',
  severity: 'error',
  description: 'Each carousel card has a header: an image or a video on media cards, the product on product cards.',
  source: {
    section: SECTION_FORMATS.carousel,
    quote:
      'Each card in the template has an image or video header asset … Card header format: Required. Value can be image or video.',
  },
  check(ctx) {
    if (ctx.format !== 'CAROUSEL' && ctx.format !== 'PRODUCT_CAROUSEL') return [];
    const allowed = ctx.format === 'PRODUCT_CAROUSEL' ? ['PRODUCT'] : ['IMAGE', 'VIDEO'];
    const out = [];
    for (const [i, c] of ctx.cards.entries()) {
      const { header } = cardParts(c);
      if (header && allowed.includes(header.format)) continue;
      const n = i + 1;
      out.push(
        finding(rule, {
          message: header
            ? L(
                `Card ${n} has a ${header.format} header; carousel cards take ${allowed.join(' or ')}.`,
                `La tarjeta ${n} tiene un encabezado ${header.format}; las tarjetas admiten ${allowed.join(' o ')}.`,
                `O cartão ${n} tem um cabeçalho ${header.format}; os cartões aceitam ${allowed.join(' ou ')}.`,
              )
            : L(
                `Card ${n} has no header; every card needs one (${allowed.join(' or ')}).`,
                `La tarjeta ${n} no tiene encabezado; cada tarjeta necesita uno (${allowed.join(' o ')}).`,
                `O cartão ${n} não tem cabeçalho; cada cartão precisa de um (${allowed.join(' ou ')}).`,
              ),
          suggestion: L(
            `Give card ${n} an ${allowed.join(' or ').toLowerCase()} header.`,
            `Pon a la tarjeta ${n} un encabezado de tipo ${allowed.join(' o ').toLowerCase()}.`,
            `Coloque no cartão ${n} um cabeçalho do tipo ${allowed.join(' ou ').toLowerCase()}.`,
          ),
        }),
      );
    }
    return out;
  },
  examples: {
    valid: [draft({ body: 'Our picks.', extra: [carousel([card({ header: 'VIDEO' }), card({ header: 'VIDEO' })])] })],
    invalid: [
      draft({ body: 'Our picks.', extra: [carousel([card(), card({ header: null })])] }),
      draft({ body: 'Our picks.', extra: [carousel([card({ header: 'DOCUMENT' }), card({ header: 'DOCUMENT' })])] }),
    ],
  },
};
