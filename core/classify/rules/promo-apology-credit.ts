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
        p: '(abonado|depositado|anadido|acreditado|regalamos|te damos) ([^ ]+ ){0,3}(en|a) (tu|su) (cuenta|monedero)',
        note: 'Credit put in the account.',
      },
      { p: 'como (compensacion|muestra de|gesto)|compensacion', note: 'Compensation.' },
    ],
    pt: [
      {
        p: '(depositamos|creditamos|adicionamos|foi creditad~|foi depositad~|ganhou) ([^ ]+ ){0,3}(na|em) (sua|tua) (conta|carteira)',
        note: 'Credit put in the account.',
      },
      { p: 'como (compensacao|forma de desculpas|gesto)|compensacao', note: 'Compensation.' },
    ],
    it: [
      {
        p: '(accreditato|abbiamo accreditato|aggiunto) ([^ ]+ ){0,3}(sul|al) (tuo |suo )?(conto|account|portafoglio)',
        note: 'Credit put in the account.',
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
      {
        lang: 'en',
        body: 'We apologize for the delay in your {{package}} delivery. We have deposited a {{credit}} to your account, available immediately.',
      },
      { lang: 'es', body: 'Lamentamos el retraso. Como compensación, te regalamos un cupón.' },
      { lang: 'pt', body: 'Pedimos desculpas pelo atraso. Como compensação, creditamos R$ 10 na sua conta.' },
    ],
    noMatch: [
      {
        lang: 'en',
        body: 'We have detected a system outage. We expect to restore service by {{1}}. We apologize for the inconvenience.',
      },
      { lang: 'es', body: 'Lamentablemente, su pedido se ha retrasado.' },
      { lang: 'en', body: 'Your refund for {{1}} has been credited to your account.' },
    ],
  },
});
