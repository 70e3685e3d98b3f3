import type { CarouselCard } from '../../template/schema';
import { card, cardParts, carousel, draft, finding, L, type LintRule, SECTION_FORMATS } from '../rule';

/** What must be equal on every card: header format, body or not, and the buttons' types in order. */
function shapeOf(c: CarouselCard): string {
  const { header, body, buttons } = cardParts(c);
  const media = header?.format === 'VIDEO' || header?.format === 'IMAGE' ? 'MEDIA' : (header?.format ?? 'NONE');
  return `${media}|${body ? 'body' : 'no body'}|${buttons.map((b) => b?.type).join(',')}`;
}

export const rule: LintRule = {
  id: 'carousel-cards-consistent',
  severity: 'error',
  description:
    'All cards of a carousel have the same components: a body on all or none, and the same buttons in the same order.',
  source: {
    section: SECTION_FORMATS.carousel,
    quote:
      'All cards defined on a template must have the same components. If any card in the carousel includes a card body text, then all cards must include a card body text.',
  },
  check(ctx) {
    if (ctx.cards.length < 2) return [];
    const first = shapeOf(ctx.cards[0] as CarouselCard);
    const odd = ctx.cards.map((c, i) => [i + 1, shapeOf(c)] as const).filter(([, s]) => s !== first);
    if (odd.length === 0) return [];
    const list = odd.map(([n]) => n).join(', ');
    return [
      finding(rule, {
        message: L(
          `Card${odd.length > 1 ? 's' : ''} ${list} differ${odd.length > 1 ? '' : 's'} from card 1 (body or buttons); Meta needs every card to have the same components.`,
          `La(s) tarjeta(s) ${list} difieren de la tarjeta 1 (cuerpo o botones); Meta exige los mismos componentes en todas.`,
          `O(s) cartão(ões) ${list} diferem do cartão 1 (corpo ou botões); a Meta exige os mesmos componentes em todos.`,
        ),
        suggestion: L(
          'Give every card the same parts: a body on all cards or on none, and the same buttons in the same order.',
          'Da a todas las tarjetas las mismas partes: cuerpo en todas o en ninguna, y los mismos botones en el mismo orden.',
          'Dê a todos os cartões as mesmas partes: corpo em todos ou em nenhum, e os mesmos botões na mesma ordem.',
        ),
      }),
    ];
  },
  examples: {
    valid: [
      draft({
        body: 'Our picks.',
        extra: [
          carousel([
            card({ body: 'A', buttons: [{ type: 'QUICK_REPLY', text: 'More' }] }),
            card({ header: 'VIDEO', body: 'B', buttons: [{ type: 'QUICK_REPLY', text: 'More' }] }),
          ]),
        ],
      }),
    ],
    invalid: [
      draft({ body: 'Our picks.', extra: [carousel([card({ body: 'A' }), card()])] }),
      draft({
        body: 'Our picks.',
        extra: [
          carousel([
            card({ buttons: [{ type: 'QUICK_REPLY', text: 'More' }] }),
            card({ buttons: [{ type: 'URL', text: 'Buy', url: 'https://x.example' }] }),
          ]),
        ],
      }),
    ],
  },
};
