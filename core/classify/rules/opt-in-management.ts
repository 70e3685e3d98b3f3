import { defineRule } from '../types';
import { SRC } from './_sources';

/** Confirmation of an opt-in collected elsewhere, or of an opt-out. */
export default defineRule({
  id: 'opt-in-management',
  category: 'UTILITY',
  kind: 'anchor',
  weight: 1,
  title: {
    en: 'Opt-in / opt-out confirmation',
    es: 'Confirmación de alta o baja',
    pt: 'Confirmação de inscrição ou descadastro',
  },
  description:
    'Finds confirmations of an opt-in or opt-out ("Thanks for confirming opt-in!", "You will no longer receive messages"). Meta lists these as Utility (Opt-in management).',
  source: SRC.optIn,
  suggestion: {
    en: 'Opt-in/opt-out confirmations ("{quote}") are Utility; keep them free of offers.',
    es: 'Las confirmaciones de alta/baja ("{quote}") son Utilidad; no añadas ofertas.',
    pt: 'Confirmações de inscrição/descadastro ("{quote}") são Utilidade; não acrescente ofertas.',
  },
  phrases: {
    en: [
      {
        p: '(confirm~|confirmed|confirming|thanks for|thank you for) (your )?(opt-?in|opt-?out)|opted (in|out)|opt-?(in|out) (confirmed|preference|request)',
        note: 'Meta: "Thanks for confirming opt-in!".',
      },
      {
        p: 'opt-?in|opt-?out',
        note: 'Bare "opt out" is also the standard marketing footer ("Reply STOP to opt out"); weak.',
        w: 0.4,
      },
      {
        p: "no longer receive|(you will|you'll) (now )?receive (notifications|updates|alerts|messages)|notification preferences|(confirmed|confirming) your (subscription|preference)|(you have|you've) (unsubscribed|subscribed|turned (on|off)|enabled|disabled) (from |to )?(whatsapp|notifications|alerts|updates|messages)",
        note: 'Meta: "You will no longer receive messages from us".',
      },
    ],
    es: [
      {
        p: 'ya no (recibiras|recibira|recibiran)|(recibiras|recibira) (notificaciones|avisos|alertas)|preferencias de (notificacion|comunicacion)|(confirmado|confirmaste|confirmar) (tu |su )?(suscripcion|consentimiento|alta|baja)',
        note: 'Opt-in/out confirmation.',
      },
      {
        p: 'no vas a recibir mas|(te )?confirmamos (la|tu) baja|(activaste|activo|has activado|se activaron|desactivaste|has desactivado) (las )?(notificaciones|alertas|avisos|mensajes)|(te )?(diste|has dado) de (alta|baja)|(suscripcion|baja) (confirmada|realizada|procesada)',
        note: 'DERIVED from Meta §1.3 Opt-in management in Spanish: notifications switched on/off, subscription confirmed.',
      },
    ],
    pt: [
      {
        p: 'nao (recebera|vai receber) mais|(recebera|vai receber) (notificacoes|avisos|alertas)|(confirmou|confirmacao de) (sua |seu )?(inscricao|consentimento|descadastro)',
        note: 'Opt-in/out confirmation.',
      },
      {
        p: 'nao vai mais receber|(ativou|ativaram|desativou|voce ativou|voce desativou) (as )?(notificacoes|alertas|avisos|mensagens)|(descadastro|inscricao|cancelamento da inscricao) (confirmad~|realizad~)|(voltar a|para voltar a|deixar de) receber',
        note: 'DERIVED from Meta §1.3 Opt-in management in Portuguese: notifications switched on/off, (un)subscription confirmed.',
      },
    ],
    it: [
      {
        p: 'non riceverai piu|riceverai (notifiche|avvisi)|iscrizione confermata|consenso (confermato|registrato)',
        note: 'Opt-in/out confirmation.',
      },
      {
        p: "(hai|ha) (confermato|attivato|disattivato|revocato) (l'iscrizione|l'adesione|il consenso|le notifiche|gli avvisi|la disiscrizione)|(disiscrizione|cancellazione) (confermata|completata)|riceverai qui",
        note: 'DERIVED from Meta §1.3 Opt-in management in Italian ("Hai confermato l\'iscrizione agli avvisi via WhatsApp").',
      },
    ],
    fr: [
      {
        p: 'ne recevrez plus|vous recevrez (des )?(notifications|alertes)|(desinscription|desabonnement) (confirme~|prise en compte)',
        note: 'Opt-in/out confirmation.',
      },
    ],
    de: [
      {
        p: '(du erhaltst|sie erhalten) (keine|ab sofort)|(abmeldung|anmeldung) (bestatigt|erfolgreich)|einwilligung',
        note: 'Opt-in/out confirmation.',
      },
    ],
    id: [
      { p: 'tidak akan (lagi )?menerima|akan menerima (notifikasi|pemberitahuan)', note: 'Opt-in/out confirmation.' },
    ],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Thanks for confirming opt-in! You’ll now receive notifications via WhatsApp.' },
      { lang: 'es', body: 'Ya no recibirás mensajes nuestros por WhatsApp.' },
      { lang: 'pt', body: 'Você não receberá mais mensagens nossas.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Shop our new arrivals.' },
      { lang: 'it', body: 'Scopri le nostre offerte.' },
    ],
  },
});
