/**
 * The concepts the category model reads, independent of language. Each language's lexicon
 * (./lexicon/<lang>.ts) lists the words that express each concept; the model's weights are learned per
 * concept, not per word, so a language that has a lexicon is understood with the same weights as the
 * languages the model was trained on (adding a language is a data change).
 *
 * `leaning` is what Meta's criteria say the concept suggests (meta-rules-and-pricing.md §1.2–1.3). It is
 * documentation and a sanity check (test/unit/classify/model.test.ts asserts the trained weights agree in
 * sign for the concepts that are unambiguous); the decision itself comes from the trained weights.
 */
import type { Localized, MetaSource } from '../../types';
import { SRC } from '../rules/_sources';

export type ConceptLeaning = 'utility' | 'marketing' | 'authentication' | 'neutral';

export interface ConceptDefinition {
  id: string;
  leaning: ConceptLeaning;
  title: Localized;
  description: string;
  source: MetaSource;
}

const MARKETING_PROMO: MetaSource = {
  section: '§1.2 Marketing guidelines',
  quote: 'Awareness, sales, retargeting, app promotion, relationship building. … Templates with mixed content.',
};
const UTILITY_SPECIFIC = SRC.utilitySpecific;
const UTILITY_ESSENTIAL = SRC.essential;
const MARKETING_RELATIONSHIP = SRC.relationship;
const MARKETING_RETARGETING = SRC.retargeting;
const UNCLEAR = SRC.unclear;
const AUTHENTICATION = SRC.otp;

const t = (en: string, es: string, pt: string): Localized => ({ en, es, pt });

