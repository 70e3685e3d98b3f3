import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

/**
 * A request verb near a sensitive identifier, in English, Spanish, Portuguese and Italian. Meta rejects templates that
 * ask for full card or account numbers or national IDs; partial ones (last 4 digits) are fine, so "last 4" is excluded.
 * The phrase lists are DERIVED from Meta's rule (it publishes no list), hence a warning.
 */
const REQUEST =
  '(?:send|reply with|share|enter|provide|confirm|tell us|type|env[ií]a(?:nos|r)?|env[ií]e(?:nos)?|comparte|comparta|ingresa|ingrese|ind[ií]ca(?:nos)?|responde con|informe|informa|digite|compartilhe|mande|invia(?:ci)?|inserisci|comunica(?:ci)?)';
const IDENTIFIER =
  '(?:(?:full |complete )?(?:credit |debit )?card number|cvv|cvc|card security code|pin|social security number|ssn|passport number|national id(?: number)?|bank account number|(?:n[uú]mero (?:completo )?de (?:la |su |tu )?tarjeta)|n[uú]mero de (?:sua |seu |teu )?cart[aã]o|(?:c[oó]digo de seguran[cç]a|clave) de (?:la |su |tu )?tarjeta|senha (?:do|de) (?:seu |teu )?cart[aã]o|cpf|rg|dni|curp|nie|rut|c[eé]dula|n[uú]mero de cuenta|n[uú]mero da conta|codice fiscale|numero (?:della )?carta|iban)';
const ASKING = new RegExp(
  `\\b${REQUEST}\\b[^.!?\\n]{0,40}?\\b(?<!last 4 |last four |[uú]ltimos 4 )${IDENTIFIER}\\b`,
  'iu',
);

const NEGATION = /\b(?:never|not|don't|do not|nunca|jam[aá]s|no|n[aã]o|mai|non)\b/iu;

export const rule: LintRule = {
  id: 'sensitive-identifiers',
  severity: 'warning',
  description:
    'Asking for full card or account numbers, PINs or national ID numbers gets a template rejected (partial numbers such as the last 4 digits are fine).',
  source: {
    section: SECTION_REJECTIONS,
    quote:
      'asking for sensitive identifiers (full card or account numbers, national IDs; partial ones such as the last 4 digits are OK)',
  },
  check(ctx) {
    const m = ASKING.exec(ctx.bodyText);
    // "We will never ask you to share your PIN" is a safety notice, not a request.
    if (!m || NEGATION.test(ctx.bodyText.slice(Math.max(0, m.index - 30), m.index))) return [];
    return [
      finding(rule, {
        message: L(
          `The body seems to ask for a sensitive identifier: "${m[0]}".`,
          `El cuerpo parece pedir un dato sensible: "${m[0]}".`,
          `O corpo parece pedir um dado sensível: "${m[0]}".`,
        ),
        suggestion: L(
          'Do not ask for full card, account or ID numbers in a template; refer to the last 4 digits or send people to a secure page.',
          'No pidas números completos de tarjeta, cuenta o documento en una plantilla; usa los últimos 4 dígitos o un enlace seguro.',
          'Não peça números completos de cartão, conta ou documento num modelo; use os últimos 4 dígitos ou um link seguro.',
        ),
        span: span('body', ctx.bodyText, m.index, m.index + m[0].length),
      }),
    ];
  },
  examples: {
    valid: [
      draft({ body: 'Your card ending in {{1}} was charged $ {{2}} today. Thank you.', bodySamples: ['1234', '10'] }),
      draft({ body: 'We will never ask you to share your PIN. Stay safe.' }),
    ],
    invalid: [
      draft({ body: 'To confirm your order, please reply with your full card number and CVV.' }),
      draft({ body: 'Para liberar o pedido, informe seu CPF nesta conversa.' }),
      draft({ body: 'Por favor envíanos el número de tu tarjeta para continuar.' }),
    ],
  },
};
