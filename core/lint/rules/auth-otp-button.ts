import { draft, finding, L, type LintRule, SECTION_AUTH } from '../rule';

export const rule: LintRule = {
  id: 'auth-otp-button',
  severity: 'error',
  description: 'An authentication template needs a one-time-password button (copy code, one-tap or zero-tap).',
  source: { section: SECTION_AUTH, quote: 'configure a one-time-password button (copy code or one-tap)' },
  check(ctx) {
    if (ctx.category !== 'AUTHENTICATION') return [];
    if (ctx.buttons.some((b) => b.type === 'OTP' || b.type === 'COPY_CODE')) return [];
    return [
      finding(rule, {
        message: L(
          'Authentication templates need a one-time-password button.',
          'Las plantillas de autenticación necesitan un botón de contraseña de un solo uso.',
          'Modelos de autenticação precisam de um botão de senha única.',
        ),
        suggestion: L(
          'Add an OTP button: "Copy code" or one-tap autofill.',
          'Añade un botón OTP: "Copiar código" o autocompletar con un toque.',
          'Adicione um botão OTP: "Copiar código" ou preenchimento com um toque.',
        ),
      }),
    ];
  },
  examples: {
    valid: [
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your verification code.',
        buttons: [{ type: 'OTP', otp_type: 'ONE_TAP', text: 'Autofill' }],
      }),
    ],
    invalid: [
      draft({ category: 'AUTHENTICATION', body: '{{1}} is your verification code.' }),
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your verification code.',
        buttons: [{ type: 'QUICK_REPLY', text: 'OK' }],
      }),
    ],
  },
};
