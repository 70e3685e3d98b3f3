import type { FieldRef } from '../../template/schema';
import { URL_LIKE } from '../../text/patterns';
import { draft, finding, L, type LintRule, SECTION_AUTH, span } from '../rule';

const QUOTE = 'URLs, media, and emojis are not allowed for authentication template content or parameters.';
const otp = { type: 'OTP' as const, otp_type: 'COPY_CODE' as const, text: 'Copy code' };

export const rule: LintRule = {
  id: 'auth-no-url',
  severity: 'error',
  description: 'Authentication templates cannot contain URLs (text, samples or URL buttons).',
  source: { section: SECTION_AUTH, quote: QUOTE },
  check(ctx) {
    if (!ctx.isAuthentication) return [];
    const out = [];
    const texts: Array<[FieldRef, string]> = [
      ['header', ctx.headerText],
      ['body', ctx.bodyText],
      ['footer', ctx.footerText],
    ];
    for (const [field, text] of texts) {
      const m = URL_LIKE.exec(text);
      if (!m) continue;
      out.push(
        finding(rule, {
          message: L(
            `Authentication templates cannot contain links; the ${field} has "${m[0]}".`,
            `Las plantillas de autenticación no pueden contener enlaces; ${field} tiene "${m[0]}".`,
            `Modelos de autenticação não podem conter links; ${field} tem "${m[0]}".`,
          ),
          suggestion: L('Remove the link.', 'Quita el enlace.', 'Remova o link.'),
          span: span(field, text, m.index, m.index + m[0].length),
        }),
      );
    }
    const samples = ctx.body?.example?.body_text?.[0] ?? [];
    if (samples.some((s) => typeof s === 'string' && URL_LIKE.test(s))) {
      out.push(
        finding(rule, {
          message: L(
            'An authentication parameter sample is a link.',
            'Un ejemplo de parámetro de autenticación es un enlace.',
            'Um exemplo de parâmetro de autenticação é um link.',
          ),
          suggestion: L('Use the code only.', 'Usa solo el código.', 'Use só o código.'),
        }),
      );
    }
    ctx.buttons.forEach((b, i) => {
      if (b.type !== 'URL') return;
      out.push(
        finding(rule, {
          message: L(
            `Button ${i + 1} is a URL button, not allowed in authentication templates.`,
            `El botón ${i + 1} es un botón de URL, no permitido en plantillas de autenticación.`,
            `O botão ${i + 1} é um botão de URL, não permitido em modelos de autenticação.`,
          ),
          suggestion: L(
            'Remove it; use a one-time-password button (copy code or one-tap).',
            'Quítalo; usa un botón de contraseña de un solo uso (copiar código o un toque).',
            'Remova-o; use um botão de senha única (copiar código ou um toque).',
          ),
        }),
      );
    });
    return out;
  },
  examples: {
    valid: [draft({ category: 'AUTHENTICATION', body: '{{1}} is your verification code.', buttons: [otp] })],
    invalid: [
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your code. Log in at https://a.example now.',
        buttons: [otp],
      }),
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your verification code.',
        buttons: [otp, { type: 'URL', text: 'Open app', url: 'https://a.example' }],
      }),
    ],
  },
};
