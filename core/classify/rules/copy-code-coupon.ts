import type { Span } from '../../types';
import { defineRule } from '../types';
import { SRC } from './_sources';

/** Letters that mark a sample code as a coupon (SAVE20, WELCOME10, PROMO5, DESCONTO15…). */
const COUPON_WORD =
  /(SAVE|OFF|SALE|PROMO|DISC|DEAL|FREE|WELCOME|VIP|BLACK|CYBER|XMAS|SUMMER|WINTER|SPRING|FALL|AUTUMN|GIFT|BONUS|EXTRA|LOYAL|DESC|DESCONTO|CUPOM|CUPON|SCONTO|RABATT|REMISE|DISKON|HEMAT|OFERTA|PROMOCAO|BEMVINDO|BIENVENIDO|NATAL|NAVIDAD)/i;
/** A word followed by a round number (SUMMER25, NEW10): the usual shape of a coupon. */
const WORD_PLUS_PERCENT = /^[A-Za-z]{3,}(5|10|15|20|25|30|35|40|45|50|60|70|75|80|90|100)$/;

/** A COPY_CODE button whose sample looks like a coupon. */
export default defineRule({
  id: 'copy-code-coupon',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: {
    en: 'Coupon in a copy-code button',
    es: 'Cupón en un botón de copiar código',
    pt: 'Cupom em um botão de copiar código',
  },
  description:
    'A copy-code button whose sample looks like a coupon (SAVE20, WELCOME10). Copy-code buttons are allowed on Utility templates, but a coupon is promotional. Booking references and OTPs are not matched.',
  source: SRC.buttonsDerived,
  suggestion: {
    en: 'The copy-code sample "{quote}" looks like a coupon. Remove the coupon or select Marketing; for Utility use it only for references such as a booking code.',
    es: 'La muestra "{quote}" parece un cupón. Quita el cupón o elige Marketing.',
    pt: 'A amostra "{quote}" parece um cupom. Remova o cupom ou escolha Marketing.',
  },
  detect: (ctx) => {
    const found: Span[] = [];
    const components = ctx.draft.components ?? [];
    for (const c of components) {
      if (c.type !== 'BUTTONS') continue;
      c.buttons.forEach((b, i) => {
        if (b.type !== 'COPY_CODE') return;
        const sample = (Array.isArray(b.example) ? b.example[0] : b.example) ?? '';
        if (COUPON_WORD.test(sample) || WORD_PLUS_PERCENT.test(sample.trim()))
          found.push({ field: `buttons.${i}.example`, start: 0, end: sample.length, text: sample });
      });
    }
    return found.length > 0 ? found : null;
  },
  examples: {
    match: [
      { lang: 'en', body: 'Here is your code.', buttons: [{ type: 'COPY_CODE', example: 'SAVE20' }] },
      { lang: 'pt', body: 'Aqui está seu código.', buttons: [{ type: 'COPY_CODE', example: 'DESCONTO15' }] },
      { lang: 'es', body: 'Aquí está tu código.', buttons: [{ type: 'COPY_CODE', example: 'VERANO25' }] },
    ],
    noMatch: [
      { lang: 'en', body: 'Your booking reference is {{1}}.', buttons: [{ type: 'COPY_CODE', example: 'X7K2P9' }] },
      { lang: 'es', body: 'Tu referencia de reserva es {{1}}.', buttons: [{ type: 'COPY_CODE', example: '482913' }] },
    ],
  },
});
