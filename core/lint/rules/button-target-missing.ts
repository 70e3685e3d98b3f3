import { draft, finding, L, type LintRule } from '../rule';

/** Button types whose label the recipient sees, so Meta requires `text`. */
const NEEDS_TEXT = new Set(['QUICK_REPLY', 'URL', 'PHONE_NUMBER']);

export const rule: LintRule = {
  id: 'button-target-missing',
  severity: 'error',
  description: 'Quick reply, URL and phone buttons need a label; URL buttons a URL; phone buttons a number.',
  source: {
    section: 'whatsapp-manager-dom.md §5.2 Button objects (Meta, Template components)',
    quote: 'QUICK_REPLY: text · URL: text, url · PHONE_NUMBER: text, phone_number',
  },
  check(ctx) {
    return ctx.buttons.flatMap((b, i) => {
      const missing: string[] = [];
      if (NEEDS_TEXT.has(b.type) && !(typeof b.text === 'string' && b.text.trim() !== '')) missing.push('text');
      if (b.type === 'URL' && !(typeof b.url === 'string' && b.url.trim() !== '')) missing.push('url');
      if (b.type === 'PHONE_NUMBER' && !(typeof b.phone_number === 'string' && b.phone_number.trim() !== '')) {
        missing.push('phone_number');
      }
      if (missing.length === 0) return [];
      const what = missing.join(', ');
      return [
        finding(rule, {
          message: L(
            `Button ${i + 1} (${b.type}) is missing: ${what}.`,
            `Al botón ${i + 1} (${b.type}) le falta: ${what}.`,
            `Falta no botão ${i + 1} (${b.type}): ${what}.`,
          ),
          suggestion: L('Fill in the missing field.', 'Completa el campo que falta.', 'Preencha o campo em falta.'),
        }),
      ];
    });
  },
  examples: {
    valid: [
      draft({
        body: 'Body text here.',
        buttons: [
          { type: 'URL', text: 'Open', url: 'https://example.com' },
          { type: 'PHONE_NUMBER', text: 'Call', phone_number: '+15550100' },
        ],
      }),
    ],
    invalid: [
      draft({ body: 'Body text here.', buttons: [{ type: 'URL', text: 'Open' }] }),
      draft({ body: 'Body text here.', buttons: [{ type: 'QUICK_REPLY', text: ' ' }] }),
    ],
  },
};
