import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

export const rule: LintRule = {
  id: 'variable-at-start',
  severity: 'error',
  description:
    "The body must not start with a variable (not applied to authentication templates, whose preset text is Meta's).",
  source: { section: SECTION_REJECTIONS, quote: 'cannot start or end with a parameter' },
  check(ctx) {
    if (ctx.isAuthentication) return [];
    const first = ctx.bodyVars.variables[0];
    if (!first || ctx.bodyText.slice(0, first.start).trim() !== '') return [];
    return [
      finding(rule, {
        message: L(
          `The body starts with the variable ${first.raw}.`,
          `El cuerpo empieza con la variable ${first.raw}.`,
          `O corpo começa com a variável ${first.raw}.`,
        ),
        suggestion: L(
          `Put a word before it, e.g. "Hi ${first.raw}, …".`,
          `Pon una palabra antes, p. ej. "Hola ${first.raw}, …".`,
          `Coloque uma palavra antes, ex. "Olá ${first.raw}, …".`,
        ),
        span: span('body', ctx.bodyText, first.start, first.end),
      }),
    ];
  },
  examples: {
    valid: [
      draft({ body: 'Hi {{1}}, your order is ready.', bodySamples: ['Ana'] }),
      draft({
        category: 'AUTHENTICATION',
        body: '{{1}} is your verification code.',
        buttons: [{ type: 'OTP', otp_type: 'COPY_CODE', text: 'Copy code' }],
      }),
    ],
    invalid: [draft({ body: '{{1}}, your order is ready.', bodySamples: ['Ana'] })],
  },
};
