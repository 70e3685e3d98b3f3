import { defineRule } from '../types';
import { SRC } from './_sources';

/** Renewals pushed with savings or urgency. */
export default defineRule({
  id: 'promo-renewal',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Renewal push', es: 'Empuje a renovar', pt: 'Incentivo à renovação' },
  description:
    'Finds pushes to renew ("Renew today to save…", "don\'t lose your benefits"). Meta: utility messages must not "attempt to secure renewals". A neutral note about when a plan renews is not matched.',
  source: SRC.renewal,
  suggestion: {
    en: 'State the renewal date and amount only; remove "{quote}" or send it as Marketing.',
    es: 'Indica solo la fecha y el importe de la renovación; quita "{quote}" o envíalo como Marketing.',
    pt: 'Informe só a data e o valor da renovação; remova "{quote}" ou envie como Marketing.',
  },
  phrases: {
    en: [
      { p: 'renew (now|today|early|before it)', note: 'Meta: "Renew today to save".' },
      { p: 'renew (and|to) (save|get|enjoy|keep|unlock|continue enjoying)', note: 'Renew with an incentive.' },
      {
        p: 'renew ([^ ]+ ){1,3}(and|to) (save|get|enjoy|unlock|receive|earn)',
        note: 'DERIVED: renew with an incentive, with a deadline in between ("Renew before {{2}} and get 2 months free").',
      },
      { p: '(renewal|loyalty) (discount|offer|bonus|reward)', note: 'Renewal incentive.' },
      { p: "don'?t lose (your|all|the) (benefits|discount|perks|rewards|points|progress)", note: 'Loss framing.' },
      { p: '(reactivate|resubscribe|come back)( now| today)?( and| to) (save|get|enjoy)', note: 'Win-back.' },
    ],
    es: [
      { p: 'renueva~ (ahora|hoy|ya|antes)', note: 'Renew now.' },
      { p: 'renueva~ y (ahorra|obten|disfruta|consigue)', note: 'Renew with incentive.' },
      {
        p: '(renueva|renová|renova|renueve) ([^ ]+ ){1,3}y (ahorra|obten|obtene|disfruta|consigue|llevate|recibi|recibe|gana)',
        note: 'DERIVED: renew with an incentive, with a deadline in between.',
      },
      { p: 'no pierdas (tus|todos tus) (beneficios|ventajas|descuentos|puntos)', note: 'Loss framing.' },
    ],
    pt: [
      { p: 'renove (agora|ja|hoje|antes)', note: 'Renew now.' },
      { p: 'renove e (economize|ganhe|garanta|aproveite)', note: 'Renew with incentive.' },
      {
        p: 'renove ([^ ]+ ){1,3}e (economize|ganhe|garanta|aproveite|leve|receba)',
        note: 'DERIVED: renew with an incentive, with a deadline in between.',
      },
      { p: 'nao perca (seus|os seus|suas|as suas) (beneficios|descontos|vantagens|pontos)', note: 'Loss framing.' },
    ],
    it: [
      { p: 'rinnova (ora|subito|oggi|adesso)', note: 'Renew now.' },
      { p: 'rinnova e (risparmia|ottieni)', note: 'Renew with incentive.' },
      {
        p: 'rinnova ([^ ]+ ){1,3}e (risparmia|ottieni|ricevi|approfitta)',
        note: 'DERIVED: renew with an incentive, with a deadline in between ("rinnova entro domenica e risparmia").',
      },
      { p: 'non perdere i tuoi (vantaggi|benefici|sconti|punti)', note: 'Loss framing.' },
    ],
    fr: [
      { p: "renouvelez (maintenant|des aujourd'hui|vite)", note: 'Renew now.' },
      { p: 'renouvelez et (economisez|profitez)', note: 'Renew with incentive.' },
      { p: 'ne perdez pas vos (avantages|remises|points)', note: 'Loss framing.' },
    ],
    de: [{ p: 'jetzt verlangern|verlangere (jetzt|und spare)|verlangern und spar~', note: 'Renew now.' }],
    id: [{ p: 'perpanjang (sekarang|hari ini)|perpanjang dan hemat', note: 'Renew now.' }],
    hi: [{ p: 'अभी रिन्यू करें|रिन्यू करें और बचाएं', note: 'Renew now.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Your subscription will expire on {{1}}! Renew today to save {{2}}.' },
      { lang: 'es', body: 'Tu suscripción vence pronto. ¡Renueva ahora y ahorra!' },
      { lang: 'pt', body: 'Sua assinatura vence em {{1}}. Renove já!' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your subscription renews on {{1}} for {{2}}.' },
      { lang: 'pt', body: 'Sua assinatura será renovada em {{1}} no valor de {{2}}.' },
    ],
  },
});
