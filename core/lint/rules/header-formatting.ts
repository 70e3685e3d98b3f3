import { draft, EMOJI, finding, L, type LintRule, SECTION_LIMITS, span } from '../rule';

/** WhatsApp markdown marks (*bold*, _italic_, ~strike~, ```mono```) and line breaks. */
const FORMATTING = /[*_~`\n\r]/;

export const rule: LintRule = {
  id: 'header-formatting',
  severity: 'warning',
  description: 'Text headers do not support markdown; providers also report emoji and line breaks rejected.',
  source: {
    section: `${SECTION_LIMITS}; ${'meta-rules-and-pricing.md §5 BSP-reported detail (Twilio error 63040)'}`,
    quote:
      'Meta: text header — markdown special characters not supported. Twilio: text headers cannot contain emojis, asterisks, formatting or newlines.',
  },
  check(ctx) {
    const text = ctx.headerText;
    // Underscores inside variable names ({{first_name}}) are not formatting.
    let masked = text;
    for (const v of ctx.headerVars.variables)
      masked = masked.slice(0, v.start) + ' '.repeat(v.end - v.start) + masked.slice(v.end);
    const fmt = FORMATTING.exec(masked);
    const emoji = EMOJI.exec(masked);
    const hit = fmt ?? emoji;
    if (!hit) return [];
    return [
      finding(rule, {
        message: L(
          'The header contains formatting marks, a line break or an emoji, which text headers do not support.',
          'El encabezado contiene marcas de formato, un salto de línea o un emoji, que los encabezados de texto no admiten.',
          'O cabeçalho contém marcas de formatação, quebra de linha ou emoji, que cabeçalhos de texto não suportam.',
        ),
        suggestion: L(
          'Use plain text in the header.',
          'Usa texto sin formato en el encabezado.',
          'Use texto simples no cabeçalho.',
        ),
        span: span('header', text, hit.index, hit.index + hit[0].length),
      }),
    ];
  },
  examples: {
    valid: [draft({ header: 'Hello {{first_name}}', headerSamples: ['Ana'], body: 'Your order has shipped today.' })],
    invalid: [
      draft({ header: '*Big news*', body: 'Your order has shipped.' }),
      draft({ header: 'Big news 🎉', body: 'Your order has shipped.' }),
    ],
  },
};
