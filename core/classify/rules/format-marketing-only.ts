import { isMarketingOnly, templateFormatOf } from '../../template/formats';
import { bodyText } from '../fields';
import { defineRule } from '../types';

/**
 * Carousels, limited-time offers, catalog and multi-product templates exist only as Marketing (Meta's pages for
 * each type, see core/template/formats.ts): the type itself decides the category, whatever the text says.
 */
export default defineRule({
  id: 'format-marketing-only',
  category: 'MARKETING',
  kind: 'format',
  // Decisive by itself (any weight ≥ 1 is); 3 so that reports sorted by weight name it first.
  weight: 3,
  title: {
    en: 'A template type Meta allows only as Marketing',
    es: 'Un tipo de plantilla que Meta solo admite como Marketing',
    pt: 'Um tipo de modelo que a Meta só aceita como Marketing',
  },
  description:
    'Media and product card carousels, limited-time offers, catalog and multi-product templates are Marketing by definition: Meta supports them only in that category.',
  source: {
    section: 'core/template/formats.md §1–§3, §5 (Meta, updated 2025-11-04 to 2026-06-24)',
    quote:
      'Carousels: "carousel cards are only available for marketing template messages". Limited-time offers: "Only templates categorized as MARKETING are supported." Catalog and multi-product: "… are marketing templates".',
  },
  suggestion: {
    en: 'Select Marketing for this template type, or use a standard template (header, body, footer, buttons) for a Utility message.',
    es: 'Elige Marketing para este tipo de plantilla, o usa una plantilla estándar (encabezado, cuerpo, pie, botones) para un mensaje de Utilidad.',
    pt: 'Escolha Marketing para este tipo de modelo, ou use um modelo padrão (cabeçalho, corpo, rodapé, botões) para uma mensagem de Utilidade.',
  },
  detect: (ctx) => {
    const format = templateFormatOf(ctx.draft);
    if (!isMarketingOnly(format)) return null;
    const body = bodyText(ctx.draft);
    // Evidence: the body (the type has no words of its own to point at), or nothing when there is no body yet.
    return [{ field: 'body', start: 0, end: body.length, text: body }];
  },
  examples: {
    match: [
      { lang: 'en', format: 'CAROUSEL', body: 'Your order {{1}} has shipped. See the items below.' },
      { lang: 'pt', format: 'LIMITED_TIME_OFFER', body: 'Seu pedido {{1}} foi confirmado.' },
      { lang: 'es', format: 'CATALOG', body: 'Consulta el estado de tu pedido {{1}}.' },
      { lang: 'it', format: 'MULTI_PRODUCT', body: 'Ecco gli articoli del tuo ordine {{1}}.' },
    ],
    noMatch: [
      { lang: 'en', body: 'Your order {{1}} has shipped.' },
      { lang: 'pt', format: 'CALL_PERMISSION_REQUEST', body: 'Podemos ligar para falar do seu pedido {{1}}?' },
    ],
  },
});
