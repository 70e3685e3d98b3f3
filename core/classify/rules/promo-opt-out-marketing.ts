import { defineRule } from '../types';
import { SRC } from './_sources';

/** Unsubscribe-from-promotions buttons and footers: the template belongs to a marketing stream. */
export default defineRule({
  id: 'promo-opt-out-marketing',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Opt-out from promotions', es: 'Baja de promociones', pt: 'Descadastro de promoções' },
  description:
    'Finds buttons or footers to unsubscribe from promotional messages ("Stop promotions", "Unsubscribe"). Only marketing streams carry them. Opting out of delivery or account updates is not matched.',
  source: SRC.optOutDerived,
  suggestion: {
    en: 'An opt-out from promotions ("{quote}") marks this as a marketing message. Select Marketing, or remove promotional content and this opt-out.',
    es: 'Una baja de promociones ("{quote}") indica un mensaje de marketing. Elige Marketing.',
    pt: 'Um descadastro de promoções ("{quote}") indica uma mensagem de marketing. Escolha Marketing.',
  },
  phrases: {
    en: [
      {
        p: 'unsubscribe|(stop|opt out of|pause|no more) (promotions|promotional|promos|marketing|offers|deals|sales)',
        note: 'Unsubscribe from promotions.',
      },
      {
        p: '(?<!((no longer|not|never) (receive|get)|won.?t (receive|get|send you)) (any )?(more )?)marketing (messages|subscriptions?|communications|updates|emails)|not interested in (any of )?our (sales|offers|deals|promotions)',
        note: 'Marketing subscription wording.',
      },
    ],
    es: [
      {
        p: '(darse|date|darte|darme) de baja|(dejar de recibir|no recibir|detener|parar) (promociones|ofertas|publicidad)|(?<!(no|ya no) (recibiras|recibira|recibiran|vas a recibir|va a recibir|te enviaremos|le enviaremos) (mas )?)mensajes (promocionales|publicitarios|de marketing)',
        note: 'Unsubscribe. Not after "no recibirás más…": that confirms an opt-out (Meta §1.3 Opt-in management, Utility).',
      },
    ],
    pt: [
      {
        p: 'descadastr~|(parar|nao receber|deixar de receber|cancelar) (promocoes|ofertas|publicidade)|(?<!nao (recebera|receberao|vai receber|vai mais receber|enviaremos) (mais )?)mensagens (promocionais|de marketing)',
        note: 'Unsubscribe.',
      },
      {
        p: '(responda|digite|envie) (sair|parar|stop)( para)?',
        note: 'Brazilian marketing opt-out instruction ("Responda SAIR"); also seen on utility streams, so medium. DERIVED.',
        w: 0.5,
      },
    ],
    it: [
      {
        p: "annulla l'?iscrizione|disiscriviti|(interrompi|stop) (promozioni|offerte)|(?<!non (riceverai|ricevera|riceverete|ti invieremo) (piu )?)messaggi (promozionali|di marketing)",
        note: 'Unsubscribe.',
      },
    ],
    fr: [
      {
        p: 'se desabonner|desabonnez-vous|desinscri~|(arreter|stop) (les )?promotions|messages (promotionnels|marketing)',
        note: 'Unsubscribe.',
      },
    ],
    de: [
      {
        p: '(abbestellen|abmelden von) (werbung|newsletter|angeboten)|werbenachrichten|keine (werbung|angebote) mehr',
        note: 'Unsubscribe.',
      },
    ],
    id: [{ p: 'berhenti berlangganan|(stop|hentikan) (promo|promosi)|pesan promosi', note: 'Unsubscribe.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Hi {{1}}', footer: 'Not interested? Tap Stop promotions', buttons: ['Stop promotions'] },
      { lang: 'en', body: 'Hi {{1}}', buttons: ['Unsubscribe'] },
      { lang: 'es', body: 'Hola {{1}}', buttons: ['Darme de baja'] },
    ],
    noMatch: [
      {
        lang: 'en',
        body: 'Your order {{1}} is on its way.',
        footer: 'To stop receiving delivery updates, tap the button below.',
      },
      { lang: 'pt', body: 'Seu pedido {{1}} saiu para entrega.', buttons: ['Parar atualizações'] },
    ],
  },
});
