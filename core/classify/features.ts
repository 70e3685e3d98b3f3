/**
 * The category model's input: one number per feature, all of them language-independent ids.
 * - `kind:<kind>`: 1 when a kind of rule evidence is decisive (sum ≥ 1: promotional, unclear, specific, passcode);
 * - `rule:<id>`: weight of a category rule that fired (./rules), capped at 2;
 * - `concept:<id>`: how many distinct words of a concept (./concepts) the texts use, log-scaled;
 * - `combo:<id>`: concepts or kinds that mean something only together (mixed content; an apology with a gift);
 * - `shape:<id>`: structure that needs no language: personalised variables, identifiers, dates, amounts,
 *   exclamation marks, emoji, media headers, button types (reference §1.6: "no variable that looks like an
 *   order, booking, account, ticket, appointment or amount" is the marketing-side signal; DERIVED).
 * Each feature keeps the spans that produced it, so a prediction can name its evidence.
 */

import type { TemplateDraft } from '../template/schema';
import type { Localized, RuleHit, Span } from '../types';
import { CONCEPTS } from './concepts';
import type { ConceptSpan } from './engine';
import { RULES } from './rules';
import { emptyScan, scanShape } from './shape';
import type { FieldText } from './types';

export type FeatureGroup = 'kind' | 'rule' | 'concept' | 'combo' | 'shape';

export interface FeatureDefinition {
  id: string;
  group: FeatureGroup;
  title: Localized;
}

const t = (en: string, es: string, pt: string): Localized => ({ en, es, pt });

const SHAPES = [
  { id: 'variables', title: t('personalised variables', 'variables personalizadas', 'variáveis personalizadas') },
  { id: 'identifier', title: t('a reference number or ID', 'un número de referencia', 'um número de referência') },
  { id: 'date-or-time', title: t('a specific date or time', 'una fecha u hora concreta', 'uma data ou horário') },
  { id: 'amount', title: t('an amount of money', 'un importe', 'um valor em dinheiro') },
  { id: 'percent', title: t('a percentage', 'un porcentaje', 'uma porcentagem') },
  { id: 'exclamation', title: t('exclamation marks', 'signos de exclamación', 'pontos de exclamação') },
  { id: 'question', title: t('a question', 'una pregunta', 'uma pergunta') },
  { id: 'emoji', title: t('emoji', 'emojis', 'emojis') },
  { id: 'link', title: t('a link in the text', 'un enlace en el texto', 'um link no texto') },
  {
    id: 'generic',
    title: t(
      'nothing specific to one recipient',
      'nada específico de un destinatario',
      'nada específico de um destinatário',
    ),
  },
  { id: 'length', title: t('length of the text', 'longitud del texto', 'tamanho do texto') },
  { id: 'short', title: t('a very short text', 'un texto muy corto', 'um texto muito curto') },
  { id: 'capitals', title: t('words in capitals', 'palabras en mayúsculas', 'palavras em maiúsculas') },
  {
    id: 'media-header',
    title: t('an image or video header', 'un encabezado con imagen o vídeo', 'um cabeçalho com imagem ou vídeo'),
  },
  { id: 'document-header', title: t('a document header', 'un encabezado con documento', 'um cabeçalho com documento') },
  {
    id: 'location-header',
    title: t('a location header', 'un encabezado con ubicación', 'um cabeçalho com localização'),
  },
  { id: 'url-button', title: t('a link button', 'un botón de enlace', 'um botão de link') },
  { id: 'reply-buttons', title: t('quick-reply buttons', 'botones de respuesta rápida', 'botões de resposta rápida') },
  { id: 'phone-button', title: t('a call button', 'un botón de llamada', 'um botão de ligação') },
  { id: 'copy-code-button', title: t('a copy-code button', 'un botón de copiar código', 'um botão de copiar código') },
  { id: 'footer', title: t('a footer', 'un pie de página', 'um rodapé') },
] as const;

export type ShapeId = (typeof SHAPES)[number]['id'];

/**
 * Concepts that mean something only together (a linear model cannot see an AND by itself): an apology is Utility
 * in an outage notice, Marketing next to a goodwill credit or gift (Meta §1.2 Retargeting: "We apologize for the
 * delay… We have deposited a {{credit}} to your account").
 */
