/**
 * One analysis round for the panel: draft → analysis → cost, computed the same way in the content script and
 * the playground. Pure (no DOM, no storage); never throws.
 */
import { type CostResult, summarizeCost } from '@/components/analysis/cost';
import { activeCardOf, type Settings } from '@/components/settings/settings';
import { analyzeTemplate } from '@/core/analyze';
import type { Category, TemplateDraft } from '@/core/template/schema';
import type { Analysis, VerdictCode } from '@/core/types';

export type PanelResult =
  | { state: 'not-detected' }
  | { state: 'editor'; draft: TemplateDraft; analysis: Analysis; cost: CostResult | null };

export function computePanelResult(draft: TemplateDraft | null, settings: Settings, now = new Date()): PanelResult {
  if (!draft) return { state: 'not-detected' };
  const analysis = analyzeTemplate(draft);
  let cost: CostResult | null = null;
  try {
    cost = summarizeCost(analysis, { preferences: settings.preferences, card: activeCardOf(settings, now) }, now);
  } catch (error) {
    cost = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { state: 'editor', draft, analysis, cost };
}

/** The host element's test-contract attributes (see issue 5): stable codes, updated on every analysis. */
export function contractAttributes(result: PanelResult): {
  'data-category': Category | '';
  'data-selected-category': Category | '';
  'data-verdict': VerdictCode;
} {
  if (result.state === 'not-detected') {
    return { 'data-category': '', 'data-selected-category': '', 'data-verdict': 'not-detected' };
  }
  return {
    'data-category': result.analysis.category,
    'data-selected-category': result.analysis.selectedCategory ?? '',
    'data-verdict': result.analysis.verdict.code,
  };
}
