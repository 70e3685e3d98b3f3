import { defineRule } from '../types';
import { SRC } from './_sources';

/** Donation and fundraising asks. */
export default defineRule({
  id: 'promo-donation',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Donation ask', es: 'Petición de donativos', pt: 'Pedido de doação' },
  description:
    'Finds donation and fundraising asks. Meta lists "We are actively seeking {{donations}}…" as a Sales (Marketing) example.',
  source: SRC.donation,
  suggestion: {
    en: 'Donation asks ("{quote}") are Marketing. Select Marketing; a receipt for a donation already made can be Utility.',
    es: 'Pedir donativos ("{quote}") es Marketing. Elige Marketing; el recibo de una donación ya hecha puede ser Utilidad.',
    pt: 'Pedir doações ("{quote}") é Marketing. Escolha Marketing; o recibo de uma doação já feita pode ser Utilidade.',
  },
  phrases: {
    en: [
      {
        p: 'donate|donations|fundrais~|support our (cause|mission|work)|contribute (now|today)|give (now|today|generously)|make a difference',
        note: 'Meta: "Support our cause and contribute now!".',
      },
      { p: 'donation', note: 'Also used in donation receipts; medium.', w: 0.8 },
    ],
    es: [
      {
        p: 'donar|donaciones|(haz|realiza|haga) (una|tu|su) donacion|apoya nuestra causa|recaudacion de fondos|colabora (con nosotros|ahora)',
        note: 'Donation ask.',
      },
    ],
    pt: [
      {
        p: 'doar|doacoes|(faca|faz) (sua|uma) doacao|apoie (nossa|a nossa) causa|arrecadacao|contribua (agora|hoje|com)',
        note: 'Donation ask.',
      },
    ],
    it: [
      { p: 'donare|donazioni|fai una donazione|sostieni (la nostra|la) causa|raccolta fondi', note: 'Donation ask.' },
    ],
    fr: [{ p: '(faites|faire) un don|soutenez notre (cause|mission)|collecte de fonds', note: 'Donation ask.' }],
    de: [
      {
        p: 'jetzt spenden|spenden sie|spendenaktion|unterstutze~ unsere (sache|arbeit|mission)',
        note: 'Donation ask.',
      },
    ],
    id: [{ p: 'donasi|sumbangan|galang dana|dukung (gerakan|misi) kami', note: 'Donation ask.' }],
    hi: [{ p: 'दान करें|डोनेट', note: 'Donation ask.' }],
  },
  examples: {
    match: [
      {
        lang: 'en',
        body: 'We are actively seeking {{donations}} to meet our fundraising goal. Support our cause and contribute now!',
      },
      { lang: 'es', body: 'Haz una donación hoy y ayuda a nuestra causa.' },
      { lang: 'pt', body: 'Faça sua doação e apoie nossa causa.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your payment of {{1}} was received.' },
      { lang: 'pt', body: 'Seu pedido {{1}} foi enviado.' },
    ],
  },
});
