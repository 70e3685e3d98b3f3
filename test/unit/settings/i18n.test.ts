import { describe, expect, it } from 'vitest';
import { interpolate, MESSAGES, pickLocalized, resolveLang, translate } from '@/components/i18n';
import { en } from '@/components/i18n/messages/en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it.each(['es', 'pt'] as const)(
    '%s has exactly the English keys, each translated, with the same placeholders',
    (lang) => {
      const messages = MESSAGES[lang];
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, english] of Object.entries(en)) {
        const translated = messages[key as keyof typeof en];
        expect(translated.trim(), `${lang} ${key} is empty`).not.toBe('');
        expect(placeholders(translated), `${lang} ${key} placeholders`).toEqual(placeholders(english));
      }
    },
  );

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('es', 'cards.deleteAsk', { name: 'Mi tabla' })).toBe('¿Borrar «Mi tabla»? No se puede deshacer.');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it("resolves 'auto' from the browser language and falls back to English", () => {
    expect(resolveLang('auto', 'pt-BR')).toBe('pt');
    expect(resolveLang('auto', 'es-419')).toBe('es');
    expect(resolveLang('auto', 'de-DE')).toBe('en');
    expect(resolveLang('es', 'pt-BR')).toBe('es');
  });

  it("picks the engine's Localized text in the language, English when that one is empty", () => {
    expect(pickLocalized({ en: 'Hello', es: 'Hola', pt: 'Olá' }, 'pt')).toBe('Olá');
    expect(pickLocalized({ en: 'Hello', es: '', pt: 'Olá' }, 'es')).toBe('Hello');
    expect(pickLocalized(undefined, 'es')).toBe('');
  });
});
