import { describe, expect, it } from 'vitest';
import { AUTH_PRESET_BODY } from '@/core/template/auth-preset';
import { type DetectedDraft, toTemplateDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { draftFromText } from '@/entrypoints/whatsapp.content/detector';

const base: DetectedDraft = { source: 'dom', form: 'editor', signature: { score: 8, signals: [] } };

describe('toTemplateDraft', () => {
  it('gives an empty component list for an empty reading', () => {
    expect(toTemplateDraft(base)).toEqual({ components: [] });
  });

  it('leaves out fields below the confidence floor', () => {
    const d: DetectedDraft = {
      ...base,
      name: { value: 'first_input_guess', confidence: 0.4, via: 'first-input' },
      body: { value: { text: 'Hello', samples: {} }, confidence: 0.9, via: 'aria-label' },
    };
    expect(toTemplateDraft(d, { minConfidence: 0.5 })).toEqual({ components: [{ type: 'BODY', text: 'Hello' }] });
    expect(toTemplateDraft(d).name).toBe('first_input_guess');
  });

  it('orders positional samples by first use in the text and leaves missing ones empty', () => {
    const d: DetectedDraft = {
      ...base,
      body: { value: { text: 'A {{2}} then {{1}} and {{2}}', samples: { '1': 'one' } }, confidence: 1, via: 'x' },
    };
    expect(toTemplateDraft(d).components).toEqual([
      { type: 'BODY', text: 'A {{2}} then {{1}} and {{2}}', example: { body_text: [['', 'one']] } },
    ]);
  });

  it('builds the authentication payload with Meta defaults when options are missing', () => {
    const d: DetectedDraft = { ...base, form: 'auth' };
    expect(toTemplateDraft(d).components).toEqual([
      { type: 'BODY', text: AUTH_PRESET_BODY },
      { type: 'BUTTONS', buttons: [{ type: 'OTP', otp_type: 'COPY_CODE' }] },
    ]);
  });

  it('wraps a selection as a body-only draft', () => {
    expect(toTemplateDraft(draftFromText('Your code is 123456'))).toEqual({
      components: [{ type: 'BODY', text: 'Your code is 123456' }],
    });
  });
});
