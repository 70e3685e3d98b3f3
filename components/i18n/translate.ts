/**
 * UI strings in English, Spanish and Portuguese. See README.md in this folder for how to add a key.
 * `translate` is pure (usable from the content script and tests); `useT` follows the language preference live.
 */
import { type Localized, UI_LANGS, type UiLang } from '@/core/types';
import { en, type MessageKey } from './messages/en';
import { es } from './messages/es';
import { pt } from './messages/pt';

export type { MessageKey } from './messages/en';
export type LanguagePreference = 'auto' | UiLang;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const MESSAGES: Record<UiLang, Record<MessageKey, string>> = { en, es, pt };

/** 'auto' follows the browser language (es-AR → es, pt-BR → pt); anything unsupported falls back to English. */
export function resolveLang(preference: LanguagePreference | undefined, browserLanguage?: string): UiLang {
  if (preference && preference !== 'auto') return preference;
  const primary = (browserLanguage ?? globalThis.navigator?.language ?? 'en').slice(0, 2).toLowerCase();
  return (UI_LANGS as readonly string[]).includes(primary) ? (primary as UiLang) : 'en';
}

/** Fills `{name}` placeholders; a missing parameter is left visible as `{name}` rather than printing "undefined". */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(lang: UiLang, key: MessageKey, params?: MessageParams): string {
  const text = MESSAGES[lang]?.[key] ?? en[key] ?? key;
  return interpolate(text, params);
}

export function createT(lang: UiLang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The engine's Localized texts: the wanted language, or English when that translation is empty. */
export function pickLocalized(localized: Localized | undefined | null, lang: UiLang): string {
  if (!localized) return '';
  return localized[lang] || localized.en || '';
}

/**
 * Country names in the UI language (Intl.DisplayNames). English keeps `fallback` (Meta's own spelling), and so
 * does a runtime without region names or a code it does not know.
 */
export function countryNamer(lang: UiLang): (iso: string, fallback: string) => string {
  if (lang === 'en') return (_iso, fallback) => fallback;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([lang], { type: 'region' });
  } catch {
    names = null;
  }
  return (iso, fallback) => {
    try {
      return names?.of(iso) || fallback;
    } catch {
      return fallback;
    }
  };
}

const CATEGORY_KEY = {
  MARKETING: 'category.marketing',
  UTILITY: 'category.utility',
  AUTHENTICATION: 'category.authentication',
  SERVICE: 'category.service',
} as const satisfies Record<string, MessageKey>;

/** A template category, or SERVICE (priced, never predicted). */
export type NamedCategory = keyof typeof CATEGORY_KEY;

/** The category's name in the UI language ("Utilidad"). */
export function categoryName(category: NamedCategory, lang: UiLang): string {
  return translate(lang, CATEGORY_KEY[category]);
}
