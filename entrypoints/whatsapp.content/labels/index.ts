/**
 * Label lookup over the English, Spanish and Portuguese dictionaries (data in en.ts, es.ts, pt.ts).
 * All languages are searched at once: the page language is not known up front, and a label from one
 * language never means a different field in another.
 */
import { normalizeLabel } from '../dom/text';
import { EN } from './en';
import { ES } from './es';
import { LANGUAGE_NAMES, type LanguageName } from './languages';
import { PT } from './pt';
import { LABEL_KEYS, type LabelDictionary, type LabelKey } from './types';

export type { LabelDictionary, LabelEntry, LabelKey } from './types';
export { EN, ES, LANGUAGE_NAMES, PT };

export const DICTIONARIES: Readonly<Record<'en' | 'es' | 'pt', LabelDictionary>> = { en: EN, es: ES, pt: PT };

export interface LabelIndex {
  exact: Map<string, LabelKey[]>;
  languages: Map<string, LanguageName>;
}

export function buildLabelIndex(dicts: readonly LabelDictionary[] = [EN, ES, PT]): LabelIndex {
  const exact = new Map<string, LabelKey[]>();
  for (const dict of dicts) {
    for (const key of LABEL_KEYS) {
      for (const entry of dict[key]) {
        const norm = normalizeLabel(entry.text);
        const keys = exact.get(norm) ?? [];
        if (!keys.includes(key)) keys.push(key);
        exact.set(norm, keys);
      }
    }
  }
  const languages = new Map<string, LanguageName>();
  for (const lang of LANGUAGE_NAMES) languages.set(normalizeLabel(lang.label), lang);
  return { exact, languages };
}

export const DEFAULT_LABELS: LabelIndex = buildLabelIndex();

/** Keys whose label equals `text` after normalisation. */
export function labelKeys(text: string, index: LabelIndex = DEFAULT_LABELS): readonly LabelKey[] {
  return index.exact.get(normalizeLabel(text)) ?? [];
}

/**
 * Keys matched by `text` or by its leading part ("Marketing · Custom", "Visit website — 2 buttons maximum"):
 * the text is split on separators and the first part looked up too.
 */
export function labelKeysLoose(text: string, index: LabelIndex = DEFAULT_LABELS): readonly LabelKey[] {
  const whole = labelKeys(text, index);
  if (whole.length) return whole;
  const parts = text.split(/\s[·•|–—-]\s|\n|:/);
  const out: LabelKey[] = [];
  for (const part of parts) for (const k of labelKeys(part, index)) if (!out.includes(k)) out.push(k);
  return out;
}

export function languageFromLabel(text: string, index: LabelIndex = DEFAULT_LABELS): LanguageName | undefined {
  return index.languages.get(normalizeLabel(text));
}
