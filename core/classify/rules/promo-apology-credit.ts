import { defineRule } from '../types';
import { SRC } from './_sources';

/** An apology paired with a goodwill credit or voucher: retargeting per Meta. Needs BOTH parts. */
export default defineRule({
  id: 'promo-apology-credit',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: {
    en: 'Apology with a goodwill credit',
    es: 'Disculpa con crédito de compensación',
    pt: 'Desculpas com crédito de compensação',
  },
  description:
    'Fires when an apology and a goodwill credit/voucher/compensation appear together. Meta lists "We apologize for the delay… We have deposited a {{credit}} to your account" under Retargeting (Marketing). A plain apology for a delay or outage is not matched.',
  source: SRC.apology,
  suggestion: {
    en: 'Keep the apology and the delivery/outage facts; move the credit ("{quote}") to a separate Marketing template.',
    es: 'Deja la disculpa y los datos del retraso; pasa el crédito ("{quote}") a una plantilla de Marketing aparte.',
    pt: 'Mantenha as desculpas e os fatos do atraso; leve o crédito ("{quote}") para um modelo de Marketing separado.',
  },
  phrases: {
    en: [
      {
        p: '(deposited|added|credited|issued|applied|given you|sent you) (a |an |the |some )?([^ ]+ ){0,2}(credit|voucher|coupon|bonus|points|gift card)',
        note: '"We have deposited a {{credit}}".',
      },
      {
        p: '(deposited|added|credited) ([^ ]+ ){0,3}(to|in|into) your (account|wallet)',
        note: 'Credit put in the account.',
      },
      {
        p: '(as|by way of) (a |an )?(small )?(token|gesture) of|(courtesy|goodwill) (credit|voucher|discount|gesture)|to make (it|this|things) up to you|compensat~',
        note: 'Goodwill compensation.',
      },
    ],
    es: [
      {
        p: '(abonado|depositado|anadido|agregado|acreditado|cargado|abonamos|depositamos|anadimos|agregamos|acreditamos|cargamos|regalamos|te damos) (?!([^ ]+ ){0,3}(reembolso|devolucion|importe de (tu|su) (compra|pedido)))([^ ]+ ){0,4}(en|a) (tu|su) (cuenta|monedero|billetera|saldo|tarjeta)',
        note: 'Credit put in the account ("Te abonamos un crédito de {{1}} en tu cuenta"), but not a refund of the order itself.',
      },
      {
        p: '(te |le )?(abonamos|abonado|depositamos|depositado|acreditamos|acreditado|anadimos|anadido|agregamos|agregado|regalamos|regalado|obsequiamos|otorgamos|damos|ofrecemos|enviamos) (te |le )?(un |una )?(credito|bono|cupon|vale|descuento|saldo (a favor|de regalo|extra)|puntos|tarjeta regalo)',
        note: 'Meta §1.5 item 5 in Spanish: a goodwill credit, voucher or coupon given with the apology.',
      },
      { p: 'como (compensacion|muestra de|gesto)|compensacion', note: 'Compensation.' },
    ],
    pt: [
      {
        p: '(depositamos|creditamos|adicionamos|liberamos|foi creditad~|foi depositad~|ganhou) (?!([^ ]+ ){0,3}(reembolso|estorno|valor (da|do) (sua|seu) (compra|pedido)))([^ ]+ ){0,4}(na|em) (sua|tua|seu|teu) (conta|carteira|saldo|cartao)',
        note: 'Credit put in the account ("Depositamos um crédito de {{1}} na sua conta"), but not a refund of the order itself.',
      },
      {
        p: '(depositamos|creditamos|adicionamos|liberamos|demos|concedemos|oferecemos|presenteamos|enviamos|ganhou|voce ganhou) (para voce |a voce |pra voce )?(um |uma )?(credito|bonus|cupom|vale|desconto|cashback|pontos|voucher)',
        note: 'Meta §1.5 item 5 in Portuguese: a goodwill credit, voucher or coupon given with the apology.',
      },
      { p: 'como (compensacao|forma de desculpas|gesto)|compensacao', note: 'Compensation.' },
    ],
    it: [
      {
        p: '(accreditato|abbiamo accreditato|aggiunto) (?!([^ ]+ ){0,3}(rimborso|importo del (tuo|suo) ordine))([^ ]+ ){0,4}(sul|al|nel) (tuo |suo )?(conto|account|portafoglio|saldo|wallet)',
        note: 'Credit put in the account, but not a refund of the order itself.',
      },
      {
        p: '(accreditato|accreditiamo|aggiunto|aggiungiamo|regalato|regaliamo|offriamo|inviato|inviamo) (un |una )?(credito|buono|bonus|voucher|coupon|codice sconto|sconto|punti)|(un |una )?(credito|buono|bonus|voucher) (in omaggio|di cortesia)',
        note: 'Meta §1.5 item 5 in Italian: a goodwill credit, voucher or coupon given with the apology ("ti abbiamo accreditato un credito").',
      },
      { p: 'come (risarcimento|compensazione|gesto)|risarciment~', note: 'Compensation.' },
    ],
    fr: [
      { p: '(credite|ajoute|verse) ([^ ]+ ){0,3}(sur|a) votre (compte|cagnotte)', note: 'Credit put in the account.' },
      {
        p: '(en|a titre de) (compensation|dedommagement|geste commercial)|geste commercial|dedommagement',
        note: 'Compensation.',
      },
    ],
    de: [
      { p: '(als|zur) (entschadigung|wiedergutmachung)|gutgeschrieben|gutschrift', note: 'Compensation / credited.' },
    ],
    id: [{ p: 'kompensasi|ganti rugi|(menambahkan|mengkreditkan) (saldo|kredit|voucher)', note: 'Compensation.' }],
  },
  requires: {
    en: [
      {
        p: "(we )?(sincerely |deeply |truly )?(apologi[sz]e|are sorry|'re sorry)|sorry (for|about)|(our )?apologies",
        note: 'Apology.',
      },
    ],
    es: [{ p: 'disculpa~|lo sentimos|perdon|lamentamos', note: 'Apology.' }],
    pt: [{ p: 'desculpa~|sentimos muito|lamentamos|pedimos perdao', note: 'Apology.' }],
    it: [{ p: 'scus~|ci dispiace|siamo spiacenti', note: 'Apology.' }],
    fr: [{ p: 'excuse~|desole~|navre~', note: 'Apology.' }],
    de: [{ p: 'entschuldig~|tut uns leid|bedauern', note: 'Apology.' }],
    id: [{ p: 'maaf|mohon maaf|permintaan maaf', note: 'Apology.' }],
  },
  examples: {
    match: [
      { lang: 'it', body: 'Ci scusiamo per il disservizio: ti abbiamo accreditato un buono di {{1}} euro.' },
      {
        lang: 'es',
        body: 'Lo sentimos: tu paquete {{1}} viene con retraso. Te abonamos un crédito de {{2}} en tu cuenta.',
      },
      {
        lang: 'en',
        body: 'We apologize for the delay in your {{package}} delivery. We have deposited a {{credit}} to your account, available immediately.',
      },
      { lang: 'es', body: 'Lamentamos el retraso. Como compensación, te regalamos un cupón.' },
      { lang: 'pt', body: 'Pedimos desculpas pelo atraso. Como compensação, creditamos R$ 10 na sua conta.' },
    ],
    noMatch: [
      { lang: 'es', body: 'Lamentamos que tu pedido fue cancelado. Abonamos el reembolso de {{1}} en tu tarjeta.' },
      {
        lang: 'en',
        body: 'We have detected a system outage. We expect to restore service by {{1}}. We apologize for the inconvenience.',
      },
      { lang: 'es', body: 'Lamentablemente, su pedido se ha retrasado.' },
      { lang: 'en', body: 'Your refund for {{1}} has been credited to your account.' },
    ],
  },
});
