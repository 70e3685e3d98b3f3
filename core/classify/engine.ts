/**
 * Runs every category rule over a draft. Phrase lists of all rules and all languages are compiled into a
 * couple of regexes at module load (see core/text/match.ts); each field is folded once and scanned once.
 * Language-neutral on purpose: templates mix languages and their language code is often missing or wrong.
 */

import type { TemplateDraft } from '../template/schema';
import { compilePhrases, normalizeForMatch, type PhraseSpec, toOriginalRange } from '../text';
import type { Localized, RuleHit, Span } from '../types';
import { CONCEPT_IDS, type ConceptId, findConceptIndices } from './concepts';
import { draftFields } from './fields';
import { RULES } from './rules';
import type { FieldText, PhraseData, RuleContext, RuleDefinition } from './types';

interface GroupInfo {
  rule: number;
  /** 'main' = rule.phrases, 'requires' = rule.requires, otherwise the name of a `lists` entry. */
  part: string;
  weight: number;
}

const groups: GroupInfo[] = [];
/** Phrases of button-only rules are compiled apart, so they never shadow body phrases at the same position. */
const specs: PhraseSpec[] = [];
const buttonSpecs: PhraseSpec[] = [];
const groupIndex = new Map<string, number>();

function addPhrases(ruleIndex: number, part: string, data: PhraseData | undefined, defaultWeight: number): void {
  if (!data) return;
  const target = RULES[ruleIndex]?.fields === 'buttons' ? buttonSpecs : specs;
  for (const entries of Object.values(data)) {
    for (const e of entries) {
      const weight = e.w ?? defaultWeight;
      const key = `${ruleIndex}|${part}|${weight}`;
      let g = groupIndex.get(key);
      if (g === undefined) {
        g = groups.length;
        groups.push({ rule: ruleIndex, part, weight });
        groupIndex.set(key, g);
      }
      target.push({ pattern: e.p, group: g });
    }
  }
}

RULES.forEach((rule, i) => {
  addPhrases(i, 'main', rule.phrases, rule.weight);
  addPhrases(i, 'requires', rule.requires, rule.weight);
  for (const [name, data] of Object.entries(rule.lists ?? {})) addPhrases(i, name, data, rule.weight);
});

const matcher = compilePhrases(specs);
const buttonMatcher = compilePhrases(buttonSpecs);

/** Exposed for the bench baseline: every phrase source, so the baseline scans for the same vocabulary. */
export const PHRASE_SPECS: readonly PhraseSpec[] = [...specs, ...buttonSpecs];

/** Longest variable name we look back over when widening evidence (keeps widening O(1) per match). */
const MAX_VARIABLE = 80;

/** Evidence that cuts through a `{{variable}}` is widened to cover the whole variable. */
function widenToVariables(text: string, r: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = r;
  const from = Math.max(0, start - MAX_VARIABLE);
  const before = text.slice(from, start + 2);
  const open = before.lastIndexOf('{{');
  if (open >= 0 && from + open < start && !before.slice(open + 2, start - from).includes('}}')) {
    const close = text.indexOf('}}', from + open);
    if (close !== -1 && close + 2 > start) start = from + open;
  }
  const tailFrom = Math.max(start, end - MAX_VARIABLE);
  const around = text.slice(tailFrom, end + MAX_VARIABLE);
  const lastOpen = around.lastIndexOf('{{', end - tailFrom - 1);
  if (lastOpen >= 0) {
    const close = around.indexOf('}}', lastOpen);
    if (close !== -1 && tailFrom + close + 2 > end && !around.slice(lastOpen + 2, close).includes('{{'))
      end = tailFrom + close + 2;
  }
  return { start, end };
}

function inScope(rule: RuleDefinition, f: FieldText): boolean {
  if (f.kind === 'buttonExample' || f.kind === 'buttonUrl') return false;
  const scope = rule.fields ?? 'all';
  if (scope === 'all') return true;
  if (scope === 'buttons') return f.kind === 'button';
  return f.kind !== 'button';
}

const SENTENCE_END = /[.!?\n\u3002\uff01\uff1f\u0964\u06d4]/;

/** The sentence of `text` around [start, end), trimmed and capped, for suggestions. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !SENTENCE_END.test(text[s - 1] as string)) s--;
  let e = end;
  while (e < text.length && !SENTENCE_END.test(text[e] as string)) e++;
  if (e < text.length) e++;
  const sentence = text.slice(s, e).trim();
  return sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence;
}

function fillQuote(suggestion: Localized, quote: string): Localized {
  const q = quote.replace(/\s+/g, ' ');
  return {
    en: suggestion.en.replaceAll('{quote}', q),
    es: suggestion.es.replaceAll('{quote}', q),
    pt: suggestion.pt.replaceAll('{quote}', q),
  };
}

/** One concept mention, with its span in the original field text. */
export interface ConceptSpan {
  concept: ConceptId;
  entry: string;
  span: Span;
}

export interface EngineResult {
  hits: RuleHit[];
  kinds: Map<string, RuleDefinition>;
  fields: FieldText[];
  /** Concept mentions in header, body, footer and button texts (the model's language-independent evidence). */
  concepts: ConceptSpan[];
}

function spanKey(s: Span): string {
  return `${s.field}:${s.start}:${s.end}`;
}

