import { draft, finding, L, type LintRule, MAX_REPORTED, SECTION_LIMITS, span } from '../rule';

export const rule: LintRule = {
  id: 'named-parameter-unique',
  severity: 'error',
  description:
    'Named parameters are unique per template: a name is declared once in the samples (error); using it twice in the text is reported as a risk.',
  source: {
    section: SECTION_LIMITS,
    quote: 'Named variables: {{first_name}}: lowercase characters and underscores, unique per template.',
  },
  check(ctx) {
    const out = [];
    const declared = [
      ...(ctx.header?.example?.header_text_named_params ?? []),
      ...(ctx.body?.example?.body_text_named_params ?? []),
    ];
    const seen = new Set<string>();
    for (const p of declared) {
      if (typeof p?.param_name !== 'string') continue;
      if (seen.has(p.param_name)) {
        out.push(
          finding(rule, {
            message: L(
              `The parameter "${p.param_name}" is declared more than once in the samples.`,
              `El parámetro "${p.param_name}" se declara más de una vez en los ejemplos.`,
              `O parâmetro "${p.param_name}" é declarado mais de uma vez nos exemplos.`,
            ),
            suggestion: L('Declare each name once.', 'Declara cada nombre una vez.', 'Declare cada nome uma vez.'),
          }),
        );
      }
      seen.add(p.param_name);
    }
    const used = new Set<string>();
    for (const v of ctx.bodyVars.variables) {
      if (out.length >= MAX_REPORTED) break;
      if (v.kind !== 'named' || v.problem) continue;
      if (used.has(v.name)) {
        out.push(
          finding(rule, {
            severity: 'warning',
            message: L(
              `{{${v.name}}} is used more than once in the body; named parameters must be unique.`,
              `{{${v.name}}} se usa más de una vez en el cuerpo; los parámetros con nombre deben ser únicos.`,
              `{{${v.name}}} é usado mais de uma vez no corpo; parâmetros nomeados devem ser únicos.`,
            ),
            suggestion: L(
              'Use the variable once, or give the second use its own name.',
              'Usa la variable una vez o da otro nombre al segundo uso.',
              'Use a variável uma vez ou dê outro nome ao segundo uso.',
            ),
            span: span('body', ctx.bodyText, v.start, v.end),
          }),
        );
      }
      used.add(v.name);
    }
    return out;
  },
  examples: {
    valid: [
      draft({
        body: 'Hi {{first_name}}, order {{order_id}} shipped.',
        bodySamples: { first_name: 'Ana', order_id: 'A1' },
      }),
    ],
    invalid: [
      draft({ body: 'Hi {{first_name}}, bye {{first_name}} for now.', bodySamples: { first_name: 'Ana' } }),
      {
        components: [
          {
            type: 'BODY',
            text: 'Hi {{first_name}}, welcome back.',
            example: {
              body_text_named_params: [
                { param_name: 'first_name', example: 'Ana' },
                { param_name: 'first_name', example: 'Bo' },
              ],
            },
          },
        ],
      },
    ],
  },
};
