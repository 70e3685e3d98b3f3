import { useEffect, useMemo } from 'react';
import { useSettings } from '@/components/settings/store';
import type { UiLang } from '@/core/types';
import { countryNamer, createT, type MessageKey, resolveLang, type Translate } from './translate';

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

/** Keeps the page's `lang` attribute and title in the UI language (extension pages: options, popup, playground). */
export function useDocumentLanguage(titleKey: MessageKey): void {
  const lang = useLang();
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(titleKey);
  }, [lang, t, titleKey]);
}
