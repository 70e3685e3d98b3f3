import { defineRule } from '../types';
import { SRC } from './_sources';

/** Sales calls to action and urgency. */
export default defineRule({
  id: 'promo-call-to-action',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Sales call to action', es: 'Llamada a la compra', pt: 'Chamada para compra' },
  description:
    'Finds calls to buy or browse and sales urgency ("shop now", "don\'t miss out", "while stocks last"). Persuasive intent rules out Utility.',
  source: SRC.upsell,
  suggestion: {
    en: 'Remove the sales push "{quote}"; a Utility template must not contain "any promotional or persuasive intent". Or select Marketing.',
    es: 'Quita la llamada a comprar "{quote}"; una plantilla de Utilidad no puede tener intención promocional. O elige Marketing.',
    pt: 'Remova a chamada para compra "{quote}"; um modelo de Utilidade não pode ter intenção promocional. Ou escolha Marketing.',
  },
  phrases: {
    xx: [
      {
        p: '(especial|especiais|exclusiv~|special|exclusive|speciale|speciali) (para|for|per|pour) (voce|ti|usted|you|te|vous)|(just|especially|exclusively) for you|(cheio|cheia|repleto|repleta) de vantagens|vantagens exclusivas|ventajas exclusivas|vantaggi esclusivi',
        note: 'Persuasive "special/exclusive for you" wording.',
      },
      {
        p: '(grab|claim|unlock|redeem) (them|yours|it now)|rewards? (waiting|available|to claim)|(resgate|aproveite) (ja|agora) (seus|suas|os|as) (pontos|beneficios|vantagens)',
        note: 'Claiming rewards.',
      },
      {
        p: 'agende (ja|agora|hoje)|agenda (ya|ahora|hoy)|book (your|a) (free )?(consultation|demo|trial|session|test drive)|schedule (your|a) (free|demo)|prenota (ora|subito) (la tua|il tuo|una)',
        note: 'Invitations to book something new (not a booking the user already made).',
      },
      {
        p: '(consulta|avaliacao|aula|consultation|evaluacion|clase|valutazione|lezione|demo|trial|prova|prueba|teste) (gratuita|gratis|free|gratuito|gratuite)(?! (ends|ended|expires|expired|will (end|expire)|is (ending|expiring)|has (ended|expired)|termina|terminara|termino|finaliza|finalizara|acaba|vence|vencera|expira|expirara|scade|scadra|e scadut~|terminera|expire))|free (consultation|assessment|evaluation|class|demo|trial)(?! (ends|ended|expires|expired|will (end|expire)|is (ending|expiring)|has (ended|expired)|termina|terminara|termino|finaliza|finalizara|acaba|vence|vencera|expira|expirara|scade|scadra|e scadut~|terminera|expire))',
        note: "A free session as an incentive. Not when the sentence says the user's free trial ends: that is a notice about a subscribed product (Meta §1.3 Account alerts).",
      },
    ],
    en: [
      { p: 'shop (now|today|online|our|the|for)|happy shopping|start shopping|go shopping', note: 'Shop calls.' },
      { p: '(buy|order|book|shop) now|buy (it|yours) (now|today)', note: '"Buy now", "Order now".' },
      { p: '(grab|claim|unlock) (yours|it|your|this|the|now)', note: 'Claim calls.' },
      { p: "(don'?t|do not|never) miss( out| it| this| our| the)?", note: 'FOMO.' },
      {
        p: "hurry|last chance|act (fast|now)|before it'?s (gone|too late)|while (stocks?|supplies|they) lasts?|limited (stock|edition|spots|quantities)|only <n> left|selling fast",
        note: 'Urgency.',
      },
      {
        p: "before (they|it|stocks?|supplies) (sell|sells|run|runs) out|before (they'?re|it'?s|they are|it is) (gone|sold out)",
        note: 'Scarcity urgency ("Buy it before it sells out").',
      },
      {
        p: "check out (our|these|what'?s)|(visit|explore|browse) our (store|shop|collection|catalog|catalogue|range|website|menu)",
        note: 'Browse calls.',
      },
      {
        p: '(discover|explore|browse) (our|more|the|new|all|products)',
        note: 'Discovery calls (Meta: "help you discover products").',
      },
      { p: 'add (it |them |these |this )?to your (cart|basket|collection|wardrobe)|add to cart', note: 'Add to cart.' },
      { p: "treat yourself|you'?ll love|perfect gift|the perfect place", note: 'Persuasive copy.' },
      { p: 'to learn more,? visit', note: 'Awareness call to action.', w: 0.5 },
    ],
    es: [
      { p: '(compra|compralo|compralos|pide|reserva|consigue~) (ya|ahora|hoy)', note: '"Compra ya".' },
      { p: 'no te (lo |la |los |las )?(pierdas|pierdes)|no pierdas', note: 'FOMO.' },
      {
        p: 'ultima oportunidad|date prisa|(corre|corran|correle|corranle) (a|ya)|hasta agotar (existencias|stock)|mientras (haya|duren|esten en) (existencias|stock)|ultimas unidades',
        note: 'Urgency. "Corre a…" is spelled out: a bare stem would also match "correspondiente a" (payment confirmations).',
      },
      {
        p: 'echa un vistazo|descubre (nuestr~|la|el|los|las|ya|ahora)|visita nuestra (tienda|web)',
        note: 'Browse calls.',
      },
      { p: 'hazte con|felices compras|entra (ya|ahora) en', note: 'Buying push.' },
      {
        p: 'antes de que se (agoten|agote|acaben|acabe|terminen|vuelen)',
        note: 'Scarcity urgency ("Cómpralo antes de que se agote").',
      },
    ],
    pt: [
      { p: '(compre|garanta|peca|reserve) (ja|agora|hoje|o seu|a sua|seu|sua)', note: '"Compre já".' },
      { p: 'nao (perca|deixe de aproveitar)', note: 'FOMO.' },
      { p: 'ultima chance|corra|enquanto durarem os estoques|ultimas unidades|so hoje', note: 'Urgency.' },
      {
        p: '(confira|conheca|descubra) (nossa|nosso|nossos|nossas|as novidades|a nova|o novo|ja|agora)|visite nossa loja',
        note: 'Browse calls.',
      },
      { p: 'boas compras', note: 'Buying push.' },
      {
        p: 'antes que (esgote|esgotem|acabe|acabem|termine|terminem)',
        note: 'Scarcity urgency ("Compre antes que esgote").',
      },
    ],
    it: [
      { p: '(acquista|compra|ordina|prenota) (ora|subito|adesso|oggi)', note: '"Acquista ora".' },
      { p: 'non (perdere|lasciarti sfuggire)', note: 'FOMO.' },
      { p: 'ultima occasione|affrettati|fino a esaurimento scorte|ultimi pezzi', note: 'Urgency.' },
      {
        p: "(scopri|esplora) (la|le|il|i|gli|nostr~|ora|subito)|visita il nostro (negozio|sito)|dai un'?occhiata",
        note: 'Browse calls.',
      },
      { p: 'buono shopping|buon shopping', note: 'Buying push.' },
      {
        p: 'prima che (finisca|finiscano|si esaurisca|si esauriscano|terminino|vadano a ruba)|(vanno|va) a ruba',
        note: 'Scarcity urgency ("prima che si esauriscano").',
      },
    ],
    fr: [
      {
        p: "(achetez|commandez|reservez) (maintenant|vite|des maintenant|des aujourd'hui)",
        note: '"Achetez maintenant".',
      },
      { p: 'ne (manquez|ratez) pas', note: 'FOMO.' },
      { p: "derniere chance|depechez-vous|jusqu'a epuisement des stocks", note: 'Urgency.' },
      { p: 'decouvrez (notre|nos|la|le|les|vite)', note: 'Browse calls.' },
      { p: 'bon shopping|craquez', note: 'Buying push.' },
    ],
    de: [
      { p: 'jetzt (kaufen|bestellen|shoppen|zugreifen|sichern|buchen)', note: '"Jetzt kaufen".' },
      { p: 'nicht verpassen|verpasse nicht', note: 'FOMO.' },
      { p: 'letzte chance|nur solange der vorrat reicht|schnell sein', note: 'Urgency.' },
      { p: 'entdecke (unsere|jetzt|die)|entdecken sie', note: 'Browse calls.' },
      { p: 'sichere dir|sichern sie sich|viel spass beim (shoppen|einkaufen)', note: 'Buying push.' },
    ],
    id: [
      { p: '(beli|belanja|pesan) sekarang|segera (beli|dapatkan|pesan)|dapatkan sekarang', note: '"Beli sekarang".' },
      { p: 'jangan (lewatkan|sampai kehabisan)|buruan', note: 'FOMO.' },
      { p: 'kesempatan terakhir|selagi persediaan masih ada', note: 'Urgency.' },
      { p: 'kunjungi toko|cek (koleksi|produk)', note: 'Browse calls.' },
    ],
    hi: [{ p: 'अभी खरीदें|आज ही खरीदें|अभी ऑर्डर करें|मौका न चूकें|जल्दी करें|शॉपिंग', note: 'Buy now / hurry.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Our summer collection is here. Shop now!' },
      { lang: 'es', body: '¡No te lo pierdas! Hasta agotar existencias.' },
      { lang: 'pt', body: 'Compre já e garanta o seu!' },
      { lang: 'de', body: 'Jetzt kaufen, solange der Vorrat reicht.' },
    ],
    noMatch: [
      { lang: 'es', body: 'Recibimos tu pago de {{1}} correspondiente a la factura {{2}}. Gracias.' },
      { lang: 'en', body: 'Your order {{1}} is confirmed. We will let you know when it ships.' },
      { lang: 'pt', body: 'Seu pedido {{1}} foi entregue.' },
    ],
  },
});
