import { draft, finding, L, type LintRule, lengthOver, SECTION_AUTH } from '../rule';

const MAX = 15;
const otp = { type: 'OTP' as const, otp_type: 'COPY_CODE' as const, text: 'Copy code' };

export const rule: LintRule = {
  id: 'auth-parameter-length',
  severity: 'error',
  description: `Authentication parameters are at most ${MAX} characters.`,
  source: { section: SECTION_AUTH, quote: 'Parameters are also restricted to 15 characters.' },
  check(ctx) {
    if (!ctx.isAuthentication) return [];
    const samples = [
      ...(ctx.body?.example?.body_text?.[0] ?? []),
      ...(ctx.body?.example?.body_text_named_params ?? []).map((p) => p?.example),
    ];
    return samples.flatMap((s) => {
      const n = lengthOver(s, MAX);
      if (n === undefined) return [];
      return [
        finding(rule, {
          message: L(
            `The authentication parameter "${s}" has ${n} characters; Meta allows ${MAX}.`,
            `El parámetro de autenticación "${s}" tiene ${n} caracteres; Meta permite ${MAX}.`,
            `O parâmetro de autenticação "${s}" tem ${n} caracteres; a Meta permite ${MAX}.`,
          ),
          suggestion: L(
            `Use a code of at most ${MAX} characters.`,
            `Usa un código de ${MAX} caracteres como máximo.`,
            `Use um código de no máximo ${MAX} caracteres.`,
          ),
        }),
      ];
    });
  },
  examples: {
    valid: [
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your verification code.',
        bodySamples: ['123456'],
        buttons: [otp],
      }),
    ],
    invalid: [
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your verification code.',
        bodySamples: ['1234567890123456'],
        buttons: [otp],
      }),
    ],
  },
};
