/**
 * Hand-off check: fixture page → detector → toTemplateDraft → analyzeTemplate. The e2e tests rely on these two
 * fixtures producing these verdicts, so a change on either side shows up here first.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '@/core';
import { toTemplateDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { readPage } from '@/entrypoints/whatsapp.content/detect/extract';
import { loadFixture } from './helpers';

function analyse(fixture: string) {
  loadFixture(fixture);
  const r = readPage(document, { route: { kind: 'templates', ui: 'latest' } });
  if (r.state !== 'editor') throw new Error(`${fixture}: no editor detected`);
  return analyzeTemplate(toTemplateDraft(r.draft, { minConfidence: 0.5 }));
}

describe('detected drafts reach the engine', () => {
  it('a Utility draft with a coupon line will be approved as Marketing', () => {
    const a = analyse('editor.utility-coupon.en.html');
    expect(a.selectedCategory).toBe('UTILITY');
    expect(a.category).toBe('MARKETING');
    expect(a.verdict.code).toBe('will-be-marketing');
  });

  it('an OTP under Utility will be rejected', () => {
    const a = analyse('editor.utility-otp.en.html');
    expect(a.selectedCategory).toBe('UTILITY');
    expect(a.verdict.code).toBe('will-be-rejected-otp');
  });

  it('the authentication form is read as a compliant authentication template', () => {
    const a = analyse('editor.auth.en.html');
    expect(a.selectedCategory).toBe('AUTHENTICATION');
    expect(a.category).toBe('AUTHENTICATION');
    expect(a.verdict.code).toBe('ok');
  });
});
