import type { UiLang } from '@/core/types';

/** Number/money locale per UI language. */
export const LOCALE: Record<UiLang, string> = { en: 'en-US', es: 'es', pt: 'pt-BR' };

export function formatCount(value: number, lang: UiLang): string {
  return value.toLocaleString(LOCALE[lang]);
}

/** One decimal in the UI language's style ("9.2", "9,2"). */
export function formatFactor(value: number, lang: UiLang): string {
  return value.toLocaleString(LOCALE[lang], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}
