import { defineRule } from '../types';
import { SRC } from './_sources';

/** Upsell, cross-sell and recommendations. */
export default defineRule({
  id: 'promo-upsell',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Upsell or cross-sell', es: 'Venta adicional o cruzada', pt: 'Venda adicional ou cruzada' },
  description:
    'Finds upgrades and recommendations ("Upgrade to our premium…", "you may also like"). Meta: utility messages "must not promote, recommend, upsell or cross-sell products".',
  source: SRC.upsell,
  suggestion: {
    en: 'Remove the recommendation "{quote}" or send it in a separate Marketing template.',
    es: 'Quita la recomendación "{quote}" o envíala en una plantilla de Marketing aparte.',
    pt: 'Remova a recomendação "{quote}" ou envie-a em um modelo de Marketing separado.',
  },
  phrases: {
    en: [
      {
        p: 'upgrade (to (our|the)|to an? (premium|pro|plus|business|gold|platinum|higher|better|bigger|faster)|now|today|your (plan|package|subscription|membership|room|seat|cabin|ticket|account))',
        note: 'Meta: "Upgrade to our {{premium_cabin}}".',
      },
      {
        p: "you (may|might|will|'ll) (also )?(like|love|enjoy)|you (would|'d) (also )?love|you (would|'d) also like|you (may|might) (also )?be interested",
        note: 'Cross-sell ("you would like to proceed" is not).',
      },
      {
        p: '(recommended|picked|selected|chosen|curated) (just )?for you|(based on|inspired by) your (recent )?(purchase|order|browsing|interests)',
        note: 'Recommendations.',
      },
      {
        p: 'complete the look|frequently bought together|customers (also|who) (bought|viewed)|pairs (well|perfectly) with',
        note: 'Cross-sell.',
      },
      { p: 'enjoy new benefits|(premium|exclusive) (benefits|perks|membership)', note: 'Benefit pitch.' },
      {
        p: '(adicione|inclua|contrate|agrega|anade|suma|contrata|aggiungi|attiva) (o|um|a|uma|el|un|la|una|il|lo) (pacote|adicional|servico|pacchetto|servizio|opzione|paquete|servicio|opcion) ([^ ]+ ){0,4}(por (mais|apenas|so|solo)|per (soli|solo)|a soli|con solo)|(pode ficar|puede ser|puo essere) (ainda |aun |ancora )?(melhor|mejor|migliore)|add (the|a|an) ([^ ]+ ){0,2}(package|add-on|bundle) for',
        note: 'DERIVED: adding a paid package to the user\'s plan is upsell (Meta §1.3: must not "upsell or cross-sell products").',
      },
      {
        p: '(add|aggiungi|aggiungere|adicione|adicionar|agrega|agregar|anade|anadir|contrata|contrate) (la |una |an? |a |el |o |uma |un )?(garanzia estesa|extended warranty|garantia (extendida|estendida)|protection plan|seguro (contra|de) (robo|roubo|danos|danos))',
        note: 'DERIVED: cross-selling an add-on (extended warranty, protection plan) with an order is upsell (Meta §1.3: must not "upsell or cross-sell products").',
      },
    ],
    es: [
      {
        p: 'mejora tu (plan|tarifa|suscripcion|habitacion|asiento)|(pasate|cambiate|sube) a (nuestro |el plan |la version )?(premium|pro|plus)',
        note: 'Upgrade.',
      },
      {
        p: '(mejora|mejore|mejoren|mejorar|sube|suba|subir|pasate|pasese|cambiate|cambiese) (a|al|de) (nuestr~ |la |el |los |las |una |un |tu |su )?(clase|cabina|asiento~|habitacion~|suite~|categoria|plan|tarifa|version|paquete|membresia|suscripcion|premium|business|ejecutiv~|superior|vip|gold|platino|pro|plus)',
        note: 'DERIVED from Meta\'s "Upgrade to our {{premium_cabin}}" in Spanish ("¡Mejora a nuestros asientos premium!", "Pásate al plan Pro").',
      },
      {
        p: '(haz|hace|hacer|realiza) (el |un )?upgrade|hazte (premium|pro|plus|vip|socio)',
        note: 'Upgrade loanword and "become premium".',
      },
      {
        p: '(te|le) (podria|puede|va a) (interesar|gustar|encantar)|tambien te (gustara|encantara|puede gustar)',
        note: 'Cross-sell.',
      },
      {
        p: 'recomendad~ para (ti|usted)|seleccionad~ para (ti|usted)|quienes compraron|completa tu look',
        note: 'Recommendations.',
      },
    ],
    pt: [
      {
        p: '(faca|fazer|faz) (o )?upgrade|upgrade (para|do seu|da sua)|mude para o plano|assine (o plano )?(premium|ja|agora)',
        note: 'Upgrade.',
      },
      {
        p: '(mude|migre|passe|suba|troque) (para|pra) (o |a |os |as |um |uma |nosso~ |nossa~ )?(classe|cabine|assento~|poltrona~|quarto|suite|categoria|plano|versao|pacote|premium|executiv~|business|superior|vip|gold|pro|plus)',
        note: 'DERIVED from Meta\'s "Upgrade to our {{premium_cabin}}" in Portuguese ("Passe para a classe executiva", "Migre para o plano Pro").',
      },
      { p: '(voce )?(tambem )?(pode|vai|iria) (gostar|adorar|se interessar)', note: 'Cross-sell.' },
      {
        p: '(recomendad~|selecionad~|escolhid~) (especialmente )?para (voce|ti)|quem comprou (tambem|isso)|complete (o seu|seu) look',
        note: 'Recommendations.',
      },
    ],
    it: [
      { p: "passa a (premium|pro|plus)|(fai|effettua) l'?upgrade", note: 'Upgrade.' },
      {
        p: "(passa|passi|passare|aggiorna|aggiorni|aggiornare) (a|al|alla|all'|ai|alle) ?(nostr~ |un |una )?(classe |cabina |posti |posto |camera |suite |categoria |piano |tariffa |versione |pacchetto |abbonamento )?(premium|business|superior~|vip|gold|platinum|pro|plus|top)",
        note: 'DERIVED from Meta\'s "Upgrade to our {{premium_cabin}}" in Italian ("Passa alla classe Business", "Aggiorna al piano Premium"). Needs a higher tier: "passa al piano Base" can be a plain plan-change notice.',
      },
      {
        p: '(potrebbe|potrebbero) (anche )?(piacerti|interessarti)|ti (potrebbe|potrebbero) (piacere|interessare)',
        note: 'Cross-sell.',
      },
      { p: '(consigliat~|selezionat~) per te|chi ha acquistato|completa il (tuo )?look', note: 'Recommendations.' },
    ],
    fr: [
      { p: "passez (a|au) (premium|l'offre|la version)|surclass~", note: 'Upgrade.' },
      { p: 'vous (aimerez|pourriez (aussi )?aimer)|ceux qui ont achete', note: 'Cross-sell.' },
      { p: '(recommande~|selectionne~) pour vous|completez votre look', note: 'Recommendations.' },
    ],
    de: [
      { p: '(upgrade|wechsle|wechseln sie) (auf|zu) (premium|pro|plus|unser~)', note: 'Upgrade.' },
      { p: 'das (konnte|durfte) (dir|ihnen) (auch )?gefallen|kunden kauften auch', note: 'Cross-sell.' },
      { p: '(empfohlen|ausgewahlt) fur (dich|sie)', note: 'Recommendations.' },
    ],
    id: [
      { p: 'upgrade (ke|paket)|tingkatkan (paket|langganan|akun)', note: 'Upgrade.' },
      {
        p: '(kamu|anda) (mungkin )?(juga )?(suka|menyukai|tertarik)|rekomendasi (untuk|buat) (anda|kamu)',
        note: 'Cross-sell.',
      },
    ],
    hi: [{ p: 'अपग्रेड करें|आपको (यह )?(भी )?पसंद आ', note: 'Upgrade / cross-sell.' }],
  },
  examples: {
    match: [
      { lang: 'it', body: 'La tua prenotazione è confermata. Passa alla classe Business!' },
      { lang: 'es', body: 'Tu reserva está confirmada. ¡Mejora a nuestros asientos premium y viaja con más espacio!' },
      { lang: 'en', body: 'Upgrade to our {{premium_cabin}} to enjoy more legroom.' },
      { lang: 'en', body: 'Your order {{1}} shipped. You may also like {{2}}.' },
      { lang: 'es', body: 'Tu pedido llegó. También te puede gustar {{1}}.' },
      { lang: 'pt', body: 'Faça o upgrade do seu plano hoje.' },
    ],
    noMatch: [
      { lang: 'it', body: 'Il tuo abbonamento passa al piano Base dal {{1}}, come richiesto.' },
      { lang: 'en', body: 'You need to upgrade to a {{updated_identification_card}} by {{date}}.' },
      { lang: 'pt', body: 'Seu plano {{1}} foi renovado em {{2}}.' },
    ],
  },
});
