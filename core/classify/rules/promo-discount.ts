import { defineRule } from '../types';
import { SRC } from './_sources';

/** Discounts, sales, offers and price incentives. */
export default defineRule({
  id: 'promo-discount',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: {
    en: 'Discount or price incentive',
    es: 'Descuento o incentivo de precio',
    pt: 'Desconto ou incentivo de preço',
  },
  description:
    'Finds discounts, sales, special offers, free shipping, cashback and other price incentives. Any promotional content makes the whole template Marketing, even next to an order update.',
  source: SRC.mixed,
  suggestion: {
    en: 'Remove "{quote}" or move the offer to a separate Marketing template; with it, Meta categorises the whole template as Marketing.',
    es: 'Quita "{quote}" o pasa la oferta a una plantilla de Marketing aparte; con ella, Meta clasifica toda la plantilla como Marketing.',
    pt: 'Remova "{quote}" ou leve a oferta para um modelo de Marketing separado; com ela, a Meta classifica o modelo inteiro como Marketing.',
  },
  phrases: {
    xx: [
      {
        p: '<n> ?% ?(off|de descuento|de desconto|di sconto|de reduction|de remise|rabatt|dto|desc|diskon|सेल|की छूट)',
        note: 'Percentage off, any language.',
      },
      { p: "(upto|up to|hasta|ate|fino al|jusqu'a|bis zu|hingga|sampai) (un |una |o )?<n> ?%", note: '"up to N%".' },
      { p: 'cash ?back', note: 'Cashback is used untranslated in many markets.' },
      { p: 'black friday|cyber monday|flash sale|mega sale|big sale|end of season sale', note: 'Named sales.' },
      {
        p: '(buy|compre|compra|acquista|achetez|kaufe|beli) ?<n> ?(get|lleve|leve|paghi|payez|bayar|gratis) ?<n>',
        note: 'Buy-one-get-one style deals.',
      },
      { p: 'bogo|2x1|3x2', note: 'Multi-buy deals.' },
      {
        p: 'in omaggio|(ricevi|avrai|ti regaliamo|ti offriamo) (un|una|il|la) ([^ ]+ ){0,2}(gratis|in regalo)|de brinde|(ganhe|leve|receba) (um|uma) ([^ ]+ ){0,2}(gratis|de presente)|(llevate|recibi|recibe|te regalamos) (un|una) ([^ ]+ ){0,2}(gratis|de regalo)|(get|receive) a free',
        note: 'DERIVED: a free gift for an action ("ricevi un aperitivo in omaggio") is an incentive (Meta §1.2 Sales).',
      },
      {
        p: '<n> ?% (de descuento |de desconto |di sconto |off )?(en|em|no|na|sul|sulla|su|on|in) (tu |su |sua |seu |il tuo |la tua |your )?(proxim~|prossim~|next|siguiente|primeira|primera|prima|first)',
        note: 'DERIVED: a percentage on the next/first purchase (Meta §1.2: "please enjoy {{15}}% off your next order").',
      },
      {
        p: '(ganhe|ganhar|gane|gana|gana|ganas|ottieni|ricevi|get|earn) <n> (pontos|puntos|punti|points|millas|milhas|miles)|sorteio~|sorteo~|concorso a premi|estrazione a premi|giveaway|sweepstakes|particip(a|e|á) (por|de|del|en el|no) (un |uma |el |o )?(premio|sorteo|sorteio)|(concorra|concorre|concursa) a',
        note: 'DERIVED: points, prize draws and giveaways as a reward for an action (Meta §1.2 Sales; §1.5 item 2: a survey with promotional content is marketing).',
      },
      {
        p: '(double|triple|bonus|extra) (points|miles|rewards)|puntos (dobles|triples|extra)|(pontos|milhas) em (dobro|triplo)|(dobro|triplo) de pontos|punti (doppi|tripli|extra)|(raddoppia|triplica) i punti|cashback em dobro',
        note: 'DERIVED: boosted loyalty points as a purchase incentive (Meta §1.2 Sales).',
      },
      {
        p: '(one|two|three|a|un|una|dos|tres|um|uma|dois|duas|uno|due|tre) (extra |more )?(months?|weeks?|meses|mes|semanas?|mesi|mese|settimane?) (free|for free|gratis|gratuit~|sin costo|sem custo|de bonus|in omaggio|omaggio)|(one|two|three|a) (free )?(months?|weeks?) (on us|at no (extra )?cost)|un mes adicional sin costo',
        note: 'DERIVED: free months as an incentive ("get 2 months free", "2 meses grátis") — Meta §1.2 Sales / §1.5 item 3 renewals with savings.',
      },
      {
        p: '<n> (extra |more )?(months?|weeks?|meses|mes|semanas?|mesi|mese|settimane?) (free|for free|gratis|gratuit~|sin costo|sem custo|de bonus|in omaggio|omaggio)|<n> (free )?(months?|weeks?) (on us|at no (extra )?cost)|<n> meses adicionales sin costo',
        note: 'DERIVED: the same with a number ("2 meses grátis"); kept apart so the word forms keep literal prefixes (matcher speed).',
      },
      {
        p: '(ottenere|ricevere|riscattare|vincere) (un|una|il tuo|la tua) (buono|coupon|premio|regalo|omaggio)|(ganhar|resgatar|trocar por|receber) (um |uma )?(cupom|vale-?compras|vale-?presente|premio|brinde)|(obtener|canjear|conseguir|ganar|llevarte) (un|una|tu) (cupon|vale|premio|regalo|bono)|(earn|redeem (them|it|your points) for) (a |an )?(voucher|reward|gift|coupon|gift card)',
        note: 'DERIVED: using points or an action to obtain a voucher, gift or prize is an incentive (Meta §1.2 Sales).',
      },
      {
        p: '(for (just|only)|a soli|a solo|per soli|per solo|por (solo|solamente|apenas|so)|desde solo|from just) (\\$|r\\$|us\\$|€|eur|usd|brl|mxn|ars|£)? ?<n>|(a partir de|desde|starting at|from) (\\$|r\\$|us\\$|€|£) ?<n>',
        note: 'DERIVED: a low price as incentive ("a soli {{1}} €", "por apenas R$ {{1}}", "from $9") — Meta §1.2 Sales; prices as an incentive are promotional. "A partir de"/"from" only with a currency sign: "a partir de {{2}}" is usually a date.',
      },
      {
        p: 'hot sale|buen fin|prime day|singles day|cyber (days?|week|weekend)|(semana|dia) do (cliente|consumidor)|esquenta black|saldi invernali|saldi estivi|rebajas de (verano|invierno)',
        note: 'Named sales events (LatAm, Brazil, Italy, Spain).',
      },
    ],
    en: [
      { p: '(\\$|usd|eur|€|£|rs\\.?|₹|inr) ?<n> off', note: 'Money off.' },
      { p: '<n> off (your|our|all|every|on|the|select|any)', note: '"{{2}} off your order".' },
      { p: '(get|enjoy|take|save|extra|flat) (an? )?(extra )?<n> off', note: '"get 10 off".' },
      { p: 'discount~', note: 'Discount(s), discounted.' },
      {
        p: '(on|for) sale|(summer|winter|fall|autumn|spring|holiday|seasonal|clearance|annual|weekend|festive|diwali|christmas|anniversary) sale|sale (is on|ends|starts|now on)',
        note: 'A sale.',
      },
      {
        p: "(special|exclusive|limited|best|great|hot|daily|amazing|incredible|unbeatable|new|latest|seasonal|sizzling|today's|weekly) (deals?|offers?|savings)",
        note: 'Offers and deals.',
      },
      { p: 'deals', note: 'Plural "deals" is promotional.' },
      { p: 'offers? (ends?|expires?|valid|available)', note: '"Offer ends…".' },
      { p: 'limited[- ]time', note: 'Urgency around a price.' },
      {
        p: 'free (shipping|delivery|gift|sample|upgrade|dessert|drink)|free trial(?! (of [^ ]+ )?(ends|ended|expires|expired|will (end|expire)|is (ending|expiring)|has (ended|expired)|termina|terminara|termino|finaliza|finalizara|acaba|vence|vencera|expira|expirara|scade|scadra|e scadut~|terminera|expire))',
        note: 'Free extras as incentive. "Your free trial ends on…" is an account notice about a trial the user already has, not an offer.',
      },
      { p: 'save (up to|an extra|big|more|on)|save <n>|save \\$', note: 'Savings.' },
      { p: '(lowest|best|special|reduced|sale|introductory|promotional) price~', note: 'Price incentive.' },
      { p: 'price (drop|cut|slash)~', note: 'Price reduction.' },
      { p: 'clearance', note: 'Clearance sale.' },
      { p: 'exclusive (for|to) (you|members|subscribers)', note: 'Exclusive offer.' },
      { p: 'offer~', note: 'Bare "offer" is often a verb; weak.', w: 0.5 },
      { p: 'free', note: 'Bare "free" is ambiguous (free vaccine, feel free); weak.', w: 0.3 },
    ],
    es: [
      { p: 'descuento~', note: 'Discount.' },
      { p: 'rebaja~', note: 'Sale/reduction.' },
      { p: 'oferta~', note: 'Offer(s).' },
      {
        p: 'promo|promos|(?<!(mensajes|mensagens|comunicaciones|comunicacoes|correos|emails|e-mails|notificaciones|notificacoes|avisos) )promocion~',
        note: 'Promotion. "Mensajes promocionales" names a kind of message (opt-out confirmations), not an incentive.',
      },
      { p: 'liquidacion', note: 'Clearance.' },
      { p: 'envio gratis|envio gratuito', note: 'Free shipping.' },
      { p: 'ahorra (hasta )?<n>|ahorra (mas|ya)', note: 'Save N.' },
      { p: 'precio~ (especial~|rebajad~|exclusiv~|increible~)', note: 'Special price.' },
      { p: 'por tiempo limitado', note: 'Limited time.' },
      { p: 'aprovecha~', note: '"Aprovecha" is a sales push.' },
      { p: 'gratis', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    pt: [
      { p: 'desconto~', note: 'Discount.' },
      { p: 'promocao|promocoes|promo|promos|promocional', note: 'Promotion.' },
      { p: 'oferta~', note: 'Offer(s).' },
      { p: 'liquidacao|queima de estoque', note: 'Clearance.' },
      { p: 'frete gratis|frete gratuito|entrega gratis', note: 'Free shipping.' },
      { p: 'economize|economia de <n>', note: 'Save.' },
      { p: 'preco~ (especia~|promociona~|imperdive~|baixo~)', note: 'Special price.' },
      { p: 'por tempo limitado', note: 'Limited time.' },
      { p: 'aproveite~', note: '"Aproveite" is a sales push.' },
      { p: 'imperdive~', note: '"Imperdível" (not to be missed).' },
      { p: 'gratis|gratuito', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    it: [
      { p: 'scont~', note: 'Sconto, sconti, scontato.' },
      { p: 'offert~ (special~|esclusiv~|limitat~|imperdibil~)|offerte', note: 'Offers.' },
      {
        p: 'promo|(?<!(messaggi|comunicazioni|email|notifiche) )promozion~',
        note: 'Promotion. "Messaggi promozionali" names a kind of message, not an incentive.',
      },
      { p: 'saldi', note: 'Sales season.' },
      { p: 'spedizione gratuita|spedizione gratis', note: 'Free shipping.' },
      { p: 'risparmia~', note: 'Save.' },
      { p: 'prezz~ (special~|scontat~|ridott~|imperdibil~)', note: 'Special price.' },
      { p: 'per tempo limitato|solo per oggi', note: 'Limited time.' },
      { p: 'approfitta~', note: 'Sales push.' },
      { p: 'fuori tutto', note: 'Clearance.' },
      { p: 'offerta', note: 'Single "offerta"; weak.', w: 0.5 },
      { p: 'gratis|gratuit~', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    fr: [
      { p: 'remise~|reduction~', note: 'Discount.' },
      { p: 'promo|promos|promotion~', note: 'Promotion.' },
      { p: 'offre~ (speciale~|exclusive~|limitee~|promotionnelle~)', note: 'Special offer.' },
      { p: 'soldes', note: 'Sales season.' },
      { p: 'livraison (gratuite|offerte)', note: 'Free shipping.' },
      { p: 'economisez', note: 'Save.' },
      { p: 'prix (special|speciaux|reduit~|barre~|cass~)', note: 'Special price.' },
      { p: 'profitez~', note: 'Sales push.' },
      { p: 'bon plan~|vente privee|destockage', note: 'Deals.' },
      { p: 'gratuit~', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    de: [
      { p: 'rabatt~|sonderangebot~|preisnachlass', note: 'Discount/special offer.' },
      { p: 'angebot~', note: '"Angebot" is also a quote; medium.', w: 0.8 },
      { p: 'aktion~', note: 'Promotion; also "action"; weak.', w: 0.5 },
      { p: 'versandkostenfrei|kostenloser versand|gratisversand', note: 'Free shipping.' },
      { p: 'spare (bis zu )?<n>|sparen sie|jetzt sparen', note: 'Save.' },
      { p: 'reduziert|schnappchen|ausverkauf|schlussverkauf', note: 'Reduced/bargain.' },
      { p: 'nur (heute|fur kurze zeit)', note: 'Limited time.' },
      { p: 'gratis|kostenlos~', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    id: [
      { p: 'diskon|potongan harga|promo|promosi', note: 'Discount/promotion.' },
      { p: 'penawaran (spesial|khusus|terbatas|menarik)', note: 'Special offer.' },
      { p: 'gratis ongkir|bebas ongkir', note: 'Free shipping.' },
      { p: 'hemat (hingga |sampai )?<n>|harga (spesial|khusus|promo|hemat)', note: 'Savings/special price.' },
      { p: 'obral|cuci gudang', note: 'Clearance.' },
      { p: 'gratis', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    hi: [
      { p: 'छूट|डिस्काउंट|ऑफर|सेल|कैशबैक', note: 'Discount, offer, sale.' },
      { p: 'मुफ्त|फ्री', note: 'Free; ambiguous alone.', w: 0.3 },
    ],
    nl: [{ p: 'korting~|aanbieding~', note: 'Dutch discount/offer.' }],
    sv: [{ p: 'rabatt~|erbjudande~|rea', note: 'Swedish discount/offer.' }],
    nb: [{ p: 'rabatt~|tilbud~|salg', note: 'Norwegian discount/offer.' }],
    pl: [{ p: 'rabat~|promocj~|znizk~', note: 'Polish discount.' }],
    tr: [
      {
        p: 'indirim~|kampanya~(?<!(geri cagirma|servis|guvenlik) kampanya~)|firsat~',
        note: 'Turkish discount/campaign; a "geri çağırma kampanyası" is a product recall, not a promotion.',
      },
    ],
    ar: [
      {
        p: '(?<!(تم|سيتم|يتم) )خصم|تخفيض~|عرض خاص|عروض',
        note: 'Arabic discount/offers; "تم خصم / سيتم خصم" is "was / will be debited" (a payment notice).',
      },
    ],
    ru: [{ p: 'скидк~|распродаж~|акци~', note: 'Russian discount/sale.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Your order {{1}} has shipped! Enjoy 15% off your next purchase.' },
      { lang: 'es', body: '¡Tenemos un descuento especial para ti!' },
      { lang: 'pt', body: 'Aproveite a nossa promoção de verão.' },
      { lang: 'it', body: 'Solo oggi sconti fino al 50%.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has shipped and arrives on {{2}}.' },
      { lang: 'en', body: 'Stop by {{1}} to get your free {{2}} vaccine.' },
      { lang: 'es', body: 'Su pedido {{1}} ha sido enviado.' },
      { lang: 'pt', body: 'Sua fatura de {{1}} vence em {{2}}.' },
    ],
  },
});
