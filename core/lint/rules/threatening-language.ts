import { draft, finding, L, type LintRule, SECTION_REJECTIONS, span } from '../rule';

/** Threat phrases (en/es/pt/it). Meta names the rejection, not a list: DERIVED, hence a warning. */
const THREAT = new RegExp(
  [
    'legal action',
    'take you to court',
    'sue you',
    'report you to (?:the )?(?:police|credit bureaus?)',
    'publicly (?:name|expose|shame)',
    'acci[oó]n(?:es)? legal(?:es)?',
    'medidas legales',
    'demanda judicial',
    'lo denunciaremos',
    'a[cç][aã]o judicial',
    'medidas judiciais',
    'processo judicial contra',
    'vamos (?:te )?processar',
    'protestar (?:seu|o seu) nome',
    'azioni legali',
    'vie legali',
  ].join('|'),
  'iu',
);

export const rule: LintRule = {
  id: 'threatening-language',
  severity: 'warning',
  description: 'Threats (legal action, public shaming) get a template rejected as abusive content.',
  source: {
    section: SECTION_REJECTIONS,
    quote: 'abusive or threatening content (for example threats of legal action or public shaming)',
  },
  check(ctx) {
    const m = THREAT.exec(ctx.bodyText);
    if (!m) return [];
    return [
      finding(rule, {
        message: L(
          `"${m[0]}" reads as a threat; Meta rejects threatening content.`,
          `"${m[0]}" se lee como una amenaza; Meta rechaza el contenido amenazante.`,
          `"${m[0]}" soa como ameaça; a Meta rejeita conteúdo ameaçador.`,
        ),
        suggestion: L(
          'State the facts (amount, due date, how to pay) without threats.',
          'Indica los hechos (importe, vencimiento, cómo pagar) sin amenazas.',
          'Informe os fatos (valor, vencimento, como pagar) sem ameaças.',
        ),
        span: span('body', ctx.bodyText, m.index, m.index + m[0].length),
      }),
    ];
  },
  examples: {
    valid: [
      draft({
        body: 'Your payment of $ {{1}} is due on {{2}}. Pay in the app to avoid late fees.',
        bodySamples: ['20', 'May 1'],
      }),
    ],
    invalid: [
      draft({ body: 'Pay today or we will take legal action against you.' }),
      draft({ body: 'Pague hoje para evitar uma ação judicial.' }),
    ],
  },
};
