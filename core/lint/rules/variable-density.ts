import { draft, finding, L, type LintRule, SECTION_BSP } from '../rule';

/** Providers' published formula (Syniverse words + params ≥ 3n+1, Maqsam non-variable words ≥ 2n+1 — the same
 * inequality). Meta names the rejection but publishes no formula: DERIVED, hence a warning. */
const minWords = (n: number) => 2 * n + 1;
const MAX_VARIABLES = 100;
const WORD = /[\p{L}\p{N}]/u;

export const rule: LintRule = {
  id: 'variable-density',
  severity: 'warning',
  description:
    'Too many variables for the length of the body: fewer than 2n+1 other words for n variables (BSP heuristic), or more than 100 variables.',
  source: {
    section: `${SECTION_BSP}; Meta S7 names the rejection`,
    quote:
      'Meta: "too many variable parameters relative to the message length". Syniverse: words + params ≥ 3n+1; Maqsam: non-variable words ≥ 2n+1, at most 100 variables.',
  },
  check(ctx) {
    const { variables } = ctx.bodyVars;
    const n = variables.length;
    if (n === 0) return [];
    let withoutVars = '';
    let at = 0;
    for (const v of variables) {
      withoutVars += `${ctx.bodyText.slice(at, v.start)} `;
      at = v.end;
    }
    withoutVars += ctx.bodyText.slice(at);
    const words = withoutVars.split(/\s+/).filter((w) => WORD.test(w)).length;
    if (words >= minWords(n) && n <= MAX_VARIABLES) return [];
    return [
      finding(rule, {
        message: L(
          `${n} variable(s) for ${words} other word(s): Meta rejects templates with too many variables for their length (providers use at least ${minWords(n)} words).`,
          `${n} variable(s) para ${words} palabra(s): Meta rechaza plantillas con demasiadas variables para su longitud (los proveedores usan al menos ${minWords(n)} palabras).`,
          `${n} variável(is) para ${words} palavra(s): a Meta rejeita modelos com variáveis demais para o tamanho (provedores usam pelo menos ${minWords(n)} palavras).`,
        ),
        suggestion: L(
          'Add fixed text around the variables or merge some of them.',
          'Añade texto fijo alrededor de las variables o une algunas.',
          'Adicione texto fixo em volta das variáveis ou junte algumas.',
        ),
      }),
    ];
  },
  examples: {
    valid: [draft({ body: 'Hello {{1}}, your order {{2}} is on its way to you.', bodySamples: ['Ana', 'A1'] })],
    invalid: [draft({ body: 'Hi {{1}} re {{2}} at {{3}}.', bodySamples: ['a', 'b', 'c'] })],
  },
};
