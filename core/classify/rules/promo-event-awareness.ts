import { defineRule } from '../types';
import { SRC } from './_sources';

/** Event invitations and awareness hooks ("Did you know?", "…is around the corner!"). */
export default defineRule({
  id: 'promo-event-awareness',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: {
    en: 'Event invitation or awareness',
    es: 'Invitación a evento o divulgación',
    pt: 'Convite para evento ou divulgação',
  },
  description:
    'Finds invitations to events, openings and webinars, and awareness hooks ("Did you know?"). Meta lists these as Awareness (Marketing). Public-safety and public-health notices are covered by essential-alert instead.',
  source: SRC.awareness,
  suggestion: {
    en: 'Invitations and awareness content ("{quote}") are Marketing. Select Marketing, or keep only the details of a booking the user made.',
    es: 'Las invitaciones y la divulgación ("{quote}") son Marketing. Elige Marketing o deja solo los datos de una reserva del usuario.',
    pt: 'Convites e divulgação ("{quote}") são Marketing. Escolha Marketing ou mantenha só os dados de uma reserva do usuário.',
  },
  phrases: {
    en: [
      {
        p: "(you'?re|you are) (cordially )?invited|we('d| would)? (like to )?invite you|join us (at|for|on|this|in|to)|save the date",
        note: 'Invitations.',
      },
      {
        p: '(grand|store|new) opening|webinar|masterclass|(live|special|exclusive) event|(register|sign up|rsvp) (now|today|here)',
        note: 'Events.',
      },
      {
        p: "did you know|(is|are) (just )?around the corner|looking for (a|an|the) (perfect|new|great|getaway|gift|way)|we'?re (excited|thrilled|happy|proud) to (announce|introduce|share|launch)|exciting news",
        note: 'Meta: "Did you know?", "{{Diwali}} is around the corner!".',
      },
      {
        p: '(celebrate|celebration) with (us|friends|family)|(amazing|unforgettable|exclusive) experience',
        note: 'Event copy.',
      },
    ],
    es: [
      {
        p: '(estas|esta|estan) (cordialmente )?invitad~|te invitamos|(unete|acompananos) (a|al|en)|reserva la fecha',
        note: 'Invitations.',
      },
      {
        p: '(gran )?inauguracion|webinar(io)?|evento (especial|exclusivo)|(inscribete|registrate) (ya|ahora|aqui|gratis)',
        note: 'Events.',
      },
      {
        p: 'sabias que|a la vuelta de la esquina|(celebra|celebremos) con nosotros|grandes noticias',
        note: 'Awareness hooks.',
      },
    ],
    pt: [
      {
        p: '(voce esta|esta|estao) (convidad~)|te convidamos|convite (especial|para voce)|(venha|junte-se a nos)',
        note: 'Invitations.',
      },
      { p: 'inauguracao|webinar(io)?|evento (especial|exclusivo)|(inscreva-se|garanta sua vaga)', note: 'Events.' },
      { p: '(voce )?sabia que|(celebre|comemore) (com a gente|conosco)|grandes novidades', note: 'Awareness hooks.' },
    ],
    it: [
      { p: 'sei invitat~|ti invitiamo|unisciti a noi|vieni a trovarci', note: 'Invitations.' },
      {
        p: 'inaugurazione|webinar|evento (speciale|esclusivo)|(iscriviti|registrati) (ora|subito|qui)',
        note: 'Events.',
      },
      { p: 'lo sapevi|sapevi che|festeggia con noi', note: 'Awareness hooks.' },
    ],
    fr: [
      { p: 'vous etes invite~|(nous vous invitons|on vous invite)|rejoignez-nous', note: 'Invitations.' },
      {
        p: 'inauguration|webinaire|evenement (special|exclusif)|(inscrivez-vous|reservez votre place)',
        note: 'Events.',
      },
      { p: 'le saviez-vous|saviez-vous que|celebrez avec nous', note: 'Awareness hooks.' },
    ],
    de: [
      { p: '(du bist|sie sind) (herzlich )?eingeladen|wir laden (dich|sie) (herzlich )?ein', note: 'Invitations.' },
      { p: '(neu)?eroffnung|webinar|jetzt anmelden', note: 'Events.' },
      { p: 'wusstest du|wussten sie|feiere mit uns', note: 'Awareness hooks.' },
    ],
    id: [
      { p: '(anda|kamu) (di)?undang|mengundang (anda|kamu)|bergabunglah', note: 'Invitations.' },
      { p: 'pembukaan (toko|cabang)|webinar|daftar sekarang', note: 'Events.' },
      { p: 'tahukah (anda|kamu)', note: 'Awareness hook.' },
    ],
    hi: [{ p: 'आमंत्रित|क्या आप जानते हैं|वेबिनार', note: 'Invitation / awareness.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: '{{Diwali}} is around the corner! Join us at {{location}} on {{date}} to celebrate.' },
      { lang: 'en', body: "You're invited to {{event_name}} at {{location}}!" },
      { lang: 'es', body: '¿Sabías que ahora abrimos los domingos?' },
      { lang: 'pt', body: 'Você está convidado para a inauguração da nossa loja!' },
    ],
    noMatch: [
      { lang: 'en', body: 'There is a {{tornado}} alert in your area. Remain indoors until {{time}}.' },
      { lang: 'es', body: 'Su reserva para {{1}} personas está confirmada.' },
    ],
  },
});
