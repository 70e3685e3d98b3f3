import { extractVariables } from '../../template/variables';
import { draft, finding, L, type LintContext, type LintRule, SECTION_LIMITS, SECTION_REJECTIONS } from '../rule';

const MEDIA = new Set(['IMAGE', 'VIDEO', 'GIF', 'DOCUMENT']);
const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** What needs a sample and has none, as short labels ("body {{2}}", "header image", "button 1 URL"). */
function missingSamples(ctx: LintContext): { missing: string[]; anyGiven: boolean } {
  const missing: string[] = [];
  const bodyEx = ctx.body?.example;
  const headerEx = ctx.header?.example;
  const positional = bodyEx?.body_text?.[0] ?? [];
  const namedBody = new Map((bodyEx?.body_text_named_params ?? []).map((p) => [p?.param_name, p?.example]));
  let anyGiven =
    positional.length > 0 ||
    namedBody.size > 0 ||
    (headerEx?.header_text?.length ?? 0) > 0 ||
    (headerEx?.header_text_named_params?.length ?? 0) > 0 ||
    (headerEx?.header_handle?.length ?? 0) > 0;

  // Authentication bodies are Meta's preset text: the code is filled in at send time.
  if (!ctx.isAuthentication) {
    const seen = new Set<string>();
    for (const v of ctx.bodyVars.variables) {
      if (v.problem === 'empty' || seen.has(v.name)) continue;
      seen.add(v.name);
      const ok = v.kind === 'positional' ? filled(positional[Number(v.name) - 1]) : filled(namedBody.get(v.name));
      if (!ok) missing.push(`body ${v.raw}`);
    }
  }
  const hv = ctx.headerVars.variables[0];
  if (hv) {
    const namedHeader = headerEx?.header_text_named_params?.find((p) => p?.param_name === hv.name)?.example;
    if (!filled(headerEx?.header_text?.[0]) && !filled(namedHeader)) missing.push(`header ${hv.raw}`);
  }
  if (ctx.header && MEDIA.has(ctx.header.format) && !filled(headerEx?.header_handle?.[0])) {
    missing.push(`header ${ctx.header.format.toLowerCase()}`);
  }
  ctx.buttons.forEach((b, i) => {
    const example = Array.isArray(b.example) ? b.example[0] : b.example;
    if (filled(example)) anyGiven = true;
    if (
      b.type === 'URL' &&
      typeof b.url === 'string' &&
      extractVariables(b.url).variables.length > 0 &&
      !filled(example)
    ) {
      missing.push(`button ${i + 1} URL`);
    }
  });
  return { missing, anyGiven };
}

export const rule: LintRule = {
  id: 'samples-missing',
  severity: 'error',
  description:
    'Every variable and media header needs a sample. If the input carries no samples at all (e.g. a text export) this is a warning to add them before submitting.',
  source: {
    section: `${SECTION_REJECTIONS}; ${SECTION_LIMITS}`,
    quote: 'Samples: required for every variable and for media. Appeals must include samples.',
  },
  check(ctx) {
    const { missing, anyGiven } = missingSamples(ctx);
    if (missing.length === 0) return [];
    const list =
      missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ');
    if (!anyGiven) {
      return [
        finding(rule, {
          severity: 'warning',
          message: L(
            `No samples given; Meta requires one for: ${list}.`,
            `No hay ejemplos; Meta exige uno para: ${list}.`,
            `Não há exemplos; a Meta exige um para: ${list}.`,
          ),
          suggestion: L(
            'Add a realistic sample value for each variable (and upload the media sample) before submitting.',
            'Añade un valor de ejemplo realista para cada variable (y sube el ejemplo del medio) antes de enviar.',
            'Adicione um valor de exemplo realista para cada variável (e envie o exemplo de mídia) antes de submeter.',
          ),
        }),
      ];
    }
    return [
      finding(rule, {
        message: L(`Missing samples for: ${list}.`, `Faltan ejemplos para: ${list}.`, `Faltam exemplos para: ${list}.`),
        suggestion: L(
          'Add a realistic sample value for each one.',
          'Añade un valor de ejemplo realista para cada uno.',
          'Adicione um valor de exemplo realista para cada um.',
        ),
      }),
    ];
  },
  examples: {
    valid: [
      draft({ body: 'Hi {{1}}, order {{2}} shipped today.', bodySamples: ['Ana', 'A1'] }),
      draft({ body: 'Your order has shipped.', header: { format: 'LOCATION' } }),
    ],
    invalid: [
      draft({ body: 'Hi {{1}}, order {{2}} shipped today.', bodySamples: ['Ana'] }),
      draft({ body: 'Hi {{1}}, your order shipped today.' }),
      draft({ body: 'Your receipt is attached.', header: { format: 'DOCUMENT' } }),
    ],
  },
};
