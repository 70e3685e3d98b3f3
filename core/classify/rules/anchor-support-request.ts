import { defineRule } from '../types';

/** A request, case, ticket or conversation the user started. */
export default defineRule({
  id: 'anchor-support-request',
  category: 'UTILITY',
  kind: 'anchor',
  weight: 1,
  title: {
    en: "User's request or support case",
    es: 'Solicitud o caso del usuario',
    pt: 'Solicitação ou chamado do usuário',
  },
  description:
    'Finds references to something the user asked for: a support request, case, ticket, complaint, an issue they reported, or a conversation they started. Meta: Utility when "requested by the user" (e.g. "I see you requested support via our {{online_chat}}").',
  source: {
    section: '§1.3 Continue a conversation on WhatsApp',
    quote:
      'Only if the user asked to move the conversation to WhatsApp. "Hi! I see you requested support via our {{online_chat}}…"',
  },
  suggestion: {
    en: 'Good Utility anchor ("{quote}"). Refer to the user\'s own request or case, and add nothing promotional.',
    es: 'Buen ancla de Utilidad ("{quote}"). Refiérete a la solicitud del usuario y no añadas nada promocional.',
    pt: 'Boa âncora de Utilidade ("{quote}"). Refira-se à solicitação do usuário e não acrescente nada promocional.',
  },
  phrases: {
    en: [
      {
        p: "(you|you'?ve|you have) (recently )?(requested|asked (for|about|us)|contacted|reported|submitted|chatted|called|spoke)",
        note: 'Meta: "I see you requested support".',
      },
      {
        p: '(your|the) (support |service )?(request|inquiry|enquiry|query|complaint|ticket|case|issue|question|call|chat|report)',
        note: "The user's request.",
      },
      { p: '(ticket|case|request|reference|complaint) (#|number|no|id|<n>)|ticket #? ?<n>', note: 'Case reference.' },
      {
        p: '(following|follow) up on your|(issue|problem) (that )?you (were|are|have been) (facing|having|experiencing)|regarding your|as (you )?requested',
        note: "Follow-ups on the user's issue.",
      },
      {
        p: "(we|we've|we have) (received|resolved|reviewed|updated|processed) your|(thanks|thank you) for (contacting|reaching out|your (message|inquiry|enquiry|request))",
        note: 'Acknowledgements.',
      },
      { p: 'customer (service|support|care)|support team', note: 'Support team; medium.', w: 0.6 },
    ],
    es: [
      {
        p: '(solicitaste|solicito|pediste|contactaste|reportaste|nos escribiste|nos contactaste)',
        note: 'The user asked.',
      },
      {
        p: '(tu|su) (solicitud|consulta|reclamo|reclamacion|caso|incidencia|ticket|pregunta|queja|problema|tramite|expediente|gestion)|(solicitud|caso|ticket|incidencia|reclamo) (#|n|numero|no)',
        note: "The user's request.",
      },
      {
        p: '(el|al) problema que (tenias|tenia|estabas|reportaste)|(hemos recibido|recibimos|resolvimos) (tu|su)|gracias por (contactar|contactarnos|comunicarte|escribirnos)|segun (lo )?solicitado|(pudiste|pudo) solucionar',
        note: 'Follow-ups.',
      },
      { p: '(atencion|servicio) al cliente', note: 'Support team; medium.', w: 0.6 },
    ],
    pt: [
      { p: '(voce )?(solicitou|pediu|entrou em contato|relatou|reportou)', note: 'The user asked.' },
      {
        p: '(sua|seu) (solicitacao|consulta|reclamacao|chamado|protocolo|caso|ticket|duvida|problema|requerimento|processo)|(protocolo|chamado|ticket)( (#|n|numero|no))?( ?<n>)?',
        note: "The user's request.",
      },
      {
        p: '(o )?problema que (voce )?(estava|tinha|relatou)|(conseguimos|conseguiu) resolver|(recebemos|resolvemos) (sua|seu)|obrigad~ por (entrar em contato|nos contatar)',
        note: 'Follow-ups.',
      },
      { p: 'atendimento|suporte', note: 'Support team; medium.', w: 0.6 },
    ],
    it: [
      {
        p: '(hai richiesto|ci hai contattato|hai segnalato)|(la tua|la sua) (richiesta|segnalazione|pratica|domanda)|(ticket|pratica|richiesta) (n|numero|#)',
        note: "The user's request.",
      },
      {
        p: 'il problema che (stavi|avevi|hai segnalato)|(abbiamo ricevuto|abbiamo risolto) (la tua|la sua)',
        note: 'Follow-ups.',
      },
      { p: '(assistenza|servizio) clienti', note: 'Support team; medium.', w: 0.6 },
    ],
    fr: [
      {
        p: 'vous avez (demande|contacte|signale)|(votre|ta) (demande|requete|reclamation|dossier|ticket|question)|(ticket|dossier|demande) (n|numero|#)',
        note: "The user's request.",
      },
      {
        p: 'le probleme que vous (rencontriez|avez signale)|nous avons (recu|resolu|traite) votre',
        note: 'Follow-ups.',
      },
      { p: 'service client', note: 'Support team; medium.', w: 0.6 },
    ],
    de: [
      {
        p: '(dein|ihr) problem|(deine|ihre) frage',
        note: 'German: your problem/question (Meta sample_issue_resolution).',
      },
      {
        p: '(du hast|sie haben) (angefragt|uns kontaktiert|gemeldet)|(deine|ihre) (anfrage|anliegen|beschwerde|ticket|reklamation|supportanfrage)|(ticket|vorgangs|anfrage)(nummer| nr| #)',
        note: "The user's request.",
      },
      { p: 'kundenservice|kundendienst', note: 'Support team; medium.', w: 0.6 },
    ],
    id: [
      {
        p: '(anda|kamu) (meminta|menghubungi|melaporkan)|(permintaan|pertanyaan|keluhan|tiket|laporan) (anda|kamu|mu)|masalah yang (sedang )?(anda|kamu) hadapi|(kami telah|kami sudah) (menerima|menyelesaikan)',
        note: "The user's request.",
      },
      { p: 'layanan pelanggan', note: 'Support team; medium.', w: 0.6 },
    ],
    hi: [
      { p: 'आपकी (शिकायत|रिक्वेस्ट|अनुरोध|समस्या)|टिकट', note: "The user's request." },
      { p: 'ग्राहक सेवा', note: 'Support team; medium.', w: 0.6 },
    ],
    ar: [
      { p: '(ا|إ)ستفسار~|شكوى|طلبك', note: 'Arabic inquiry/complaint.' },
      { p: 'خدمة العملاء', note: 'Customer service; medium.', w: 0.6 },
    ],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Hi! I see you requested support via our {{online_chat}}. How can I help?' },
      { lang: 'es', body: 'Hola, {{1}}. ¿Pudiste solucionar el problema que tenías?' },
      { lang: 'pt', body: 'Seu chamado {{1}} foi atualizado.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Hey {{customer_name}}, how may I help you?' },
      { lang: 'pt', body: 'Confira nossas novidades.' },
    ],
  },
});
