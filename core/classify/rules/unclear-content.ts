import { bodyText } from '../fields';
import { defineRule } from '../types';
import { hasAnchorOrOtp, wholeBody, wordCount } from './_helpers';
import { SRC } from './_sources';

/** A body that is only variables or a couple of words ("Congratulations!"). */
export default defineRule({
  id: 'unclear-content',
  category: 'MARKETING',
  kind: 'unclear',
  weight: 1,
  title: { en: 'Unclear content', es: 'Contenido poco claro', pt: 'Conteúdo pouco claro' },
  description:
    'The body is only variables or one or two words, with nothing specific. Meta: templates "where contents are unclear (for example, where contents are only {{1}} or Congratulations!)" are Marketing.',
  source: SRC.unclear,
  suggestion: {
    en: 'Write what the message is about in fixed text, with the specific detail (e.g. "Your order {{1}} has shipped"); a body like "{quote}" is treated as Marketing.',
    es: 'Escribe de qué trata el mensaje en texto fijo, con el dato concreto (p. ej. "Tu pedido {{1}} fue enviado"); un cuerpo como "{quote}" se trata como Marketing.',
    pt: 'Escreva do que trata a mensagem em texto fixo, com o dado específico (ex.: "Seu pedido {{1}} foi enviado"); um corpo como "{quote}" é tratado como Marketing.',
  },
  detect: (ctx) => {
    if (hasAnchorOrOtp(ctx)) return null;
    const body = bodyText(ctx.draft);
    if (body.trim().length === 0) return null;
    return wordCount(body) <= 2 ? wholeBody(ctx) : null;
  },
  examples: {
    match: [
      { lang: 'en', body: 'Congratulations!' },
      { lang: 'en', body: '{{1}}' },
      { lang: 'es', body: '¡Felicidades, {{1}}!' },
      { lang: 'pt', body: 'Parabéns!' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has shipped.' },
      { lang: 'pt', body: 'Seu pedido {{1}} foi entregue.' },
    ],
  },
});
