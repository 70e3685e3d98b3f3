import { draft, finding, L, type LintRule, lengthOver, offsetOfCodePoint, SECTION_FORMATS, span } from '../rule';

const MAX = 16;

export const rule: LintRule = {
  id: 'offer-text',
  severity: 'error',
  description: `A limited-time offer has its offer text, at most ${MAX} characters.`,
  source: { section: SECTION_FORMATS.offer, quote: 'Required. Offer details text. Maximum 16 characters.' },
  check(ctx) {
    if (!ctx.offer) return [];
    const text = typeof ctx.offer.limited_time_offer?.text === 'string' ? ctx.offer.limited_time_offer.text : '';
    if (text.trim() === '')
      return [
        finding(rule, {
          message: L(
            'The limited-time offer has no offer text.',
            'La oferta por tiempo limitado no tiene texto de oferta.',
            'A oferta por tempo limitado não tem texto da oferta.',
          ),
          suggestion: L(
            `Write the offer in at most ${MAX} characters (e.g. "Expiring offer!").`,
            `Escribe la oferta en ${MAX} caracteres como máximo.`,
            `Escreva a oferta em no máximo ${MAX} caracteres.`,
          ),
        }),
      ];
    const n = lengthOver(text, MAX);
    if (n === undefined) return [];
    return [
      finding(rule, {
        message: L(
          `The offer text has ${n} characters; Meta's limit is ${MAX}.`,
          `El texto de la oferta tiene ${n} caracteres; el límite de Meta es ${MAX}.`,
          `O texto da oferta tem ${n} caracteres; o limite da Meta é ${MAX}.`,
        ),
        suggestion: L('Shorten the offer text.', 'Acorta el texto de la oferta.', 'Encurte o texto da oferta.'),
        span: span('offer', text, offsetOfCodePoint(text, MAX), text.length),
      }),
    ];
  },
  examples: {
    valid: [
      draft({
        body: 'Use code {{1}}.',
        extra: [{ type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Expiring offer!' } }],
      }),
    ],
    invalid: [
      draft({
        body: 'Use code {{1}}.',
        extra: [{ type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Our biggest summer offer ever' } }],
      }),
      draft({ body: 'Use code {{1}}.', extra: [{ type: 'LIMITED_TIME_OFFER', limited_time_offer: {} }] }),
    ],
  },
};