const COMBOS = [
  {
    id: 'mixed-content',
    title: t(
      'a promotion inside a specific message',
      'una promoción dentro de un mensaje específico',
      'uma promoção dentro de uma mensagem específica',
    ),
  },
  {
    id: 'apology-with-gift',
    title: t(
      'an apology with a goodwill credit or gift',
      'una disculpa con un crédito o regalo',
      'um pedido de desculpas com crédito ou brinde',
    ),
  },
] as const;

const SPECIFIC_CONCEPTS = new Set([
  'order',
  'money',
  'account',
  'booking',
  'case',
  'document',
  'work',
  'alert',
  'compliance',
]);

/** Decisive evidence per kind of rule (Meta's order: promotional, unclear, specific/essential, passcode). */
const KINDS = [
  { id: 'promo', title: t('promotional content', 'contenido promocional', 'conteúdo promocional') },
  { id: 'unclear', title: t('unclear or generic content', 'contenido poco claro', 'conteúdo pouco claro') },
  {
    id: 'anchor',
    title: t('specific or essential content', 'contenido específico o esencial', 'conteúdo específico ou essencial'),
  },
  {
    id: 'otp',
    title: t('one-time passcode wording', 'texto de código de un solo uso', 'texto de código de uso único'),
  },
] as const;

export const FEATURES: readonly FeatureDefinition[] = [
  ...KINDS.map((k) => ({ id: `kind:${k.id}`, group: 'kind' as const, title: k.title })),
  ...RULES.map((r) => ({ id: `rule:${r.id}`, group: 'rule' as const, title: r.title })),
  ...CONCEPTS.map((c) => ({ id: `concept:${c.id}`, group: 'concept' as const, title: c.title })),
  ...COMBOS.map((c) => ({ id: `combo:${c.id}`, group: 'combo' as const, title: c.title })),
  ...SHAPES.map((s) => ({ id: `shape:${s.id}`, group: 'shape' as const, title: s.title })),
];

export const FEATURE_INDEX: ReadonlyMap<string, number> = new Map(FEATURES.map((f, i) => [f.id, i]));
/** Feature index by rule id and by concept id (no string building per hit on the hot path). */
const RULE_FEATURE = new Map(RULES.map((r) => [r.id, FEATURE_INDEX.get(`rule:${r.id}`) as number]));
const CONCEPT_FEATURE = new Map(CONCEPTS.map((c) => [c.id as string, FEATURE_INDEX.get(`concept:${c.id}`) as number]));

export interface FeatureVector {
  values: Float64Array;
  /** Spans behind each feature (same index as `values`); unset for features without a place in the text. */
  evidence: (Span[] | undefined)[];
}

const capped = (x: number, max: number) => Math.min(x, max);

const kindOf = new Map(RULES.map((r) => [r.id, r.kind]));

/** Count of distinct things, log-scaled so the third mention adds less than the first. */
const logCount = (n: number) => Math.log2(1 + n);

