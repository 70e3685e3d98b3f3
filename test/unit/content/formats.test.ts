/**
 * The editor's template-type choice (carousel, limited-time offer, catalog…) reaches the engine even before the
 * type's own fields can be read: the sub-type label maps to a template format, in en/es/pt, and decides the category.
 */
import { describe, expect, it } from 'vitest';
import { analyzeTemplate } from '@/core/analyze';
import { type DetectedDraft, toTemplateDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { formatOfSubType, readSetupStep } from '@/entrypoints/whatsapp.content/detect/extract';
import { scan } from '@/entrypoints/whatsapp.content/dom/scan';
import { loadFixture } from './helpers';

describe('template type from the sub-type label', () => {
  it.each([
    ['Carousel', 'CAROUSEL'],
    ['Product card carousel', 'PRODUCT_CAROUSEL'],
    ['Limited-time offer', 'LIMITED_TIME_OFFER'],
    ['Calling permissions request', 'CALL_PERMISSION_REQUEST'],
    ['Catalog', 'CATALOG'],
    ['Carrusel de productos', 'PRODUCT_CAROUSEL'],
    ['Oferta por tiempo limitado', 'LIMITED_TIME_OFFER'],
    ['Solicitação de permissão de chamada', 'CALL_PERMISSION_REQUEST'],
    ['Catálogo', 'CATALOG'],
  ])('%s → %s', (label, format) => {
    expect(formatOfSubType(label)).toBe(format);
  });

  it('leaves the standard sub-types alone', () => {
    for (const label of ['Custom', 'One-time Passcode', 'Personalizado', 'Flows'])
      expect(formatOfSubType(label)).toBeUndefined();
  });

  it('reads a checked "Catalog" radio on the category step of the synthetic setup page', () => {
    loadFixture('setup-step.en.html');
    (document.getElementById('st-catalog') as HTMLInputElement).checked = true;
    const reading = readSetupStep(scan(document));
    expect(reading?.subType?.value).toBe('Catalog');
    expect(formatOfSubType(reading?.subType?.value ?? '')).toBe('CATALOG');
  });

  it('hands the type to the engine, which calls a "Utility" catalog template Marketing', () => {
    const d: DetectedDraft = {
      source: 'dom',
      form: 'editor',
      signature: { score: 8, signals: [] },
      category: { value: 'UTILITY', confidence: 0.9, via: 'checked-radio' },
      format: { value: 'CATALOG', confidence: 0.7, via: 'checked-radio+type-label' },
      body: {
        value: { text: 'Browse our products right here on WhatsApp.', samples: {} },
        confidence: 0.9,
        via: 'aria-label',
      },
    };
    const draft = toTemplateDraft(d);
    expect(draft.format).toBe('CATALOG');
    const a = analyzeTemplate(draft);
    expect(a.category).toBe('MARKETING');
    expect(a.lint.map((f) => f.id)).toContain('format-category');
  });
});
