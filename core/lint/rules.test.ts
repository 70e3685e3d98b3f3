import { describe, expect, it } from 'vitest';
import { TemplateDraftSchema } from '../template/schema';
import { LINT_RULES, lintTemplate } from './index';
import type { LintRule } from './rule';

const ruleFiles = import.meta.glob<{ rule: LintRule }>('./rules/*.ts', { eager: true });

describe('lint rule files (meta-test)', () => {
  const entries = Object.entries(ruleFiles);

  it('finds the rule files', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries)('%s declares id = file name, description, source, severity and examples', (path, mod) => {
    const fileId = path.replace(/^.*\//, '').replace(/\.ts$/, '');
    const { rule } = mod;
    expect(rule.id).toBe(fileId);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.source.section).toMatch(/§\d/);
    expect(rule.source.quote.length).toBeGreaterThan(5);
    expect(['error', 'warning', 'info']).toContain(rule.severity);
    expect(rule.examples.valid.length).toBeGreaterThan(0);
    expect(rule.examples.invalid.length).toBeGreaterThan(0);
  });

  it('registers every rule file exactly once in LINT_RULES', () => {
    const fileIds = entries.map(([, m]) => m.rule.id).sort();
    expect(LINT_RULES.map((r) => r.id).sort()).toEqual(fileIds);
  });
});

describe.each(LINT_RULES.map((r) => [r.id, r] as const))('rule %s examples', (_id, rule) => {
  it.each(rule.examples.invalid.map((d, i) => [i, d] as const))('invalid example %i is flagged', (_i, draft) => {
    expect(TemplateDraftSchema.safeParse(draft).success).toBe(true);
    const found = lintTemplate(draft).filter((f) => f.id === rule.id);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message.en && f.message.es && f.message.pt).toBeTruthy();
      expect(f.suggestion.en && f.suggestion.es && f.suggestion.pt).toBeTruthy();
      expect(SEVERITY_RANK[f.severity]).toBeGreaterThanOrEqual(SEVERITY_RANK[rule.severity]);
      if (f.span) expect(f.span.end).toBeGreaterThan(f.span.start);
    }
  });
  it.each(rule.examples.valid.map((d, i) => [i, d] as const))('valid example %i is not flagged', (_i, draft) => {
    expect(TemplateDraftSchema.safeParse(draft).success).toBe(true);
    expect(lintTemplate(draft).filter((f) => f.id === rule.id)).toEqual([]);
  });
});

/** A finding may be milder than its rule's declared (maximum) severity, never stronger. */
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;