export function extractFeatures(
  draft: TemplateDraft,
  fields: readonly FieldText[],
  hits: readonly RuleHit[],
  concepts: readonly ConceptSpan[],
): FeatureVector {
  const values = new Float64Array(FEATURES.length);
  const evidence: (Span[] | undefined)[] = new Array(FEATURES.length);
  const setAt = (i: number | undefined, value: number, spans?: Span[]) => {
    if (i === undefined) return;
    values[i] = value;
    evidence[i] = spans;
  };
  const set = (id: string, value: number, spans?: Span[]) => setAt(FEATURE_INDEX.get(id), value, spans);

  const byKind = new Map<string, { sum: number; spans: Span[] }>();
  for (const h of hits) {
    setAt(RULE_FEATURE.get(h.ruleId), capped(h.weight, 2), h.evidence);
    const kind = kindOf.get(h.ruleId);
    if (!kind || kind === 'auth-form') continue;
    const k = byKind.get(kind) ?? { sum: 0, spans: [] };
    k.sum += h.weight;
    k.spans.push(...h.evidence);
    byKind.set(kind, k);
  }
  // Decisive evidence of a kind, as Meta's order reads it (sum ≥ 1: ./decide.ts); weaker hits count only per rule.
  for (const [kind, k] of byKind) if (k.sum >= 1) set(`kind:${kind}`, 1, k.spans);

  // Distinct words per concept: matches of one concept at the same place (a stem and an ending of one word) count once.
  const byConcept = new Map<string, { words: number; field: string; start: number; spans: Span[] }>();
  for (const c of concepts) {
    let g = byConcept.get(c.concept);
    if (!g) {
      g = { words: 0, field: '', start: -1, spans: [] };
      byConcept.set(c.concept, g);
    }
    if (c.span.start !== g.start || c.span.field !== g.field) g.words++;
    g.field = c.span.field;
    g.start = c.span.start;
    g.spans.push(c.span);
  }
  for (const [id, g] of byConcept) setAt(CONCEPT_FEATURE.get(id), logCount(g.words), g.spans);
  const apology = byConcept.get('apology');
  const gift = byConcept.get('compensation') ?? byConcept.get('offer') ?? byConcept.get('loyalty');
  if (apology && gift) set('combo:apology-with-gift', 1, [...apology.spans, ...gift.spans]);
  // Generic: no word of a specific matter (order, bill, account, booking, case, document, work, alert, policy) and no
  // utility rule — Meta's "unclear" content, however long. DERIVED.
  const specific = concepts.some((c) => SPECIFIC_CONCEPTS.has(c.concept)) || byKind.has('anchor');
  set('shape:generic', specific ? 0 : 1);
  // Mixed content: decisive promotional evidence inside a specific message. Meta: "Templates with mixed content (for
  // example, both utility and marketing, such as an order update with a promo…)" are Marketing — an AND that a sum
  // of the two sides cannot express, so it is a feature of its own.
  const promo = byKind.get('promo');
  if (specific && promo && promo.sum >= 1) set('combo:mixed-content', 1, promo.spans);

  const scan = emptyScan();
  for (const f of fields) if (f.kind === 'header' || f.kind === 'body' || f.kind === 'footer') scanShape(f, scan);
  set('shape:variables', logCount(scan.variables.length), scan.variables);
  set('shape:identifier', scan.identifiers.length > 0 ? 1 : 0, scan.identifiers);
  set('shape:date-or-time', scan.datesOrTimes.length > 0 ? 1 : 0, scan.datesOrTimes);
  set('shape:amount', scan.amounts.length > 0 ? 1 : 0, scan.amounts);
  set('shape:percent', scan.percents.length > 0 ? 1 : 0, scan.percents);
  set('shape:exclamation', capped(scan.exclamations.length, 3) / 3, scan.exclamations);
  set('shape:question', scan.questions.length > 0 ? 1 : 0, scan.questions);
  set('shape:emoji', capped(scan.emoji.length, 4) / 4, scan.emoji);
  set('shape:link', scan.links.length > 0 ? 1 : 0, scan.links);
  set('shape:length', Math.log2(1 + scan.words) / 8);
  set('shape:short', scan.words < 8 ? 1 : 0);
  set('shape:capitals', scan.capitals.length >= 2 ? 1 : 0, scan.capitals);

  const components = Array.isArray(draft?.components) ? draft.components : [];
  for (const c of components) {
    if (!c || typeof c !== 'object') continue;
    if (c.type === 'HEADER') {
      if (c.format === 'IMAGE' || c.format === 'VIDEO' || c.format === 'GIF') set('shape:media-header', 1);
      if (c.format === 'DOCUMENT') set('shape:document-header', 1);
      if (c.format === 'LOCATION') set('shape:location-header', 1);
    } else if (c.type === 'FOOTER' && typeof c.text === 'string' && c.text.trim()) set('shape:footer', 1);
    else if (c.type === 'BUTTONS' && Array.isArray(c.buttons)) {
      const count = (type: string) => c.buttons.filter((b) => b?.type === type).length;
      if (count('URL') > 0) set('shape:url-button', 1);
      if (count('QUICK_REPLY') > 0) set('shape:reply-buttons', logCount(count('QUICK_REPLY')));
      if (count('PHONE_NUMBER') + count('VOICE_CALL') > 0) set('shape:phone-button', 1);
      if (count('COPY_CODE') > 0) set('shape:copy-code-button', 1);
    }
  }
  return { values, evidence };
}
