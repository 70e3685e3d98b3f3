import { charLength, draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

/** Meta's Nov 2025 docs say 15; its June 2026 docs say 20 (whatsapp-manager-dom.md §5.2). */
const MAX_OLD = 15;
const MAX_NEW = 20;

export const rule: LintRule = {
  id: 'copy-code-example-length',
  severity: 'error',
  description: `A copy-code button's example is at most ${MAX_OLD} characters (${MAX_NEW} in Meta's June 2026 docs).`,
  source: { section: SECTION_LIMITS, quote: 'Copy-code example: ≤ 15 characters.' },
  check(ctx) {
    return ctx.buttons.flatMap((b, i) => {
      if (b.type !== 'COPY_CODE') return [];
      const example = Array.isArray(b.example) ? (b.example[0] ?? '') : (b.example ?? '');
      const n = charLength(example);
      if (n <= MAX_OLD) return [];
      const hard = n > MAX_NEW;
      return [
        finding(rule, {
          severity: hard ? 'error' : 'warning',
          message: hard
            ? L(
                `Button ${i + 1} copy-code example has ${n} characters; Meta's limit is ${MAX_OLD} (${MAX_NEW} in newer docs).`,
                `El ejemplo del botón de copiar código ${i + 1} tiene ${n} caracteres; el límite de Meta es ${MAX_OLD} (${MAX_NEW} en documentos recientes).`,
                `O exemplo do botão de copiar código ${i + 1} tem ${n} caracteres; o limite da Meta é ${MAX_OLD} (${MAX_NEW} em documentos recentes).`,
              )
            : L(
                `Button ${i + 1} copy-code example has ${n} characters: over Meta's older limit of ${MAX_OLD}, within the newer ${MAX_NEW}.`,
                `El ejemplo del botón de copiar código ${i + 1} tiene ${n} caracteres: supera el límite antiguo de ${MAX_OLD}, dentro del nuevo de ${MAX_NEW}.`,
                `O exemplo do botão de copiar código ${i + 1} tem ${n} caracteres: acima do limite antigo de ${MAX_OLD}, dentro do novo de ${MAX_NEW}.`,
              ),
          suggestion: L(
            `Use a code of at most ${MAX_OLD} characters.`,
            `Usa un código de ${MAX_OLD} caracteres como máximo.`,
            `Use um código de no máximo ${MAX_OLD} caracteres.`,
          ),
        }),
      ];
    });
  },
  examples: {
    valid: [draft({ body: 'Use the code below at checkout.', buttons: [{ type: 'COPY_CODE', example: 'SAVE15' }] })],
    invalid: [
      draft({ body: 'Use the code below at checkout.', buttons: [{ type: 'COPY_CODE', example: 'WINTER-SALE-2026' }] }),
      draft({
        body: 'Use the code below at checkout.',
        buttons: [{ type: 'COPY_CODE', example: 'WINTER-SALE-2026-EXTRA' }],
      }),
    ],
  },
};
