import { useMemo } from 'react';
import { useSettings } from '@/components/settings/store';
import type { UiLang } from '@/core/types';
import { countryNamer, createT, resolveLang, type Translate } from './translate';

/** The UI language: the preference, or the browser's language when it is 'auto'. Live-updates. */
export function useLang(): UiLang {
  const preference = useSettings((state) => state.preferences.language);
  return resolveLang(preference);
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => createT(lang), [lang]);
}

/** `countryNamer` for the current UI language. */
export function useCountryName(): (iso: string, fallback: string) => string {
  const lang = useLang();
  return useMemo(() => countryNamer(lang), [lang]);
}
