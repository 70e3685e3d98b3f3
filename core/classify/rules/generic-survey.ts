import { defineRule } from '../types';
import { SRC } from './_sources';

/** Rule ids whose evidence ties a message to a specific order or interaction. */
const SPECIFIC = [
  'anchor-order-delivery',
  'anchor-booking-appointment',
  'anchor-support-request',
  'anchor-account-payment',
];

/** A feedback request that is not tied to a specific order or interaction. */
export default defineRule({
  id: 'generic-survey',
  category: 'MARKETING',
  kind: 'promo',
  weight: 1,
  title: { en: 'Generic feedback request', es: 'Encuesta genérica', pt: 'Pesquisa genérica' },
  description:
    'A survey or feedback request with no specific order, booking or support interaction. Meta: a "general/generic survey or request for feedback will not be approved as utility".',
  source: SRC.survey,
  suggestion: {
    en: 'Tie the survey ("{quote}") to the specific interaction, e.g. "How was your visit to {{store}} on {{date}}?" or "…about order {{order_number}}", or select Marketing.',
    es: 'Vincula la encuesta ("{quote}") a la interacción concreta, p. ej. "¿Qué tal tu pedido {{1}}?", o elige Marketing.',
    pt: 'Vincule a pesquisa ("{quote}") à interação específica, ex.: "Como foi seu pedido {{1}}?", ou escolha Marketing.',
  },
  lists: {
    feedback: {
      en: [
        {
          p: 'feedback|survey|(rate|review) (us|your experience|our|the service)|how (was|did we do|would you rate|likely are you)|(leave|write) (us )?a review|share your (thoughts|opinion|experience)',
          note: 'Feedback requests.',
        },
      ],
      es: [
        {
          p: 'encuesta|(tu|su) opinion|califica~|valora~ (tu|su|nuestro)|como (fue|estuvo) (tu|su) experiencia|dejanos (tu|una) resena',
          note: 'Feedback requests.',
        },
      ],
      pt: [
        {
          p: 'pesquisa de satisfacao|pesquisa|(sua|tua) opiniao|avalie|avaliacao|como foi (sua|a sua|tua) experiencia',
          note: 'Feedback requests.',
        },
      ],
      it: [
        {
          p: "sondaggio|questionario|(la tua|la sua) opinione|valuta~|recensione|com'?e stata la (tua|sua) esperienza",
          note: 'Feedback requests.',
        },
      ],
      fr: [
        { p: "sondage|enquete de satisfaction|votre avis|evaluez|comment s'est passe~", note: 'Feedback requests.' },
      ],
      de: [{ p: 'umfrage|(deine|ihre) meinung|bewerte~|bewertung|feedback', note: 'Feedback requests.' }],
      id: [{ p: 'survei|ulasan|beri (nilai|rating)|pendapat (anda|kamu)', note: 'Feedback requests.' }],
      hi: [{ p: 'सर्वे|फीडबैक|आपकी राय', note: 'Feedback requests.' }],
    },
  },
  detect: (ctx) => {
    const feedback = ctx.lists.get('feedback');
    if (!feedback || feedback.length === 0) return null;
    if (SPECIFIC.some((id) => ctx.hits.has(id))) return null;
    return feedback;
  },
  examples: {
    match: [
      { lang: 'en', body: 'Hey {{name}}, how was your experience with us? We’d love your feedback!' },
      { lang: 'es', body: 'Ayúdanos a mejorar respondiendo esta encuesta.' },
      { lang: 'pt', body: 'Responda nossa pesquisa de satisfação.' },
    ],
    noMatch: [
      {
        lang: 'en',
        body: 'You chatted with us recently about order {{order_number}}. How was your experience? Click below to fill out a short survey.',
      },
      { lang: 'es', body: '¿Qué tal fue la entrega de tu pedido {{1}}? Responde nuestra encuesta.' },
    ],
  },
});
