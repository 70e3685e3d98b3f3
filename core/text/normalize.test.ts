import { describe, expect, it } from 'vitest';
import { normalizeForMatch, toOriginalRange } from './normalize';

const fold = (s: string) => normalizeForMatch(s).text;

describe('normalizeForMatch', () => {
  it('folds case, Latin diacritics and full-width forms', () => {
    expect(fold('CÓDIGO de Verificação')).toBe('codigo de verificacao');
    expect(fold('Ｓｈｏｐ ＮＯＷ')).toBe('shop now');
    expect(fold('Bestätigungscode')).toBe('bestatigungscode');
  });

  it('drops zero-width characters and turns every kind of space into one space', () => {
    expect(fold('dis\u200bcount\u00a0\u00a0code\u2003now')).toBe('discount code now');
    expect(fold('  leading and trailing \n')).toBe('leading and trailing');
  });

  it('collapses repeated punctuation and folds typographic quotes', () => {
    expect(fold('Hurry!!! Don’t miss it...')).toBe("hurry! don't miss it.");
  });

  it('reads variables and WhatsApp formatting as plain words', () => {
    expect(fold('*{{order_number}}* is _ready_')).toBe('order number is ready');
    expect(fold('Your code: {{1}}')).toBe('your code: 1');
  });

  it('keeps non-Latin scripts (Hangul, kana, Devanagari) intact', () => {
    expect(fold('인증 코드는')).toBe('인증 코드는');
    expect(fold('認証コード')).toBe('認証コード');
    expect(fold('सत्यापन कोड')).toBe(fold('सत्यापन कोड'));
  });

  it('maps every folded range back to the original text', () => {
    const original = 'Olá!!  Seu CÓDIGO\u200b é {{1}}';
    const norm = normalizeForMatch(original);
    const at = norm.text.indexOf('codigo');
    const r = toOriginalRange(norm, at, at + 'codigo'.length);
    expect(original.slice(r.start, r.end)).toBe('CÓDIGO');
    const bang = norm.text.indexOf('!');
    const rb = toOriginalRange(norm, bang, bang + 1);
    expect(original.slice(rb.start, rb.end)).toBe('!!');
  });

  it('keeps offsets right after astral characters and lone surrogates', () => {
    const original = '🎉\ud800 Sale 👩‍👩‍👧 now';
    const norm = normalizeForMatch(original);
    const at = norm.text.indexOf('sale');
    const r = toOriginalRange(norm, at, at + 4);
    expect(original.slice(r.start, r.end)).toBe('Sale');
    expect(norm.text).toContain('\ufffd');
  });

  it('returns an empty result for empty and non-string input without throwing', () => {
    expect(fold('')).toBe('');
    expect(normalizeForMatch(undefined as unknown as string).text).toBe('');
  });
});
