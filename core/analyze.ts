/**
 * analyzeTemplate: the one call the UI, the content script and the CLI make. Category prediction with
 * evidence (core/classify), structural lint (core/lint) and the verdict against the author's selection.
 * Never throws, whatever the draft holds.
 */
import { classifyTemplate, verdictFor } from './classify';
import { lintTemplate } from './lint';
import type { TemplateDraft } from './template/schema';
import type { Analysis, LintFinding } from './types';

export function analyzeTemplate(draft: TemplateDraft): Analysis {
  const selected = draft?.category ?? null;
  try {
    const c = classifyTemplate(draft);
    let lint: LintFinding[] = [];
    try {
      lint = lintTemplate(draft, { assumeCategory: selected ?? c.category });
    } catch {
      lint = []; // lint promises not to throw; belt and braces so analysis still returns
    }
    const verdict = verdictFor({
      predicted: c.category,
      selected,
      empty: c.empty,
      authFixed: c.authForm.fixed,
      certainty: c.certainty,
    });
    return {
      category: c.category,
      confidence: c.confidence,
      certainty: c.certainty,
      scores: c.scores,
      selectedCategory: selected,
      verdict,
      hits: c.hits,
      signals: c.signals,
      lint,
    };
  } catch {
    // Defensive: a bug must degrade to an honest "nothing to analyse", never an exception in the editor.
    return {
      category: 'MARKETING',
      confidence: 0,
      certainty: 'uncertain',
      scores: { AUTHENTICATION: 0, MARKETING: 0, UTILITY: 0 },
      selectedCategory: selected,
      verdict: verdictFor({ predicted: 'MARKETING', selected, empty: true, authFixed: false, certainty: 'uncertain' }),
      hits: [],
      signals: [],
      lint: [],
    };
  }
}
