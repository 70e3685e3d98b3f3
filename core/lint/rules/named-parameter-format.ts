import type { FieldRef } from '../../template/schema';
import type { VariableToken } from '../../template/variables';
import { draft, finding, L, type LintRule, MAX_REPORTED, SECTION_LIMITS, span } from '../rule';

/** "First Name" → "first_name", "Ação" → "acao". */
function suggestedName(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9_]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'name'
  );
}

export const rule: LintRule = {
  id: 'named-parameter-format',
  severity: 'error',
  description:
    'Named variables use lowercase letters and underscores; a template uses one format (positional or named), matching parameter_format.',
  source: {
    section: SECTION_LIMITS,
    quote:
      'Named variables: {{first_name}}: lowercase characters and underscores, unique per template. Set "parameter_format": "named" ("positional" is the default when omitted).',
  },
  check(ctx) {
    const fields: Array<[FieldRef, string, VariableToken[]]> = [
      ['header', ctx.headerText, ctx.headerVars.variables],
      ['body', ctx.bodyText, ctx.bodyVars.variables],
    ];
    const out = [];
    let hasPositional = false;
    let hasNamed = false;
    // One pass over possibly thousands of tokens: note the formats used, report the first bad names.
    for (const [field, text, tokens] of fields) {
      for (const t of tokens) {
        if (t.problem !== 'empty') {
          if (t.kind === 'positional') hasPositional = true;
          else hasNamed = true;
        }
        const bad = t.problem === 'invalid-name' || t.problem === 'whitespace' || t.problem === 'empty';
        if (!bad || out.length >= MAX_REPORTED) continue;
        const fixed = t.kind === 'positional' ? `{{${t.name}}}` : `{{${suggestedName(t.name)}}}`;
        out.push(
          finding(rule, {
            message: L(
              `${t.raw} is not a valid variable name: use lowercase letters, digits and underscores, no spaces.`,
              `${t.raw} no es un nombre de variable válido: usa minúsculas, dígitos y guiones bajos, sin espacios.`,
              `${t.raw} não é um nome de variável válido: use minúsculas, dígitos e sublinhados, sem espaços.`,
            ),
            suggestion: L(`Write ${fixed}.`, `Escribe ${fixed}.`, `Escreva ${fixed}.`),
            span: span(field, text, t.start, t.end),
          }),
        );
      }
    }
    const declared = ctx.draft.parameter_format;
    if (hasPositional && hasNamed) {
      out.push(
        finding(rule, {
          message: L(
            'The template mixes numbered ({{1}}) and named ({{name}}) variables.',
            'La plantilla mezcla variables numeradas ({{1}}) y con nombre ({{nombre}}).',
            'O modelo mistura variáveis numeradas ({{1}}) e nomeadas ({{nome}}).',
          ),
          suggestion: L(
            'Use one format for every variable.',
            'Usa un solo formato para todas las variables.',
            'Use um só formato para todas as variáveis.',
          ),
        }),
      );
    } else if ((declared === 'POSITIONAL' && hasNamed) || (declared === 'NAMED' && hasPositional)) {
      out.push(
        finding(rule, {
          message: L(
            `parameter_format is ${declared} but the text uses ${hasNamed ? 'named' : 'numbered'} variables.`,
            `parameter_format es ${declared} pero el texto usa variables ${hasNamed ? 'con nombre' : 'numeradas'}.`,
            `parameter_format é ${declared} mas o texto usa variáveis ${hasNamed ? 'nomeadas' : 'numeradas'}.`,
          ),
          suggestion: L(
            `Set parameter_format to ${hasNamed ? 'NAMED' : 'POSITIONAL'}.`,
            `Pon parameter_format en ${hasNamed ? 'NAMED' : 'POSITIONAL'}.`,
            `Defina parameter_format como ${hasNamed ? 'NAMED' : 'POSITIONAL'}.`,
          ),
        }),
      );
    }
    return out;
  },
  examples: {
    valid: [
      draft({
        parameter_format: 'NAMED',
        body: 'Hi {{first_name}}, order {{order_id}} shipped.',
        bodySamples: { first_name: 'Ana', order_id: 'A1' },
      }),
    ],
    invalid: [
      draft({ body: 'Hi {{First Name}}, your order has shipped.' }),
      draft({ body: 'Hi {{1}}, order {{order_id}} has shipped.' }),
      draft({ parameter_format: 'POSITIONAL', body: 'Hi {{first_name}}, your order has shipped.' }),
    ],
  },
};
