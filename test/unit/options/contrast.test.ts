import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * jsdom cannot paint, so axe-core cannot check colour contrast there. This checks the theme's colour pairs
 * against WCAG 2.1 AA directly from components/ui/theme.css, in both the light and the dark scheme.
 */
const css = readFileSync(resolve(__dirname, '../../../components/ui/theme.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--(tl-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

const light = variables(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...variables(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// [foreground, background, minimum ratio]: 4.5 for text, 3 for borders/focus rings (non-text, WCAG 1.4.11).
const PAIRS: Array<[string, string, number]> = [
  ['tl-text', 'tl-bg', 4.5],
  ['tl-text', 'tl-surface', 4.5],
  ['tl-muted', 'tl-bg', 4.5],
  ['tl-muted', 'tl-surface', 4.5],
  ['tl-accent', 'tl-bg', 4.5],
  ['tl-accent-text', 'tl-accent', 4.5],
  ['tl-danger', 'tl-bg', 4.5],
  ['tl-danger', 'tl-surface', 4.5],
  ['tl-text', 'tl-danger-bg', 4.5],
  ['tl-warn-text', 'tl-warn-bg', 4.5],
  ['tl-ok', 'tl-bg', 4.5],
  ['tl-border', 'tl-bg', 3],
  ['tl-focus', 'tl-bg', 3],
  ['tl-focus', 'tl-surface', 3],
];

describe('theme colours meet WCAG AA', () => {
  for (const [scheme, palette] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    it.each(PAIRS)(`${scheme}: %s on %s ≥ %s:1`, (fg, bg, minimum) => {
      const a = palette[fg];
      const b = palette[bg];
      expect(a && b, `${fg} / ${bg} defined`).toBeTruthy();
      expect(contrast(a ?? '', b ?? '')).toBeGreaterThanOrEqual(minimum);
    });
  }
});
