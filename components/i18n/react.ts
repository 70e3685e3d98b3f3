import { useMemo } from 'react';
import { useSettings } from '@/components/settings/store';
import type { UiLang } from '@/core/types';
import { createT, resolveLang, type Translate } from './translate';

/** The UI language: the preference, or the browser's language when it is 'auto'. Live-updates. */
export function useLang(): UiLang {
  const preference = useSettings((state) => state.preferences.language);
  return resolveLang(preference);
}

export function useT(): Translate {
  const lang = useLang();
  return useMemo(() => createT(lang), [lang]);
}
