import { defineRule } from '../types';
import { SRC } from './_sources';

/** Meta's optional authentication footer "This code expires in N minutes." */
export default defineRule({
  id: 'auth-expiry-notice',
  category: 'AUTHENTICATION',
  kind: 'auth-form',
  weight: 0.3,
  title: { en: 'Code expiry in minutes', es: 'Caducidad del código en minutos', pt: 'Expiração do código em minutos' },
  description:
    'Finds an expiry measured in minutes ("this code expires in 10 minutes"), Meta\'s authentication expiry add-on. Weak on its own; together with a code word it marks authentication content.',
  source: SRC.authForm,
  suggestion: {
    en: "This is Meta's fixed expiry footer; set it with the code-expiration option (1–90 minutes) instead of typing it.",
    es: 'Es el pie fijo de caducidad de Meta; configúralo con la opción de caducidad del código (1–90 minutos).',
    pt: 'É o rodapé fixo de expiração da Meta; configure-o com a opção de expiração do código (1–90 minutos).',
  },
  phrases: {
    xx: [
      {
        p: '<n> ?(minutes?|mins?|minutos?|minuti|minuten|minut|minutes|minuter|minutter|minuuti~|menit|minit|minuto|perc~|dakika|phut|λεπτ~|دقیقه|мин~|хвилин~|דקות|دقائق|دقيقة|منٹ|मिनट~|मिनिट~|મિનિટ~|నిమిషా~|நிமிட~|ನಿಮಿಷ~|മിനിറ്റ~|মিনিট~|ਮਿੰਟ~|นาที|分|분)',
        note: 'A number of minutes in many languages (Meta: code_expiration_minutes 1–90).',
      },
      {
        p: '(dakika|minuto|minutos|minit) <n>',
        note: 'Languages that put the number after the word (Swahili "baada ya dakika 10").',
      },
    ],
    en: [{ p: 'code (expires|will expire|is valid)', note: 'Meta en footer "This code expires in".' }],
    es: [{ p: 'codigo (caduca|vence|expira|es valido)', note: 'Meta es_ES footer "Este código caduca en".' }],
    pt: [{ p: 'codigo (expira|vence|e valido)', note: 'Meta pt footer "Este código expira".' }],
    it: [{ p: 'codice (scade|e valido)', note: 'Italian footer.' }],
    fr: [{ p: 'code expire', note: 'Meta fr footer.' }],
    de: [{ p: 'code (verfallt|lauft ab|ist gultig)', note: 'Meta de footer.' }],
    id: [{ p: 'kode ini kedaluwarsa', note: 'Meta id footer.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: '{{1}} is your verification code.', footer: 'This code expires in 10 minutes.' },
      { lang: 'pt', body: '{{1}} é o teu código de verificação.', footer: 'Este código expira dentro de 10 minutos.' },
      { lang: 'ko', body: '인증 코드는 {{1}}입니다.', footer: '이 코드는 10분 후에 만료됩니다.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your coupon expires in 3 days.' },
      { lang: 'es', body: 'Su pedido llegará mañana.' },
    ],
  },
});
