import { defineRule } from '../types';
import { SRC } from './_sources';

/** Abandoned carts, "pick up where you left off", saved searches. */
export default defineRule({
  id: 'promo-retargeting',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: {
    en: 'Retargeting (cart, saved search)',
    es: 'Retargeting (carrito, búsqueda guardada)',
    pt: 'Retargeting (carrinho, busca salva)',
  },
  description:
    'Finds abandoned-cart reminders, "pick up where you left off" and saved-search matches. Meta: retargeting is Marketing "even if requested by users".',
  source: SRC.retargeting,
  suggestion: {
    en: 'Cart and browsing reminders ("{quote}") are always Marketing for Meta, even when the user asked for them. Select Marketing.',
    es: 'Los recordatorios de carrito ("{quote}") son siempre Marketing para Meta, aunque el usuario los pida. Elige Marketing.',
    pt: 'Lembretes de carrinho ("{quote}") são sempre Marketing para a Meta, mesmo se o usuário pediu. Escolha Marketing.',
  },
  phrases: {
    en: [
      {
        p: '(left|forgot|forgotten|still have|waiting) (something |some items |items |these items |them |it |\\p{L}+ )?in your (shopping )?(cart|basket|bag)',
        note: 'Meta: "You left {{items}} in your cart!".',
      },
      {
        p: '(items?|products?|something) (left )?in your (shopping )?(cart|basket)|your (shopping )?(cart|basket) (is waiting|misses you|is about to expire)',
        note: 'Cart reminder.',
      },
      { p: 'forg[eo]t something|still interested|still thinking (about|it over)', note: 'Abandonment hooks.' },
      { p: 'pick up where you left off|where you left off', note: 'Meta: "pick up where you left off".' },
      {
        p: 'saved search|(matches|meets) your (saved )?(search|preferences|criteria|wishlist)',
        note: 'Meta: "meets your saved search".',
      },
      {
        p: 'we (saved|kept|held) (them|your items|your cart|it) for you|checkout now|complete your checkout',
        note: 'Checkout push.',
      },
      { p: 'recently viewed|you (were )?(looking at|viewed|browsed)|wish ?list', note: 'Browsing retargeting.' },
      { p: '(complete|finish) your (purchase|order)', note: 'Also used for real pending payments; weak.', w: 0.5 },
    ],
    es: [
      {
        p: '(en|dentro de) (tu|el|la) (carrito|cesta)|tu (carrito|cesta) (te espera|sigue)|(te estan esperando|te esperan|siguen esperandote) en (tu|el|la) (carrito|cesta)',
        note: 'Cart reminder ("tus productos te están esperando en la cesta").',
      },
      { p: 'olvidaste (algo|tu carrito|finalizar)|(sigues|sigue) interesad~', note: 'Abandonment hooks.' },
      {
        p: '(hemos )?guardado tus (articulos|productos)|donde lo dejaste|lista de deseos|viste recientemente',
        note: 'Retargeting.',
      },
      {
        p: 'pasar por caja|finaliza~ (tu|la) compra',
        note: 'Checkout push; weak (real pending payments too).',
        w: 0.5,
      },
    ],
    pt: [
      { p: '(no|em seu|no seu) (carrinho|cesto)|seu carrinho (esta|te espera|ainda)', note: 'Cart reminder.' },
      { p: 'esqueceu (algo|alguma coisa|de finalizar)|ainda (esta|tem) interess~', note: 'Abandonment hooks.' },
      { p: 'de onde (voce )?parou|lista de desejos|viu recentemente', note: 'Retargeting.' },
      { p: '(finalize|conclua) (sua|a) compra', note: 'Checkout push; weak.', w: 0.5 },
    ],
    it: [
      { p: 'nel (tuo )?carrello|il tuo carrello', note: 'Cart reminder.' },
      {
        p: 'dimenticato qualcosa|ancora interessat~|da dove (avevi lasciato|eri rimast~)|lista dei desideri',
        note: 'Retargeting.',
      },
      { p: 'completa (il tuo )?acquisto', note: 'Checkout push; weak.', w: 0.5 },
    ],
    fr: [
      { p: 'dans votre panier|votre panier (vous attend|est)', note: 'Cart reminder.' },
      { p: "oublie quelque chose|toujours interesse~|liste (de souhaits|d'envies)", note: 'Retargeting.' },
      { p: 'finalisez votre (commande|achat)', note: 'Checkout push; weak.', w: 0.5 },
    ],
    de: [
      { p: '(im|in deinem|in ihrem) warenkorb|dein warenkorb|ihr warenkorb', note: 'Cart reminder.' },
      { p: 'etwas vergessen|noch interessiert|wo (du|sie) aufgehort|merkzettel|wunschliste', note: 'Retargeting.' },
    ],
    id: [
      { p: 'keranjang (belanja )?(anda|kamu|mu)|masih (di|dalam) keranjang', note: 'Cart reminder.' },
      { p: 'lupa (sesuatu|checkout)|masih tertarik|wishlist', note: 'Retargeting.' },
    ],
    hi: [{ p: 'कार्ट में|आपकी कार्ट|कुछ भूल गए', note: 'Cart reminder.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'You left {{items}} in your cart! Checkout now below.' },
      { lang: 'es', body: '¿Olvidaste algo? Tus productos siguen en tu carrito.' },
      { lang: 'pt', body: 'Seus itens ainda estão no seu carrinho!' },
      { lang: 'it', body: 'Hai dimenticato qualcosa nel carrello?' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has been delivered.' },
      { lang: 'es', body: 'Su pago de {{1}} ha sido recibido.' },
    ],
  },
});
