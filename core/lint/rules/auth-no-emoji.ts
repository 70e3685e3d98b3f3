import type { FieldRef } from '../../template/schema';
import { draft, EMOJI, finding, L, type LintRule, SECTION_AUTH, span } from '../rule';

const otp = { type: 'OTP' as const, otp_type: 'COPY_CODE' as const, text: 'Copy code' };

export const rule: LintRule = {
  id: 'auth-no-emoji',
  severity: 'error',
  description: 'Authentication templates cannot contain emoji (text, buttons or samples).',
  source: {
    section: SECTION_AUTH,
    quote: 'URLs, media, and emojis are not allowed for authentication template content or parameters.',
  },
  check(ctx) {
    if (!ctx.isAuthentication) return [];
    const texts: Array<[FieldRef, string]> = [
      ['header', ctx.headerText],
      ['body', ctx.bodyText],
      ['footer', ctx.footerText],
      ...ctx.buttons.map((b, i): [FieldRef, string] => [`buttons.${i}.text`, typeof b.text === 'string' ? b.text : '']),
    ];
    const samples = ctx.body?.example?.body_text?.[0] ?? [];
    const out = [];
    for (const [field, text] of texts) {
      const m = EMOJI.exec(text);
      if (!m) continue;
      out.push(
        finding(rule, {
          message: L(
            `Authentication templates cannot contain emoji; found "${m[0]}" in the ${field}.`,
            `Las plantillas de autenticación no pueden contener emojis; hay "${m[0]}" en ${field}.`,
            `Modelos de autenticação não podem conter emojis; há "${m[0]}" em ${field}.`,
          ),
          suggestion: L('Remove the emoji.', 'Quita el emoji.', 'Remova o emoji.'),
          span: span(field, text, m.index, m.index + m[0].length),
        }),
      );
    }
    if (samples.some((s) => typeof s === 'string' && EMOJI.test(s))) {
      out.push(
        finding(rule, {
          message: L(
            'An authentication parameter sample contains an emoji.',
            'Un ejemplo de parámetro de autenticación contiene un emoji.',
            'Um exemplo de parâmetro de autenticação contém um emoji.',
          ),
          suggestion: L('Remove the emoji.', 'Quita el emoji.', 'Remova o emoji.'),
        }),
      );
    }
    return out;
  },
  examples: {
    valid: [draft({ category: 'AUTHENTICATION', body: '{{1}} is your verification code.', buttons: [otp] })],
    invalid: [draft({ category: 'AUTHENTICATION', body: '{{1}} is your verification code 🔐.', buttons: [otp] })],
  },
};
