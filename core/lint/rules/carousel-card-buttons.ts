import { card, cardParts, carousel, draft, finding, L, type LintRule, SECTION_FORMATS } from '../rule';

const MEDIA_TYPES = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER']);
const PRODUCT_TYPES = new Set(['SPM', 'URL']);

/** Media cards: up to 2 buttons (quick reply, URL, phone). Product cards: one View (SPM) or URL button. */
export const rule: LintRule = {
  id: 'carousel-card-buttons',
  severity: 'error',
  description:
    'Media carousel cards have at most two buttons (quick reply, URL, phone number); product cards one View or URL button.',
  source: {
    section: SECTION_FORMATS.carousel,
    quote:
      '… can optionally include a body text and up to two buttons. Button combinations can be a mix of quick reply buttons, phone number buttons, and URL buttons.',
  },
  check(ctx) {
    if (ctx.format !== 'CAROUSEL' && ctx.format !== 'PRODUCT_CAROUSEL') return [];
    const product = ctx.format === 'PRODUCT_CAROUSEL';
    const out = [];
    for (const [i, c] of ctx.cards.entries()) {
      const { buttons } = cardParts(c);
      const types = product ? PRODUCT_TYPES : MEDIA_TYPES;
      const wrong = buttons.filter((b) => !types.has(String(b?.type)));
      const tooMany = product ? buttons.length !== 1 : buttons.length > 2;
      if (!tooMany && wrong.length === 0) continue;
      const n = i + 1;
      out.push(
        finding(rule, {
          message: wrong.length
            ? L(
                `Card ${n} has a ${wrong[0]?.type} button; ${product ? 'product cards take a View or URL button' : 'media cards take quick reply, URL or phone number buttons'}.`,
                `La tarjeta ${n} tiene un botón ${wrong[0]?.type}; ${product ? 'las tarjetas de producto llevan un botón Ver o URL' : 'las tarjetas admiten botones de respuesta rápida, URL o teléfono'}.`,
                `O cartão ${n} tem um botão ${wrong[0]?.type}; ${product ? 'cartões de produto levam um botão Ver ou URL' : 'os cartões aceitam botões de resposta rápida, URL ou telefone'}.`,
              )
            : L(
                `Card ${n} has ${buttons.length} buttons; ${product ? 'a product card has exactly one' : 'a media card has at most two'}.`,
                `La tarjeta ${n} tiene ${buttons.length} botones; ${product ? 'una tarjeta de producto tiene exactamente uno' : 'una tarjeta admite como máximo dos'}.`,
                `O cartão ${n} tem ${buttons.length} botões; ${product ? 'um cartão de produto tem exatamente um' : 'um cartão aceita no máximo dois'}.`,
              ),
          suggestion: L(
            product
              ? 'Keep one View (or URL) button per card.'
              : 'Keep at most two quick reply, URL or phone buttons per card.',
            product
              ? 'Deja un botón Ver (o URL) por tarjeta.'
              : 'Deja como máximo dos botones de respuesta rápida, URL o teléfono por tarjeta.',
            product
              ? 'Deixe um botão Ver (ou URL) por cartão.'
              : 'Deixe no máximo dois botões de resposta rápida, URL ou telefone por cartão.',
          ),
        }),
      );
    }
    return out;
  },
  examples: {
    valid: [
      draft({
        body: 'Our picks.',
        extra: [
          carousel([
            card({
              buttons: [
                { type: 'QUICK_REPLY', text: 'More' },
                { type: 'URL', text: 'Buy', url: 'https://x.example' },
              ],
            }),
            card({
              buttons: [
                { type: 'QUICK_REPLY', text: 'More' },
                { type: 'URL', text: 'Buy', url: 'https://x.example' },
              ],
            }),
          ]),
        ],
      }),
    ],
    invalid: [
      draft({
        body: 'Our picks.',
        extra: [
          carousel([
            card({
              buttons: [
                { type: 'QUICK_REPLY', text: 'A' },
                { type: 'QUICK_REPLY', text: 'B' },
                { type: 'QUICK_REPLY', text: 'C' },
              ],
            }),
            card({ buttons: [{ type: 'QUICK_REPLY', text: 'A' }] }),
          ]),
        ],
      }),
      draft({
        body: 'Our picks.',
        extra: [carousel([card({ buttons: [{ type: 'COPY_CODE', example: 'X' }] }), card()])],
      }),
    ],
  },
};
