import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../template/parse';
import type { TemplateDraft } from '../template/schema';
import { lintTemplate } from './index';

const ids = (d: TemplateDraft, opts?: Parameters<typeof lintTemplate>[1]) => lintTemplate(d, opts).map((f) => f.id);

describe('lintTemplate', () => {
  it('reports nothing for a well-formed utility template with samples', () => {
    const { templates } = parseTemplates({
      name: 'order_shipped',
      language: 'en_US',
      category: 'UTILITY',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}', example: { header_text: ['A-100'] } },
        {
          type: 'BODY',
          text: 'Hi {{1}}, your order {{2}} has shipped. Thank you.',
          example: { body_text: [['Ana', 'A-100']] },
        },
        { type: 'FOOTER', text: 'Reply STOP to opt out' },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'URL',
              text: 'Track',
              url: 'https://shop.example/t/{{1}}',
              example: ['https://shop.example/t/A-100'],
            },
          ],
        },
      ],
    });
    expect(templates[0] && lintTemplate(templates[0].draft)).toEqual([]);
  });

  it('lists errors before warnings and infos, each with a Meta source and three languages', () => {
    const { templates } = parseTemplates({
      text: 'Hi {{1}} {{2}} {{4}}',
      buttons: ['a', 'b', 'c', 'd'],
    });
    const findings = templates[0] ? lintTemplate(templates[0].draft) : [];
    const severities = findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => order[a] - order[b]));
    expect(findings.map((f) => f.id)).toEqual(
      expect.arrayContaining([
        'variables-sequential',
        'variable-at-end',
        'adjacent-variables',
        'buttons-collapse',
        'samples-missing',
      ]),
    );
    for (const f of findings) {
      expect(f.source.quote).not.toBe('');
      expect(f.message.es).not.toBe(f.message.en);
    }
  });

  it("does not flag Meta's preset OTP text when authentication is selected or assumed", () => {
    const otpText = parseTemplates({ text: '{{1}} is your verification code.' }).templates[0]?.draft;
    if (!otpText) throw new Error('parse failed');
    expect(ids(otpText)).toContain('variable-at-start');
    expect(ids(otpText, { assumeCategory: 'AUTHENTICATION' })).not.toContain('variable-at-start');
    // Assumed authentication also turns on the authentication constraints (no OTP button here), as advice:
    // nothing was selected, so Meta has nothing to reject yet.
    const assumed = lintTemplate(otpText, { assumeCategory: 'AUTHENTICATION' }).find((f) => f.id === 'auth-otp-button');
    expect(assumed?.severity).toBe('warning');
    const selected = lintTemplate({ ...otpText, category: 'AUTHENTICATION' }).find((f) => f.id === 'auth-otp-button');
    expect(selected?.severity).toBe('error');
    // The selection wins over the assumption.
    expect(ids({ ...otpText, category: 'UTILITY' }, { assumeCategory: 'AUTHENTICATION' })).toContain(
      'variable-at-start',
    );
  });

  it('points spans at the offending text', () => {
    const d = parseTemplates({ text: 'Your total is {{$1}} today, thanks.' }).templates[0]?.draft;
    const f = d && lintTemplate(d).find((x) => x.id === 'variable-special-characters');
    expect(f?.span).toEqual({ field: 'body', start: 14, end: 20, text: '{{$1}}' });
  });

  it('never throws on arbitrary text up to 100 KB, including emoji, RTL, lone surrogates and broken braces', () => {
    const piece = fc.constantFrom(
      '{{',
      '}}',
      '{{1}}',
      '{{a b}}',
      '😀',
      '👩‍👩‍👧',
      'مرحبا',
      '\uD800',
      '\u200B',
      ' ',
      'x',
      '$',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 200 }), (pieces, s) => {
        const text = pieces.join('') + s;
        const r = parseTemplates({
          text,
          header: text.slice(0, 80),
          footer: s,
          buttons: [s, { type: 'URL', url: text }],
        });
        for (const t of r.templates) expect(Array.isArray(lintTemplate(t.draft))).toBe(true);
      }),
      { numRuns: 50 },
    );
    const big = '{{'.repeat(10_000) + '😀'.repeat(20_000) + '{{1}} '.repeat(8_000);
    expect(big.length).toBeGreaterThan(100_000);
    const d = parseTemplates({ text: big }).templates[0]?.draft;
    expect(d && lintTemplate(d).some((f) => f.id === 'body-length')).toBe(true);
  });

  it('never throws on drafts that do not match the type', () => {
    for (const bad of [null, undefined, 42, 'x', {}, { components: 'x' }, { components: [null, { type: 'BODY' }] }]) {
      expect(() => lintTemplate(bad as unknown as TemplateDraft)).not.toThrow();
    }
    expect(ids({} as TemplateDraft)).toContain('body-required');
  });
});

const order = { error: 0, warning: 1, info: 2 } as const;
