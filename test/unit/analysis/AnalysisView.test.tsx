import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AnalysisView } from '@/components/analysis/AnalysisView';
import { summarizeCost } from '@/components/analysis/cost';
import { DEFAULT_PREFERENCES } from '@/components/settings/preferences';
import { bundledCardById } from '@/core/pricing/bundled';
import type { TemplateDraft } from '@/core/template/schema';
import type { Analysis, Localized, RuleHit } from '@/core/types';

const L = (en: string): Localized => ({ en, es: `ES ${en}`, pt: `PT ${en}` });

function draftWithBody(text: string): TemplateDraft {
  return { category: 'UTILITY', components: [{ type: 'BODY', text }] };
}

function hitOn(text: string, phrase: string, overrides: Partial<RuleHit> = {}): RuleHit {
  const start = text.indexOf(phrase);
  return {
    ruleId: 'promo-discount',
    category: 'MARKETING',
    weight: 1,
    title: L('Discount or coupon'),
    source: { section: '§1.5', quote: 'an order update with a promo' },
    evidence: [{ field: 'body', start, end: start + phrase.length, text: phrase }],
    suggestion: L('Remove the discount sentence.'),
    ...overrides,
  };
}

function analysisOf(hits: RuleHit[], extra: Partial<Analysis> = {}): Analysis {
  return {
    category: 'MARKETING',
    confidence: 0.87,
    certainty: 'likely',
    scores: { MARKETING: 2, UTILITY: 0.5, AUTHENTICATION: 0 },
    selectedCategory: 'UTILITY',
    verdict: { code: 'will-be-marketing', message: L('Meta will approve this as Marketing.') },
    hits,
    signals: [],
    lint: [],
    ...extra,
  };
}

/** Not inside a collapsed (hidden) region. */
function isShown(element: HTMLElement): boolean {
  return element.closest('[hidden]') === null;
}

const card = bundledCardById('meta-usd-2026-10-01');

