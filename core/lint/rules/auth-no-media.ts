import { draft, finding, L, type LintRule, SECTION_AUTH } from '../rule';

const otp = { type: 'OTP' as const, otp_type: 'COPY_CODE' as const, text: 'Copy code' };

export const rule: LintRule = {
  id: 'auth-no-media',
  severity: 'error',
  description: 'Authentication templates cannot have a media (image, video, document, location) header.',
  source: {
    section: SECTION_AUTH,
    quote: 'URLs, media, and emojis are not allowed for authentication template content or parameters.',
  },
  check(ctx) {
    if (!ctx.isAuthentication || !ctx.header || ctx.header.format === 'TEXT') return [];
    return [
      finding(rule, {
        message: L(
          `Authentication templates cannot have a ${ctx.header.format} header.`,
          `Las plantillas de autenticación no pueden tener un encabezado ${ctx.header.format}.`,
          `Modelos de autenticação não podem ter cabeçalho ${ctx.header.format}.`,
        ),
        suggestion: L('Remove the header.', 'Quita el encabezado.', 'Remova o cabeçalho.'),
      }),
    ];
  },
  examples: {
    valid: [draft({ category: 'AUTHENTICATION', body: '{{1}} is your verification code.', buttons: [otp] })],
    invalid: [
      draft({
        category: 'AUTHENTICATION',
        header: { format: 'IMAGE', example: { header_handle: ['4::x'] } },
        body: '{{1}} is your verification code.',
        buttons: [otp],
      }),
    ],
  },
};
