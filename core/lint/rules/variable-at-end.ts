import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

/** Whitespace, punctuation and WhatsApp formatting marks: a variable followed only by these still "ends" the body. */
const TRAILING_PUNCTUATION = /^[\s\p{P}*_~`]*$/u;

export const rule: LintRule = {
  id: 'variable-at-end',
  severity: 'error',
  description:
    'The body must not end with a variable; followed only by punctuation it is reported as a risk (BSP-reported). Not applied to authentication templates.',
  source: {
    section: SECTION_REJECTIONS,
    quote:
      'cannot start or end with a parameter (no dangling parameters). BSP-reported: a variable followed only by punctuation at the end counts as ending with a variable.',
  },
  check(ctx) {
    if (ctx.isAuthentication) return [];
    const last = ctx.bodyVars.variables.at(-1);
    if (!last) return [];
    const after = ctx.bodyText.slice(last.end);
    if (after.trim() !== '' && !TRAILING_PUNCTUATION.test(after)) return [];
    const exact = after.trim() === '';
    return [
      finding(rule, {
        severity: exact ? 'error' : 'warning',
        message: exact
          ? L(
              `The body ends with the variable ${last.raw}.`,
              `El cuerpo termina con la variable ${last.raw}.`,
              `O corpo termina com a variável ${last.raw}.`,
            )
          : L(
              `The body ends with the variable ${last.raw} followed only by punctuation; providers report Meta rejects this.`,
              `El cuerpo termina con la variable ${last.raw} seguida solo de puntuación; los proveedores indican que Meta lo rechaza.`,
              `O corpo termina com a variável ${last.raw} seguida só de pontuação; provedores relatam que a Meta rejeita isso.`,
            ),
        suggestion: L(
          'Add a closing sentence after the variable, e.g. "… Thank you."',
          'Añade una frase final después de la variable, p. ej. "… Gracias."',
          'Adicione uma frase final depois da variável, ex. "… Obrigado."',
        ),
        span: span('body', ctx.bodyText, last.start, last.end),
      }),
    ];
  },
  examples: {
    valid: [
      draft({ body: 'Your code {{1}} is ready to use today.', bodySamples: ['A1'] }),
      draft({
        category: 'AUTHENTICATION',
        body: 'Tu código de verificación es *{{1}}*.',
        buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }],
      }),
    ],
    invalid: [
      draft({ body: 'Your order number is {{1}}', bodySamples: ['A1'] }),
      draft({ body: 'Your order number is {{1}}.', bodySamples: ['A1'] }),
    ],
  },
};
