import {
  card,
  cardParts,
  carousel,
  draft,
  finding,
  L,
  type LintRule,
  lengthOver,
  offsetOfCodePoint,
  SECTION_FORMATS,
  span,
} from '../rule';

const MAX = 160;

export const rule: LintRule = {
  id: 'carousel-card-body-length',
  severity: 'error',
  description: `A carousel card's body is at most ${MAX} characters.`,
  source: { section: SECTION_FORMATS.carousel, quote: '… the card body text limit of 160 characters.' },
  check(ctx) {
    const out = [];
    for (const [i, c] of ctx.cards.entries()) {
      const { body } = cardParts(c);
      const text = typeof body?.text === 'string' ? body.text : '';
      const n = lengthOver(text, MAX);
      if (n === undefined) continue;
      out.push(
        finding(rule, {
          message: L(
            `Card ${i + 1}'s body has ${n} characters; Meta's limit is ${MAX}.`,
            `El cuerpo de la tarjeta ${i + 1} tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
            `O corpo do cartão ${i + 1} tem ${n} caracteres; o limite da Meta é ${MAX}.`,
          ),
          suggestion: L('Shorten the card text.', 'Acorta el texto de la tarjeta.', 'Encurte o texto do cartão.'),
          span: span(`cards.${i}.body`, text, offsetOfCodePoint(text, MAX), text.length),
        }),
      );
    }
    return out;
  },
  examples: {
    valid: [draft({ body: 'Our picks.', extra: [carousel([card({ body: 'x'.repeat(MAX) }), card({ body: 'y' })])] })],
    invalid: [
      draft({ body: 'Our picks.', extra: [carousel([card({ body: 'x'.repeat(MAX + 1) }), card({ body: 'y' })])] }),
    ],
  },
};
