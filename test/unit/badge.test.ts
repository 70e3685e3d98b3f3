import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/entrypoints/background/badge';

describe('toolbar badge', () => {
  it('shows the predicted category as one letter', () => {
    expect(badgeFor('MARKETING', 'will-be-marketing').text).toBe('M');
    expect(badgeFor('UTILITY', 'ok').text).toBe('U');
    expect(badgeFor('AUTHENTICATION', 'ok').text).toBe('A');
  });

  it('gives each category its own colour', () => {
    const colours = new Set(['MARKETING', 'UTILITY', 'AUTHENTICATION'].map((c) => badgeFor(c as never, 'ok').color));
    expect(colours.size).toBe(3);
  });

  it('is empty when no editor is detected', () => {
    expect(badgeFor(null, 'not-detected').text).toBe('');
    expect(badgeFor('UTILITY', 'not-detected').text).toBe('');
  });

  it('tells in the tooltip when the verdict needs attention', () => {
    expect(badgeFor('MARKETING', 'will-be-marketing').title).toMatch(/check the panel/);
    expect(badgeFor('UTILITY', 'ok').title).not.toMatch(/check the panel/);
  });
});
