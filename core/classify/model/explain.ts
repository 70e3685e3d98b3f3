/**
 * Explains a model decision in the same shape as a rule finding (title, evidence, Meta's words, fix), so the
 * panel, popup and CLI show it like any other finding. Two findings, used only when no rule already explains the
 * prediction: the model saw specific, informational content (Utility), or promotional/generic wording (Marketing).
 * Evidence = the spans of the features that pushed hardest towards the predicted category.
 */
import type { Category } from '../../template/schema';
import type { Localized, MetaSource, RuleHit, Signal, Span } from '../../types';
import { FEATURES, type FeatureVector } from '../features';
import { SRC } from '../rules/_sources';
import type { ModelScore } from '.';

const SPECIFIC = SRC.utilitySpecific;
const PROMOTIONAL = SRC.mixed;

interface ExplanationDefinition {
  id: string;
  category: Category;
  title: Localized;
  source: MetaSource;
  suggestion: Localized;
}

export const MODEL_EXPLANATIONS: Record<'UTILITY' | 'MARKETING', ExplanationDefinition> = {
  UTILITY: {
    id: 'model-informational',
    category: 'UTILITY',
    title: {
      en: 'Informational and specific to the recipient',
      es: 'Informativa y específica del destinatario',
      pt: 'Informativa e específica do destinatário',
    },
    source: SPECIFIC,
    suggestion: {
      en: 'Meta approves non-promotional messages about the recipient’s own matter as Utility. Keep the specific details ({quote}) and add nothing promotional.',
      es: 'Meta aprueba como Utilidad los mensajes no promocionales sobre un asunto del destinatario. Mantén los datos concretos ({quote}) y no añadas nada promocional.',
      pt: 'A Meta aprova como Utilidade mensagens não promocionais sobre um assunto do destinatário. Mantenha os dados específicos ({quote}) e não acrescente nada promocional.',
    },
  },
  MARKETING: {
    id: 'model-promotional',
    category: 'MARKETING',
    title: {
      en: 'Reads as promotional or generic',
      es: 'Se lee como promocional o genérica',
      pt: 'Parece promocional ou genérica',
    },
    source: PROMOTIONAL,
    suggestion: {
      en: 'Wording like {quote} is what Meta’s reviewers read as promotion or a broadcast. To be Utility, drop it and say which order, booking, account or request the message is about; otherwise select Marketing.',
      es: 'Expresiones como {quote} son las que Meta lee como promoción o envío masivo. Para ser Utilidad, quítalas e indica de qué pedido, reserva, cuenta o solicitud se trata; si no, elige Marketing.',
      pt: 'Expressões como {quote} são o que a Meta lê como promoção ou envio em massa. Para ser Utilidade, retire-as e diga a qual pedido, reserva, conta ou solicitação a mensagem se refere; senão, escolha Marketing.',
    },
  },
};

/** Features that pushed towards `category`, strongest first (contribution > 0.15 logit), with their evidence. */
export function signalsToward(
  category: 'MARKETING' | 'UTILITY',
  vector: FeatureVector,
  score: ModelScore,
  limit = 5,
): Signal[] {
  const sign = category === 'MARKETING' ? 1 : -1;
  const out: Signal[] = [];
  score.contributions.forEach((c, i) => {
    const push = c * sign;
    const f = FEATURES[i];
    if (f && push > 0.15)
      out.push({
        feature: f.id,
        title: f.title,
        toward: category,
        weight: Math.round(push * 100) / 100,
        evidence: vector.evidence[i] ?? [],
      });
  });
  out.sort((a, b) => b.weight - a.weight);
  return out.slice(0, limit);
}

const quoteOf = (spans: readonly Span[]): string =>
  [...new Set(spans.map((s) => `"${s.text.replace(/\s+/g, ' ').trim()}"`))].slice(0, 3).join(', ');

/** A finding that explains the model's call, or null when there is nothing in the text to point at. */
export function explanationHit(category: 'MARKETING' | 'UTILITY', signals: readonly Signal[]): RuleHit | null {
  const def = MODEL_EXPLANATIONS[category];
  const seen = new Set<string>();
  const evidence: Span[] = [];
  for (const s of signals)
    for (const span of s.evidence) {
      const key = `${span.field}:${span.start}:${span.end}`;
      if (seen.has(key) || evidence.length >= 8) continue;
      seen.add(key);
      evidence.push(span);
    }
  if (evidence.length === 0) return null;
  evidence.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field < b.field ? -1 : 1));
  const quote = quoteOf(evidence);
  const fill = (s: string) => s.replaceAll('{quote}', quote);
  return {
    ruleId: def.id,
    category: def.category,
    weight: Math.round(signals.reduce((s, x) => s + x.weight, 0) * 100) / 100,
    title: def.title,
    source: def.source,
    evidence,
    suggestion: { en: fill(def.suggestion.en), es: fill(def.suggestion.es), pt: fill(def.suggestion.pt) },
  };
}
