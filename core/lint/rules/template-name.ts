import { charLength, draft, finding, L, type LintRule, SECTION_LIMITS, span } from '../rule';

const MAX = 512;
const VALID = /^[a-z0-9_]+$/;

export const rule: LintRule = {
  id: 'template-name',
  severity: 'error',
  description: `Template name: at most ${MAX} characters, lowercase letters, digits and underscores.`,
  source: { section: SECTION_LIMITS, quote: 'Template name: ≤ 512 characters; lowercase alphanumerics and `_`.' },
  check(ctx) {
    const name = ctx.draft.name;
    if (typeof name !== 'string' || name === '') return [];
    const out = [];
    if (charLength(name) > MAX) {
      out.push(
        finding(rule, {
          message: L(
            `The template name is longer than ${MAX} characters.`,
            `El nombre de la plantilla supera los ${MAX} caracteres.`,
            `O nome do modelo ultrapassa ${MAX} caracteres.`,
          ),
          suggestion: L('Shorten the name.', 'Acorta el nombre.', 'Encurte o nome.'),
        }),
      );
    }
    if (!VALID.test(name)) {
      const bad = /[^a-z0-9_]/.exec(name);
      const suggested = name
        .toLowerCase()
        .replace(/[^a-z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '');
      out.push(
        finding(rule, {
          message: L(
            `The template name "${name}" may only contain lowercase letters, digits and underscores.`,
            `El nombre "${name}" solo puede contener minúsculas, dígitos y guiones bajos.`,
            `O nome "${name}" só pode conter minúsculas, dígitos e sublinhados.`,
          ),
          suggestion: L(`Use "${suggested}".`, `Usa "${suggested}".`, `Use "${suggested}".`),
          span: bad ? span('name', name, bad.index, bad.index + (bad[0]?.length ?? 1)) : undefined,
        }),
      );
    }
    return out;
  },
  examples: {
    valid: [draft({ name: 'order_shipped_v2', body: 'Your order has shipped.' })],
    invalid: [
      draft({ name: 'Order Shipped', body: 'Your order has shipped.' }),
      draft({ name: 'a'.repeat(513), body: 'x y z' }),
    ],
  },
};
