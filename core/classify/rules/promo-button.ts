import { defineRule } from '../types';
import { SRC } from './_sources';

/** Promotional button labels ("Shop now", "View offer"). Only button texts are read. */
export default defineRule({
  id: 'promo-button',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  fields: 'buttons',
  title: { en: 'Promotional button', es: 'Botón promocional', pt: 'Botão promocional' },
  description:
    'Finds shopping and offer buttons ("Shop now", "View offer", "See deals", "Buy"). Buttons are part of the template content Meta reviews.',
  source: SRC.buttonsDerived,
  suggestion: {
    en: 'Replace the button "{quote}" with one about this transaction (e.g. "Track order", "Manage booking"), or select Marketing.',
    es: 'Cambia el botón "{quote}" por uno sobre esta transacción (p. ej. "Seguir pedido"), o elige Marketing.',
    pt: 'Troque o botão "{quote}" por um sobre esta transação (ex.: "Rastrear pedido"), ou escolha Marketing.',
  },
  phrases: {
    en: [
      {
        p: 'shop( now| today| online| the sale)?|buy( now| it| again)?|order now|book now|start shopping',
        note: 'Shopping buttons.',
      },
      {
        p: '(view|see|get|claim|grab|redeem|unlock|copy) (the |this |my |your |our )?(offer|offers|deal|deals|discount|coupon|promo|promotion|reward|sale|offer code|coupon code|promo code)',
        note: 'Offer buttons.',
      },
      {
        p: '(view|browse|see|explore) (the |our )?(catalog|catalogue|collection|products|items|store|shop|new arrivals|menu)',
        note: 'Browsing buttons.',
      },
      { p: 'send me more( like this)?|get (it|yours)( now)?|subscribe now|join now', note: 'Engagement buttons.' },
    ],
    es: [
      { p: 'comprar?( ya| ahora)?|reservar? ya|ir a la tienda', note: 'Shopping buttons.' },
      {
        p: '(ver|obtener|canjear|aprovechar|copiar) (la |el |las |los )?(oferta|ofertas|promocion|promociones|descuento|cupon|codigo de descuento|catalogo|coleccion|productos)',
        note: 'Offer buttons.',
      },
    ],
    pt: [
      { p: 'compr(e|ar)( agora| ja)?|ir para a loja|quero (aproveitar|comprar)', note: 'Shopping buttons.' },
      {
        p: '(ver|pegar|resgatar|aproveitar|garantir|copiar) (a |o |as |os )?(oferta|ofertas|promocao|promocoes|desconto|cupom|catalogo|colecao|produtos)',
        note: 'Offer buttons.',
      },
    ],
    it: [
      { p: '(acquista|compra)( ora| subito)?', note: 'Shopping buttons.' },
      {
        p: "(vedi|scopri|ottieni|riscatta|copia) (l'|la |le |il |i )?(offerta|offerte|sconto|coupon|catalogo|collezione|prodotti)",
        note: 'Offer buttons.',
      },
    ],
    fr: [
      { p: 'acheter( maintenant)?|commander maintenant', note: 'Shopping buttons.' },
      {
        p: "(voir|obtenir|profiter de|copier) (l'|la |le |les )?(offre|offres|promo|collection|catalogue|produits|code promo)",
        note: 'Offer buttons.',
      },
    ],
    de: [
      { p: 'jetzt (kaufen|shoppen|bestellen)|zum shop', note: 'Shopping buttons.' },
      {
        p: '(angebot|angebote|katalog|kollektion) (ansehen|entdecken)|gutschein (einlosen|sichern)',
        note: 'Offer buttons.',
      },
    ],
    id: [
      { p: '(beli|belanja)( sekarang)?', note: 'Shopping buttons.' },
      { p: '(lihat|klaim|salin) (promo|penawaran|katalog|koleksi|voucher|diskon|kode promo)', note: 'Offer buttons.' },
    ],
    hi: [{ p: 'अभी खरीदें|ऑफर देखें|खरीदें', note: 'Shopping buttons.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Hi {{1}}', buttons: ['Shop now'] },
      { lang: 'en', body: 'Hi {{1}}', buttons: ['View offer'] },
      { lang: 'es', body: 'Hola {{1}}', buttons: ['Ver ofertas'] },
      { lang: 'pt', body: 'Olá {{1}}', buttons: ['Comprar agora'] },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has shipped.', buttons: ['Track order', 'Contact support'] },
      { lang: 'es', body: 'Su cita es el {{1}}.', buttons: ['Reprogramar', 'Cancelar'] },
      { lang: 'en', body: 'Shop now for our summer sale' },
    ],
  },
});
