import { describe, expect, it } from 'vitest';
import { DICTIONARIES, labelKeys, labelKeysLoose, languageFromLabel } from '@/entrypoints/whatsapp.content/labels';
import { LABEL_KEYS } from '@/entrypoints/whatsapp.content/labels/types';

describe('label dictionaries (data)', () => {
  it.each(Object.entries(DICTIONARIES))('%s has every label, each with a stated source', (_lang, dict) => {
    for (const key of LABEL_KEYS) {
      expect(dict[key].length, key).toBeGreaterThan(0);
      for (const entry of dict[key]) {
        expect(entry.text.trim(), key).not.toBe('');
        expect(entry.source, `${key}: ${entry.text}`).toMatch(/^(C|O|I|I\/U):|^inferred/);
      }
    }
  });

  it('finds the same field from English, Spanish and Portuguese labels', () => {
    for (const text of ['Body', 'Cuerpo', 'Corpo']) expect(labelKeys(text)).toContain('body');
    for (const text of ['Footer', 'Pie de página', 'Rodapé']) expect(labelKeys(text)).toContain('footer');
    for (const text of ['Visit website', 'Visitar sitio web', 'Acessar o site'])
      expect(labelKeys(text)).toContain('visitWebsite');
    for (const text of ['Utility', 'Utilidad', 'Utilidade']) expect(labelKeys(text)).toContain('utility');
  });

  it('reads the leading part of composite labels ("Marketing · Custom")', () => {
    expect(labelKeysLoose('Marketing · Custom')).toEqual(expect.arrayContaining(['marketing', 'custom']));
    expect(labelKeys('Marketing messages')).toEqual([]);
  });

  it('maps displayed language names to Meta locale codes', () => {
    expect(languageFromLabel('Spanish (MEX)')?.code).toBe('es_MX');
    expect(languageFromLabel('Português (BR)')?.code).toBe('pt_BR');
    expect(languageFromLabel('Klingon')).toBeUndefined();
  });
});
