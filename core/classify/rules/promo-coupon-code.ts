import { defineRule } from '../types';
import { SRC } from './_sources';

/** Coupon, voucher and promo codes. */
export default defineRule({
  id: 'promo-coupon-code',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Coupon or promo code', es: 'Cupón o código promocional', pt: 'Cupom ou código promocional' },
  description:
    'Finds coupons, vouchers and instructions to use a promo code at checkout. Meta lists "Use code {{loyal15}} at checkout" as a Sales (Marketing) example.',
  source: SRC.sales,
  suggestion: {
    en: 'Remove the code ("{quote}") or send it in a separate Marketing template.',
    es: 'Quita el código ("{quote}") o envíalo en una plantilla de Marketing aparte.',
    pt: 'Remova o código ("{quote}") ou envie-o em um modelo de Marketing separado.',
  },
  phrases: {
    en: [
      {
        p: '(use|enter|apply|redeem) (the |your |my |this |our |one-time use |one-time )?(promo |discount |coupon |voucher |offer |special )?code(?! (de |di |do |da |of )?(seguimiento|rastreio|rastreamento|tracciamento|tracking|ritiro|retiro|retirada|reserva|prenotazione|locker))(?!( [^ ]+){0,4} (para|per|to|pour) (rastrear|seguir|ver el estado|ritirare|recoger|retirar|collect|track|pick up|abrir|aprire|open|acompanhar|localizar|sbloccare))',
        note: '"Use code X at checkout". Not a code to track or collect an order ("Use code {{1}} to collect your parcel").',
      },
      { p: '(promo|promotional|discount|coupon|voucher|offer|referral) ?codes?', note: 'Named promo codes.' },
      { p: 'coupon~|voucher~', note: 'Coupons and vouchers.' },
      { p: 'redeem~', note: 'Redeem (points, vouchers).', w: 0.8 },
      { p: 'at checkout', note: 'Instruction tied to a code or a price.', w: 0.6 },
    ],
    es: [
      {
        p: '(usa|utiliza|ingresa|introduce|aplica|canjea|use|utilice|ingrese|introduzca) (el |tu |su |este |nuestro )?(codigo(?! (de |di |do |da |of )?(seguimiento|rastreio|rastreamento|tracciamento|tracking|ritiro|retiro|retirada|reserva|prenotazione|locker))(?!( [^ ]+){0,4} (para|per|to|pour) (rastrear|seguir|ver el estado|ritirare|recoger|retirar|collect|track|pick up|abrir|aprire|open|acompanhar|localizar|sbloccare))|cupon)',
        note: '"Usa el código".',
      },
      { p: 'codigo (de )?(descuento|promocional|promo|regalo)', note: 'Promo code.' },
      { p: 'cupon~|cupones', note: 'Coupon.' },
      { p: 'vale (de descuento|regalo)', note: 'Voucher.' },
      { p: 'canje~', note: 'Redeem.', w: 0.6 },
    ],
    pt: [
      {
        p: '(use|usa|utilize|digite|insira|aplique|resgate) (o |seu |este |nosso )?(codigo(?! (de |di |do |da |of )?(seguimiento|rastreio|rastreamento|tracciamento|tracking|ritiro|retiro|retirada|reserva|prenotazione|locker))(?!( [^ ]+){0,4} (para|per|to|pour) (rastrear|seguir|ver el estado|ritirare|recoger|retirar|collect|track|pick up|abrir|aprire|open|acompanhar|localizar|sbloccare))|cupom|cupao)',
        note: '"Use o cupom".',
      },
      { p: 'codigo (de )?(desconto|promocional|promo)', note: 'Promo code.' },
      { p: 'cupom|cupons|cupao', note: 'Coupon.' },
      { p: 'vale-?(desconto|compras|presente)', note: 'Voucher.' },
      { p: 'resgat~', note: 'Redeem.', w: 0.6 },
    ],
    it: [
      {
        p: '(usa|utilizza|inserisci|applica|riscatta) (il |tuo |il tuo |questo |nostro )?(codice(?! (de |di |do |da |of )?(seguimiento|rastreio|rastreamento|tracciamento|tracking|ritiro|retiro|retirada|reserva|prenotazione|locker))(?!( [^ ]+){0,4} (para|per|to|pour) (rastrear|seguir|ver el estado|ritirare|recoger|retirar|collect|track|pick up|abrir|aprire|open|acompanhar|localizar|sbloccare))|coupon)',
        note: '"Usa il codice".',
      },
      { p: 'codice (sconto|promo|promozionale)', note: 'Promo code.' },
      { p: 'coupon|buon~ sconto|buono regalo', note: 'Coupon/voucher.' },
    ],
    fr: [
      {
        p: '(utilisez|utilise|entrez|saisissez|appliquez) (le |votre |ton |ce )?(code|coupon)',
        note: '"Utilisez le code".',
      },
      { p: 'code (promo|de reduction|de remise|avantage)', note: 'Promo code.' },
      { p: "coupon~|bon de reduction|bon d'achat", note: 'Coupon/voucher.' },
    ],
    de: [
      { p: 'gutschein~|rabattcode~|aktionscode~|promocode~|gutscheincode~', note: 'Voucher/promo code.' },
      { p: '(nutze|verwende|gib) (den |deinen |unseren )?(code|gutschein)', note: '"Nutze den Code".' },
    ],
    id: [
      { p: '(gunakan|pakai|masukkan) (kode|voucher|kupon)', note: '"Gunakan kode".' },
      { p: 'kode (promo|diskon|voucher|kupon)', note: 'Promo code.' },
      { p: 'voucher|kupon', note: 'Voucher/coupon.' },
    ],
    hi: [{ p: 'कूपन|प्रोमो कोड|वाउचर', note: 'Coupon/promo code/voucher.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Use code {{1}} at checkout.' },
      { lang: 'es', body: 'Usa el cupón {{1}} en tu próxima compra.' },
      { lang: 'pt', body: 'Digite o código {{1}} e ganhe frete grátis.' },
      { lang: 'it', body: 'Inserisci il codice sconto {{1}}.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your tracking code is {{1}}.' },
      { lang: 'es', body: 'Tu número de pedido es {{1}}.' },
    ],
  },
});