interface PhraseHit {
  field: string;
  start: number;
  end: number;
  /** The folded matched text: the same wording found twice counts once. */
  key: string;
  weight: number;
}

interface PartEvidence {
  weight: number;
  spans: Span[];
  matches: PhraseHit[];
}

/**
 * Weight of one rule part. Distinct phrases add up (two weak signals can make one firm one), capped at the rule's
 * weight; but overlapping matches are one piece of evidence ("your code is 1" and "code is 1" found at the same
 * place must not add up to a decisive signal), and the same wording repeated counts once.
 */
function partWeight(matches: PhraseHit[], ruleWeight: number | undefined): number {
  if (matches.length === 1) return (matches[0] as PhraseHit).weight;
  matches.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
  const byKey = new Map<string, number>();
  let i = 0;
  while (i < matches.length) {
    let best = matches[i] as PhraseHit;
    let end = best.end;
    let j = i + 1;
    for (; j < matches.length; j++) {
      const m = matches[j] as PhraseHit;
      if (m.field !== best.field || m.start >= end) break;
      end = Math.max(end, m.end);
      if (m.weight > best.weight) best = m;
    }
    byKey.set(best.key, Math.max(byKey.get(best.key) ?? 0, best.weight));
    i = j;
  }
  let sum = 0;
  let max = 0;
  for (const w of byKey.values()) {
    sum += w;
    max = Math.max(max, w);
  }
  return Math.min(sum, Math.max(max, ruleWeight ?? max));
}

export function runRules(draft: TemplateDraft): EngineResult {
  const fields = draftFields(draft);
  // rule index → part → { weight, spans }
  const found = new Map<number, Map<string, PartEvidence>>();
  const concepts: ConceptSpan[] = [];
  for (const f of fields) {
    if (f.kind === 'buttonUrl') continue;
    const norm = normalizeForMatch(f.text);
    if (norm.text.length === 0) continue;
    if (f.kind !== 'buttonExample')
      for (const c of findConceptIndices(norm.text)) {
        const r = toOriginalRange(norm, c.start, c.end);
        concepts.push({
          concept: CONCEPT_IDS[c.concept] as ConceptId,
          entry: c.entry,
          span: { field: f.field, start: r.start, end: r.end, text: f.text.slice(r.start, r.end) },
        });
      }
    const matches = matcher.find(norm.text);
    if (f.kind === 'button') matches.push(...buttonMatcher.find(norm.text));
    for (const m of matches) {
      const g = groups[m.group];
      if (!g) continue;
      const rule = RULES[g.rule];
      if (!rule || !inScope(rule, f)) continue;
      const range = widenToVariables(f.text, toOriginalRange(norm, m.start, m.end));
      const span: Span = {
        field: f.field,
        start: range.start,
        end: range.end,
        text: f.text.slice(range.start, range.end),
      };
      let parts = found.get(g.rule);
      if (!parts) {
        parts = new Map();
        found.set(g.rule, parts);
      }
      const p = parts.get(g.part) ?? { weight: 0, spans: [], matches: [] };
      p.matches.push({
        field: f.field,
        start: m.start,
        end: m.end,
        key: norm.text.slice(m.start, m.end),
        weight: g.weight,
      });
      p.spans.push(span);
      parts.set(g.part, p);
    }
  }

  const hits: RuleHit[] = [];
  const hitSpans = new Map<string, Span[]>();
  const kinds = new Map<string, RuleDefinition>();
  const textOf = new Map(fields.map((f) => [f.field as string, f.text]));

  const record = (rule: RuleDefinition, weight: number, evidence: Span[]) => {
    const seen = new Set<string>();
    const unique = evidence.filter((s) => {
      const k = spanKey(s);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    unique.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
    const first = unique[0];
    const quote = first ? sentenceAround(textOf.get(first.field) ?? first.text, first.start, first.end) : '';
    hits.push({
      ruleId: rule.id,
      category: rule.category,
      weight,
      title: rule.title,
      source: rule.source,
      evidence: unique,
      suggestion: fillQuote(rule.suggestion, quote || first?.text || ''),
    });
    hitSpans.set(rule.id, unique);
    kinds.set(rule.id, rule);
  };

  for (const [ruleIndex, parts] of found) {
    const rule = RULES[ruleIndex];
    for (const p of parts.values()) p.weight = partWeight(p.matches, rule?.weight);
  }
  // Phrase rules first…
  RULES.forEach((rule, i) => {
    if (rule.detect || !rule.phrases) return;
    const parts = found.get(i);
    const main = parts?.get('main');
    if (!main) return;
    if (rule.requires) {
      const also = parts?.get('requires');
      if (!also) return;
      record(rule, main.weight, [...main.spans, ...also.spans]);
    } else record(rule, main.weight, main.spans);
  });
  // …then computed rules, which may look at the phrase rules' evidence.
  RULES.forEach((rule, i) => {
    if (!rule.detect) return;
    const lists = new Map<string, Span[]>();
    for (const [part, v] of found.get(i) ?? []) lists.set(part, v.spans);
    const ctx: RuleContext = { draft, fields, hits: hitSpans, lists, concepts };
    let evidence: Span[] | null = null;
    try {
      evidence = rule.detect(ctx);
    } catch {
      evidence = null; // a faulty rule must not take the analysis down
    }
    if (evidence) record(rule, rule.weight, evidence);
  });
  return { hits, kinds, fields, concepts };
}
