import { defineRule } from '../types';
import { SRC } from './_sources';

/** Meta's OTP button (copy code / one-tap / zero-tap) only exists on Authentication templates. */
export default defineRule({
  id: 'otp-button',
  category: 'AUTHENTICATION',
  kind: 'otp',
  weight: 1,
  title: {
    en: 'One-time password button',
    es: 'Botón de contraseña de un solo uso',
    pt: 'Botão de senha de uso único',
  },
  description:
    'The template has an OTP button (copy code, one-tap or zero-tap), which Meta only allows on Authentication templates.',
  source: SRC.authForm,
  suggestion: {
    en: "Keep the OTP button only on an Authentication template from Meta's Template Library.",
    es: 'Usa el botón OTP solo en una plantilla de Autenticación de la biblioteca de Meta.',
    pt: 'Use o botão OTP só em um modelo de Autenticação da biblioteca da Meta.',
  },
  detect: (ctx) => {
    const components = ctx.draft.components ?? [];
    for (const c of components) {
      if (c.type === 'BUTTONS') {
        const i = c.buttons.findIndex((b) => b?.type === 'OTP');
        if (i >= 0) {
          const text = c.buttons[i]?.text ?? '';
          return [{ field: `buttons.${i}.text`, start: 0, end: text.length, text }];
        }
      }
      // Options that only exist on Meta's authentication templates (security add-on, code expiry).
      if (c.type === 'BODY' && c.add_security_recommendation === true)
        return [{ field: 'body', start: 0, end: (c.text ?? '').length, text: c.text ?? '' }];
      if (c.type === 'FOOTER' && typeof c.code_expiration_minutes === 'number')
        return [{ field: 'footer', start: 0, end: (c.text ?? '').length, text: c.text ?? '' }];
    }
    return null;
  },
  examples: {
    match: [
      { lang: 'en', body: '{{1}} is your verification code.', buttons: [{ type: 'OTP', text: 'Copy code' }] },
      { lang: 'es', body: 'Tu código es {{1}}.', buttons: [{ type: 'OTP', text: 'Copiar código' }] },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has shipped.', buttons: [{ type: 'URL', text: 'Track order' }] },
      { lang: 'pt', body: 'Seu pedido {{1}} foi enviado.', buttons: [{ type: 'QUICK_REPLY', text: 'Ok' }] },
    ],
  },
});
