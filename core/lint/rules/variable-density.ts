import { draft, finding, L, type LintRule, SECTION_BSP } from '../rule';

/** Providers' published formula (Syniverse words + params ≥ 3n+1, Maqsam non-variable words ≥ 2n+1 — the same
 * inequality). Meta names the rejection but publishes no formula: DERIVED, hence a warning. */
const minWords = (n: number) => 2 * n + 1;
const MAX_VARIABLES = 100;
const WORD = /[\p{L}\p{N}]/u;
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

/** Whitespace-separated words that contain a letter or digit, outside the variables; one pass, no copies. */
function countWords(text: string, variables: ReadonlyArray<{ start: number; end: number }>): number {
  let words = 0;
  let inWord = false;
  let hasLetter = false;
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const next = variables[v];
    if (next && i === next.start) {
      // A variable separates words like a space does.
      if (inWord && hasLetter) words++;
      inWord = false;
      hasLetter = false;
      i = next.end - 1;
      v++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (inWord && hasLetter) words++;
      inWord = false;
      hasLetter = false;
      continue;
    }
    if (c > 0x2e7f && c < 0xd800 && UNSPACED.test(text[i] ?? '')) {
      // Scripts written without spaces: count each character as a word (generous, so no false warning).
      if (inWord && hasLetter) words++;
      words++;
      inWord = false;
      hasLetter = false;
      continue;
    }
    inWord = true;
    if (!hasLetter) {
      hasLetter =
        (c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        (c > 127 && (c < 0xd800 || c > 0xdfff) && WORD.test(text[i] ?? ''));
    }
  }
  if (inWord && hasLetter) words++;
  return words;
}

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
    // Authentication bodies are Meta's own preset text.
    if (n === 0 || ctx.isAuthentication) return [];
    const words = countWords(ctx.bodyText, variables);
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
    valid: [
      draft({ body: 'Hello {{1}}, your order {{2}} is on its way to you.', bodySamples: ['Ana', 'A1'] }),
      draft({ body: '您的订单 {{1}} 已发货，请注意查收。', bodySamples: ['A1'] }),
    ],
    invalid: [draft({ body: 'Hi {{1}} re {{2}} at {{3}}.', bodySamples: ['a', 'b', 'c'] })],
  },
};