export const CONCEPTS = [
  {
    id: 'order',
    leaning: 'utility',
    title: t('order or delivery', 'pedido o entrega', 'pedido ou entrega'),
    description: 'Orders, purchases, parcels, shipments, couriers, tracking, pick-ups, returns.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'money',
    leaning: 'utility',
    title: t('payment or bill', 'pago o factura', 'pagamento ou fatura'),
    description: 'Payments, invoices, bills, balances, amounts due, charges, refunds, transfers, instalments, taxes.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'account',
    leaning: 'utility',
    title: t('account or personal data', 'cuenta o datos personales', 'conta ou dados pessoais'),
    description: 'Accounts, profiles, passwords, log-ins, personal details, cards, devices, registrations.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'booking',
    leaning: 'utility',
    title: t('booking or appointment', 'reserva o cita', 'reserva ou consulta'),
    description: 'Bookings, reservations, appointments, visits, flights, seats, check-in, classes, exams, meetings.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'case',
    leaning: 'utility',
    title: t('request or case', 'solicitud o caso', 'solicitação ou caso'),
    description: 'Requests, cases, tickets, complaints, claims, applications, enquiries, procedures, repairs.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'document',
    leaning: 'utility',
    title: t('document or record', 'documento o registro', 'documento ou registro'),
    description:
      'Documents, certificates, permits, licences, passports, ID cards, contracts, policies, results, reports.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'work',
    leaning: 'utility',
    title: t('work or operations', 'trabajo u operaciones', 'trabalho ou operações'),
    description: 'Business-internal notices: shifts, rosters, tasks, leads, approvals, stock, staff, payroll.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'status',
    leaning: 'utility',
    title: t('status change', 'cambio de estado', 'mudança de status'),
    description:
      'Something of the user changed state: confirmed, received, processed, updated, scheduled, cancelled, approved, rejected, due, expired.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'alert',
    leaning: 'utility',
    title: t('alert or disruption', 'alerta o interrupción', 'alerta ou interrupção'),
    description: 'Safety alerts, emergencies, weather, outages, disruptions, closures, recalls, fraud, security.',
    source: UTILITY_ESSENTIAL,
  },
  {
    id: 'compliance',
    leaning: 'utility',
    title: t('legal or policy', 'legal o normativa', 'legal ou política'),
    description: 'Policies, privacy, terms, regulations, laws, mandatory steps, deadlines, official notices.',
    source: UTILITY_ESSENTIAL,
  },
  {
    id: 'notice',
    leaning: 'utility',
    title: t('informational notice', 'aviso informativo', 'aviso informativo'),
    description: 'Framing that informs rather than persuades: "please note", "we inform you", "reminder", "notice".',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'instruction',
    leaning: 'utility',
    title: t('instruction to the user', 'instrucción al usuario', 'instrução ao usuário'),
    description:
      'Steps the user must take about their own matter: bring, present, upload, submit, reply, ignore if paid.',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'schedule',
    leaning: 'utility',
    title: t('date or time', 'fecha u hora', 'data ou horário'),
    description: 'Dates, times, deadlines and named date/time placeholders ({{date}}, {{hora}}).',
    source: UTILITY_SPECIFIC,
  },
  {
    id: 'preference',
    leaning: 'utility',
    title: t('messaging preference', 'preferencia de mensajes', 'preferência de mensagens'),
    description:
      'Confirms an opt-in or opt-out: you will now receive / no longer receive our messages, your preference.',
    source: SRC.optIn,
  },
  {
    id: 'requested',
    leaning: 'utility',
    title: t('requested by the user', 'solicitado por el usuario', 'solicitado pelo usuário'),
    description: 'You requested, as requested, at your request, you contacted us: the user asked for this message.',
    source: {
      section: '§1.3 Utility guidelines',
      quote:
        'Must ALSO be either specific to or requested by the user … Continue a conversation on WhatsApp: only if the user asked.',
    },
  },
  {
    id: 'offer',
    leaning: 'marketing',
    title: t('offer or incentive', 'oferta o incentivo', 'oferta ou incentivo'),
    description: 'Discounts, sales, promotions, deals, coupons, vouchers, cashback, gifts, prizes, special prices.',
    source: MARKETING_PROMO,
  },
  {
    id: 'novelty',
    leaning: 'marketing',
    title: t('something new to discover', 'novedad', 'novidade'),
    description: 'New products, launches, collections, arrivals, "now available", "discover", "exclusive".',
    source: MARKETING_PROMO,
  },
  {
    id: 'persuasion',
    leaning: 'marketing',
    title: t('call to buy or join', 'llamada a comprar o unirse', 'chamada para comprar ou participar'),
    description: 'Shop, buy, grab, try, enjoy, explore, check out, sign up, subscribe, join, upgrade, download.',
    source: MARKETING_PROMO,
  },
  {
    id: 'hype',
    leaning: 'marketing',
    title: t('enthusiastic wording', 'lenguaje entusiasta', 'linguagem entusiasmada'),
    description: 'Amazing, incredible, unbeatable, best, perfect, favourite, dream, irresistible, delicious.',
    source: MARKETING_PROMO,
  },
  {
    id: 'urgency',
    leaning: 'marketing',
    title: t('sales urgency', 'urgencia comercial', 'urgência comercial'),
    description: "Today only, last chance, hurry, limited time, while stocks last, don't miss out.",
    source: MARKETING_PROMO,
  },
  {
    id: 'relationship',
    leaning: 'marketing',
    title: t('greetings and relationship', 'saludos y relación', 'saudações e relacionamento'),
    description: 'Birthdays, holidays, festive greetings, wishes, "valued customer", "our family", celebrations.',
    source: MARKETING_RELATIONSHIP,
  },
  {
    id: 'event',
    leaning: 'marketing',
    title: t('event or invitation', 'evento o invitación', 'evento ou convite'),
    description: 'Events, webinars, festivals, parties, workshops, fairs, tastings, "join us".',
    source: MARKETING_PROMO,
  },
  {
    id: 'retargeting',
    leaning: 'marketing',
    title: t('come back / left behind', 'vuelve / lo dejaste', 'volte / você deixou'),
    description: 'Carts, wishlists, "we miss you", "come back", "still interested", back in stock, price drops.',
    source: MARKETING_RETARGETING,
  },
  {
    id: 'loyalty',
    leaning: 'marketing',
    title: t('loyalty and membership perks', 'fidelidad y ventajas', 'fidelidade e vantagens'),
    description: 'Points, rewards, clubs, VIP, member benefits, tiers.',
    source: MARKETING_PROMO,
  },
  {
    id: 'brand',
    leaning: 'marketing',
    title: t('our products and store', 'nuestros productos y tienda', 'nossos produtos e loja'),
    description: 'The business talking about itself: our store, our products, our brand, our menu, our collection.',
    source: MARKETING_PROMO,
  },
  {
    id: 'social',
    leaning: 'marketing',
    title: t('share, follow, refer or review', 'compartir, seguir, recomendar', 'compartilhar, seguir, indicar'),
    description: 'Follow us, social networks, refer or invite a friend, rate or review us, donate to our cause.',
    source: MARKETING_PROMO,
  },
  {
    id: 'passcode',
    leaning: 'authentication',
    title: t('a passcode', 'un código de acceso', 'um código de acesso'),
    description:
      'Code, OTP, PIN, TAN, token, passcode: the word for a one-time code (its purpose decides whether it is one).',
    source: AUTHENTICATION,
  },
  {
    id: 'verification',
    leaning: 'authentication',
    title: t('verifying or signing in', 'verificar o iniciar sesión', 'verificar ou entrar'),
    description:
      'What a passcode is for: verify, confirm, log in, sign in, access, activate, reset a password, authorise.',
    source: AUTHENTICATION,
  },
  {
    id: 'secrecy',
    leaning: 'authentication',
    title: t('keep it secret', 'no lo compartas', 'não compartilhe'),
    description:
      'Do not share it, we will never ask for it, if you did not request it: the warnings a passcode carries.',
    source: AUTHENTICATION,
  },
  {
    id: 'validity',
    leaning: 'authentication',
    title: t('a short validity', 'validez corta', 'validade curta'),
    description: 'Expires in N minutes, valid for, single use.',
    source: AUTHENTICATION,
  },
  {
    id: 'apology',
    leaning: 'neutral',
    title: t('an apology', 'una disculpa', 'um pedido de desculpas'),
    description:
      'Sorry, we apologise, we regret the inconvenience: Utility in an outage notice, Marketing with a goodwill credit.',
    source: SRC.apology,
  },
  {
    id: 'compensation',
    leaning: 'marketing',
    title: t('a goodwill gesture', 'un gesto de compensación', 'um gesto de compensação'),
    description: 'To make up for it, as a goodwill gesture, as a thank you, on us: a credit or gift that is not owed.',
    source: SRC.apology,
  },
  {
    id: 'greeting',
    leaning: 'neutral',
    title: t('greeting', 'saludo', 'saudação'),
    description: 'Hello, hi, dear, good morning: says nothing about the purpose by itself.',
    source: UNCLEAR,
  },
  {
    id: 'help-offer',
    leaning: 'neutral',
    title: t('generic offer of help', 'oferta genérica de ayuda', 'oferta genérica de ajuda'),
    description: '"How can we help?", "reach out if you need anything": generic unless tied to a request.',
    source: UNCLEAR,
  },
] as const satisfies readonly ConceptDefinition[];

export type ConceptId = (typeof CONCEPTS)[number]['id'];
export const CONCEPT_IDS: readonly ConceptId[] = CONCEPTS.map((c) => c.id);