describe('AnalysisView', () => {
  it('shows predicted vs selected category, confidence and the verdict in the chosen language', () => {
    const text = 'Your order {{1}} shipped. Use code SAVE10 for 10% off.';
    render(<AnalysisView analysis={analysisOf([hitOn(text, '10% off')])} draft={draftWithBody(text)} lang="en" />);
    const view = screen.getByTestId('analysis-view');
    expect(view.getAttribute('data-category')).toBe('MARKETING');
    expect(view.getAttribute('data-verdict')).toBe('will-be-marketing');
    expect(within(view).getAllByText('Marketing')[0]).toBeTruthy();
    expect(within(view).getAllByText('Utility')[0]).toBeTruthy();
    expect(screen.getByText('Confidence 87%')).toBeTruthy();
    expect(screen.getByText('Meta will approve this as Marketing.')).toBeTruthy();
  });

  it('names the certainty and lists what the prediction weighed, with the words behind each signal', () => {
    const text = 'Seus dados pessoais foram atualizados em {{1}}.';
    const signals = [
      {
        feature: 'concept:account',
        title: L('account or personal data'),
        toward: 'UTILITY' as const,
        weight: 1.2,
        evidence: [{ field: 'body' as const, start: 5, end: 20, text: 'dados pessoais' }],
      },
    ];
    const analysis = analysisOf([], {
      category: 'UTILITY',
      certainty: 'uncertain',
      verdict: { code: 'uncertain', message: L('Meta could go either way') },
      signals,
    });
    render(<AnalysisView analysis={analysis} draft={draftWithBody(text)} lang="en" />);
    const view = screen.getByTestId('analysis-view');
    expect(view.getAttribute('data-certainty')).toBe('uncertain');
    expect(view.getAttribute('data-verdict')).toBe('uncertain');
    expect(screen.getByText('uncertain: could go either way')).toBeTruthy();
    const item = view.querySelector('[data-feature="concept:account"]');
    expect(item?.textContent).toContain('account or personal data');
    expect(item?.textContent).toContain('“dados pessoais”');
  });

  it('uses Spanish and Portuguese UI strings and engine texts when asked', () => {
    const text = 'Usa el código X y obtén 10% de descuento';
    const { rerender } = render(
      <AnalysisView analysis={analysisOf([hitOn(text, 'descuento')])} draft={draftWithBody(text)} lang="es" />,
    );
    expect(screen.getByText('ES Meta will approve this as Marketing.')).toBeTruthy();
    expect(screen.getByText('Confianza 87%')).toBeTruthy();
    rerender(<AnalysisView analysis={analysisOf([hitOn(text, 'descuento')])} draft={draftWithBody(text)} lang="pt" />);
    expect(screen.getByText('PT Meta will approve this as Marketing.')).toBeTruthy();
    expect(screen.getByText('Confiança 87%')).toBeTruthy();
  });

  it('marks the offending phrase inside a copy of the field text', () => {
    const text = 'Your order {{1}} shipped. Use code SAVE10 for 10% off.';
    render(<AnalysisView analysis={analysisOf([hitOn(text, '10% off')])} draft={draftWithBody(text)} lang="en" />);
    const mark = screen.getByText('10% off', { selector: 'mark' });
    // The whole sentence is shown around the mark, so the author sees the phrase in context.
    expect(mark.closest('p')?.textContent).toBe(text);
    expect(screen.getByText('Remove the discount sentence.')).toBeTruthy();
    expect(screen.getByText('an order update with a promo')).toBeTruthy();
    expect(screen.getByText('Meta’s rule (reference §1.5)')).toBeTruthy();
  });

  it('shows markup from the template as literal text, never as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1"> 10% off <b>now</b>';
    render(<AnalysisView analysis={analysisOf([hitOn(evil, '10% off')])} draft={draftWithBody(evil)} lang="en" />);
    const view = screen.getByTestId('analysis-view');
    expect(view.querySelector('img')).toBeNull();
    expect(view.querySelector('b')).toBeNull();
    expect(screen.getByText('10% off', { selector: 'mark' }).closest('p')?.textContent).toBe(evil);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('falls back to the quoted phrase when the draft text no longer matches the evidence offsets', () => {
    const hit = hitOn('Use code SAVE10 now', 'code SAVE10');
    render(<AnalysisView analysis={analysisOf([hit])} draft={draftWithBody('Completely different text')} lang="en" />);
    expect(screen.getByText('code SAVE10', { selector: 'mark' })).toBeTruthy();
  });

  it('expands and collapses findings with keyboard-operable buttons (aria-expanded)', async () => {
    const user = userEvent.setup();
    const text = 'Happy birthday! Use code X for 10% off.';
    const hits = [
      hitOn(text, '10% off'),
      hitOn(text, 'Happy birthday', { ruleId: 'greeting', title: L('Greeting'), suggestion: L('Drop the greeting.') }),
    ];
    render(<AnalysisView analysis={analysisOf(hits)} draft={draftWithBody(text)} lang="en" />);
    const first = screen.getByRole('button', { name: /Discount or coupon/ });
    const second = screen.getByRole('button', { name: /Greeting/ });
    expect(first.getAttribute('aria-expanded')).toBe('true');
    expect(second.getAttribute('aria-expanded')).toBe('false');
    expect(isShown(screen.getByText('Drop the greeting.'))).toBe(false);
    second.focus();
    await user.keyboard('{Enter}');
    expect(second.getAttribute('aria-expanded')).toBe('true');
    expect(isShown(screen.getByText('Drop the greeting.'))).toBe(true);
    await user.keyboard(' ');
    expect(second.getAttribute('aria-expanded')).toBe('false');
  });

  it('groups structural findings by severity', () => {
    const text = 'Hello {{1}}';
    const lint = [
      {
        id: 'variable-at-end',
        severity: 'warning' as const,
        message: L('The body ends with a variable.'),
        source: { section: '§5', quote: 'Variables can’t be at the start or end.' },
        suggestion: L('Add words after {{1}}.'),
        span: { field: 'body' as const, start: 6, end: 11, text: '{{1}}' },
      },
      {
        id: 'body-required',
        severity: 'error' as const,
        message: L('Something is broken.'),
        source: { section: '§5', quote: 'q' },
        suggestion: L('s'),
      },
    ];
    render(<AnalysisView analysis={analysisOf([], { lint })} draft={draftWithBody(text)} lang="en" />);
    expect(screen.getByRole('heading', { name: 'Errors (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Warnings (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /The body ends with a variable/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(screen.getByText('No category rule matched this text.')).toBeTruthy();
  });

  it('limits findings to maxFindings with a button to show the rest', async () => {
    const user = userEvent.setup();
    const text = 'a b c d';
    const hits = ['a', 'b', 'c', 'd'].map((p) => hitOn(text, p, { ruleId: `r-${p}`, title: L(`Rule ${p}`) }));
    render(<AnalysisView analysis={analysisOf(hits)} draft={draftWithBody(text)} lang="en" maxFindings={2} />);
    expect(screen.queryByRole('button', { name: /Rule c/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show all findings (2 more)' }));
    expect(screen.getByRole('button', { name: /Rule d/ })).toBeTruthy();
  });

  it('shows cost per message and month, the other categories and the multiple', () => {
    if (!card) throw new Error('bundled USD card missing');
    const text = 'Use code X for 10% off';
    const analysis = analysisOf([hitOn(text, '10% off')]);
    const cost = summarizeCost(
      analysis,
      {
        preferences: {
          ...DEFAULT_PREFERENCES,
          recipients: { kind: 'single', market: 'Brazil' },
          monthlyVolume: 10_000,
        },
        card,
      },
      new Date('2026-11-25T00:00:00Z'),
    );
    render(<AnalysisView analysis={analysis} draft={draftWithBody(text)} cost={cost} lang="en" />);
    // Brazil on the 2026-10-01 USD card: marketing 0.0625, utility 0.0068 (reference §4.1).
    const headline = screen.getByText(/^As Marketing in Brazil:/);
    expect(headline.textContent).toContain('$0.0625');
    expect(headline.textContent).toContain('$625.00');
    expect(headline.textContent).toContain('10,000 messages');
    expect(screen.getByTestId('cost-multiple').textContent).toContain('×9.2 as Marketing in Brazil');
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /Utility/ }).textContent).toContain('$0.0068');
    expect(screen.getByText(/Meta list rates \(USD\), effective 2026-10-01/)).toBeTruthy();
  });

  it('has no serious or critical axe violations (colour contrast is not computed in jsdom)', async () => {
    if (!card) throw new Error('bundled USD card missing');
    const text = 'Use code X for 10% off';
    const analysis = analysisOf([hitOn(text, '10% off')]);
    const cost = summarizeCost(analysis, { preferences: DEFAULT_PREFERENCES, card });
    const { container } = render(
      <main>
        <AnalysisView analysis={analysis} draft={draftWithBody(text)} cost={cost} lang="en" headingLevel={2} />
      </main>,
    );
    const results = await axe.run(container);
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
