import { defineRule } from '../types';
import { hasAnchorOrOtp, wholeBody } from './_helpers';
import { SRC } from './_sources';

/** Nothing promotional, but nothing ties the message to the user's order/account/booking or to an essential alert either. */
export default defineRule({
  id: 'no-specific-anchor',
  category: 'MARKETING',
  kind: 'unclear',
  weight: 0.5,
  title: { en: 'Nothing specific to the user', es: 'Nada específico del usuario', pt: 'Nada específico do usuário' },
  description:
    'No promotional wording, but also no order, account, payment, booking, support case, opt-in or essential alert. Utility needs one of those; otherwise Meta treats the content as generic (Marketing). Lower confidence.',
  source: SRC.utilitySpecific,
  suggestion: {
    en: 'To be Utility, say which order, booking, account, payment or request this is about (e.g. "Your appointment on {{1}} at {{2}}"), or that it is an essential alert. Otherwise select Marketing.',
    es: 'Para ser Utilidad, indica de qué pedido, reserva, cuenta, pago o solicitud se trata (p. ej. "Su cita el {{1}} a las {{2}}"). Si no, elige Marketing.',
    pt: 'Para ser Utilidade, diga a qual pedido, reserva, conta, pagamento ou solicitação se refere (ex.: "Sua consulta em {{1}} às {{2}}"). Senão, escolha Marketing.',
  },
  detect: (ctx) => {
    if (hasAnchorOrOtp(ctx)) return null;
    // Only explains a Marketing prediction that nothing else explains.
    for (const id of ctx.hits.keys())
      if (/^(promo-|relationship-|copy-code-|generic-survey|unclear-content)/.test(id)) return null;
    return wholeBody(ctx);
  },
  examples: {
    match: [
      { lang: 'en', body: 'Hey {{customer_name}}, how may I help you?' },
      { lang: 'es', body: 'Hola {{1}}, esperamos que estés muy bien hoy.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your payment of {{1}} was received.' },
      { lang: 'pt', body: 'Sua consulta está marcada para {{1}}.' },
    ],
  },
});
