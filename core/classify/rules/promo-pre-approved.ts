import { defineRule } from '../types';
import { SRC } from './_sources';

/** Pre-approved credit offers and "apply now" pitches. */
export default defineRule({
  id: 'promo-pre-approved',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Pre-approved offer', es: 'Oferta preaprobada', pt: 'Oferta pré-aprovada' },
  description:
    'Finds pre-approved/pre-qualified credit offers and "apply now" pitches. Meta lists "You have been {{pre_approved}} for our {{credit_card}}!" as Sales (Marketing).',
  source: SRC.preapproved,
  suggestion: {
    en: 'Offers of credit ("{quote}") are Marketing. Select Marketing; the status of an application the user made can be Utility.',
    es: 'Ofrecer crédito ("{quote}") es Marketing. Elige Marketing; el estado de una solicitud del usuario puede ser Utilidad.',
    pt: 'Oferecer crédito ("{quote}") é Marketing. Escolha Marketing; o status de uma solicitação do usuário pode ser Utilidade.',
  },
  phrases: {
    en: [
      { p: 'pre-?approved|pre-?qualified|pre-?selected', note: 'Meta: "{{pre_approved}}".' },
      {
        p: 'apply (now|today|via|through|using|online)|introductory (apr|rate|offer|price)|instant (loan|credit|approval)',
        note: 'Meta: "apply via your personalized link".',
      },
      { p: '(credit limit|loan) (offer|increase offer)', note: 'Credit offer.' },
      {
        p: 'need (some )?(extra )?(cash|money)\\?|get (a|your) (loan|cash advance) (in minutes|today|now)',
        note: 'DERIVED: an unsolicited loan pitch.',
      },
    ],
    es: [
      {
        p: 'pre-?aprobad~|preaprobad~|solicita~ (ya|ahora|hoy)|(aplica|postula) (ya|ahora)|credito pre-?aprobado|(solicita|pedi|pide|saca) (tu|un) (credito|prestamo|adelanto) (en minutos|ya|hoy|ahora|online|desde la app)|necesitas (dinero|efectivo|plata)',
        note: 'Pre-approved / apply now.',
      },
    ],
    pt: [
      {
        p: 'pre-?aprovad~|solicite (ja|agora|hoje)|(emprestimo|credito) (liberado|disponivel) para voce|(peca|solicite|contrate|simule) (seu|um|o seu) (emprestimo|credito)|precis(a|ando) de dinheiro',
        note: 'Pre-approved / apply now.',
      },
    ],
    it: [
      {
        p: 'pre-?approvat~|pre-?qualificat~|richiedi(lo|la)? (ora|subito|oggi)|richiedi (il tuo|un) (prestito|finanziamento|fido)|hai bisogno di (soldi|liquidita)',
        note: 'Pre-approved / apply now; an unsolicited loan pitch.',
      },
    ],
    fr: [
      {
        p: "pre-?approuve~|pre-?accorde~|demandez-?(le|la)? (maintenant|des aujourd'hui)",
        note: 'Pre-approved / apply now.',
      },
    ],
    de: [{ p: 'vorab genehmigt|vorabgenehmigt|jetzt beantragen|sofortkredit', note: 'Pre-approved / apply now.' }],
    id: [{ p: 'pra-?disetujui|ajukan sekarang|pinjaman (instan|cepat)', note: 'Pre-approved / apply now.' }],
    hi: [{ p: 'प्री-?अप्रूव्ड|अभी आवेदन करें', note: 'Pre-approved / apply now.' }],
  },
  examples: {
    match: [
      {
        lang: 'en',
        body: 'You have been {{pre_approved}} for our {{credit_card}}! Apply via your personalized link below.',
      },
      { lang: 'es', body: '¡Tienes un crédito preaprobado! Solicítalo ya.' },
      { lang: 'pt', body: 'Você tem um crédito pré-aprovado.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your loan application {{1}} has been approved.' },
      { lang: 'es', body: 'Su solicitud {{1}} fue recibida.' },
    ],
  },
});
