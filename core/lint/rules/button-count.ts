import type { ButtonType } from '../../template/schema';
import { draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

const LIMITS: Array<[ButtonType | 'TOTAL', number]> = [
  ['TOTAL', 10],
  ['QUICK_REPLY', 10],
  ['URL', 2],
  ['PHONE_NUMBER', 1],
  ['COPY_CODE', 1],
];

export const rule: LintRule = {
  id: 'button-count',
  severity: 'error',
  description: 'At most 10 buttons; quick reply ≤ 10, URL ≤ 2, phone ≤ 1, copy code ≤ 1.',
  source: {
    section: SECTION_LIMITS,
    quote: 'Buttons: ≤ 10 total. Quick reply ≤ 10; URL ≤ 2; phone ≤ 1; copy code ≤ 1.',
  },
  check(ctx) {
    return LIMITS.flatMap(([type, max]) => {
      const n = type === 'TOTAL' ? ctx.buttons.length : ctx.buttons.filter((b) => b.type === type).length;
      if (n <= max) return [];
      const what = type === 'TOTAL' ? 'buttons' : `${type} buttons`;
      return [
        finding(rule, {
          message: L(
            `The template has ${n} ${what}; Meta allows ${max}.`,
            `La plantilla tiene ${n} ${type === 'TOTAL' ? 'botones' : `botones ${type}`}; Meta permite ${max}.`,
            `O modelo tem ${n} ${type === 'TOTAL' ? 'botões' : `botões ${type}`}; a Meta permite ${max}.`,
          ),
          suggestion: L(`Remove ${n - max}.`, `Elimina ${n - max}.`, `Remova ${n - max}.`),
        }),
      ];
    });
  },
  examples: {
    valid: [
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'URL', text: 'Track', url: 'https://a.example' },
          { type: 'URL', text: 'Help', url: 'https://b.example' },
          { type: 'PHONE_NUMBER', text: 'Call', phone_number: '+15550100' },
        ],
      }),
    ],
    invalid: [
      draft({
        body: 'Your order has shipped.',
        buttons: Array.from({ length: 11 }, (_, i) => ({ type: 'QUICK_REPLY' as const, text: `Option ${i + 1}` })),
      }),
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'URL', text: 'A', url: 'https://a.example' },
          { type: 'URL', text: 'B', url: 'https://b.example' },
          { type: 'URL', text: 'C', url: 'https://c.example' },
        ],
      }),
      draft({
        body: 'Your order has shipped.',
        buttons: [
          { type: 'PHONE_NUMBER', text: 'Call', phone_number: '+15550100' },
          { type: 'PHONE_NUMBER', text: 'Call 2', phone_number: '+15550101' },
        ],
      }),
    ],
  },
};
