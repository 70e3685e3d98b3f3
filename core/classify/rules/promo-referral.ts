import { defineRule } from '../types';
import { SRC } from './_sources';

/** Referral programmes and friend invitations. */
export default defineRule({
  id: 'promo-referral',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Referral or friend invitation', es: 'Referidos o invitar amigos', pt: 'Indicação ou convite a amigos' },
  description:
    'Finds referral programmes and community nudges. Meta lists "your friend {{name}} recently joined our community…" as App promotion (Marketing).',
  source: SRC.app,
  suggestion: {
    en: 'Referral and community nudges ("{quote}") are Marketing. Select Marketing.',
    es: 'Los referidos ("{quote}") son Marketing. Elige Marketing.',
    pt: 'Indicações ("{quote}") são Marketing. Escolha Marketing.',
  },
  phrases: {
    en: [
      {
        p: 'refer (a |your )?friends?|invite (your )?friends|referral (code|bonus|program|programme|link|reward)|(recently )?joined our community|send them a welcome',
        note: 'Referral.',
      },
    ],
    es: [
      { p: 'invita a (tus )?amigos|(refiere|recomienda) a (un |tus )?amigos?|codigo de referido', note: 'Referral.' },
    ],
    pt: [{ p: 'indique (um |seus )?amigos?|convide (seus )?amigos|codigo de indicacao', note: 'Referral.' }],
    it: [{ p: 'invita (i tuoi )?amici|presenta un amico|codice (amico|referral)', note: 'Referral.' }],
    fr: [{ p: 'parrain~|invitez (vos )?amis', note: 'Referral.' }],
    de: [{ p: 'freunde (einladen|werben)|lade (deine )?freunde ein|empfehlungscode', note: 'Referral.' }],
    id: [{ p: 'ajak teman|undang teman|kode referral', note: 'Referral.' }],
    hi: [{ p: 'दोस्तों को (आमंत्रित|रेफर)|रेफर करें', note: 'Referral.' }],
  },
  examples: {
    match: [
      {
        lang: 'en',
        body: 'Hi {{name}}, your friend {{name}} recently joined our community. Send them a welcome message in our app today.',
      },
      { lang: 'pt', body: 'Indique um amigo e ganhe R$ 20.' },
      { lang: 'es', body: 'Invita a tus amigos y gana premios.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your friend request was accepted.' },
      { lang: 'it', body: 'La tua prenotazione è confermata.' },
    ],
  },
});
