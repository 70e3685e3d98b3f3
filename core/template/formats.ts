/**
 * Template types Meta added beside the standard header/body/footer/buttons template, with the categories Meta allows
 * for each and the page it says so on (./formats.md: Meta's words per type, the date of each copy, what is inferred).
 */
import type { MetaSource } from '../types';
import type { Category, Component, TemplateDraft, TemplateFormat } from './schema';

export interface FormatFacts {
  /** Categories Meta accepts for this type. */
  categories: readonly Category[];
  /** English name as WhatsApp Manager and Meta's pages write it. */
  name: string;
  source: MetaSource & { updated: string };
}

export const FORMAT_FACTS: Record<TemplateFormat, FormatFacts> = {
  STANDARD: {
    categories: ['MARKETING', 'UTILITY', 'AUTHENTICATION'],
    name: 'standard template',
    source: {
      section: 'meta-rules-and-pricing.md §1.1',
      quote: 'Marketing, Utility, Authentication.',
      updated: '2026-09-11',
    },
  },
  CAROUSEL: {
    categories: ['MARKETING'],
    name: 'media card carousel',
    source: {
      section: 'core/template/formats.md §1 (Meta, "Media card carousel templates")',
      quote:
        'Media card carousel templates allow you to send a single marketing template message accompanied by a set of up to 10 product media cards … carousel cards are only available for marketing template messages.',
      updated: '2026-06-24',
    },
  },
  PRODUCT_CAROUSEL: {
    categories: ['MARKETING'],
    name: 'product card carousel',
    source: {
      section: 'core/template/formats.md §2 (Meta, "Product card carousel templates")',
      quote:
        'Carousel templates support up to 10 product cards, composed of message body text, a product image, product title, product price, and a single View button or URL button.',
      updated: '2025-11-04',
    },
  },
  LIMITED_TIME_OFFER: {
    categories: ['MARKETING'],
    name: 'limited-time offer',
    source: {
      section: 'core/template/formats.md §3 (Meta, "Limited-time offer templates")',
      quote: 'Only templates categorized as MARKETING are supported. Footer components are not supported.',
      updated: '2026-06-17',
    },
  },
  CALL_PERMISSION_REQUEST: {
    categories: ['MARKETING', 'UTILITY'],
    name: 'call permission request',
    source: {
      section: 'core/template/formats.md §4 (Meta, "Call permission request templates")',
      quote:
        'You can categorize call permission request templates as either MARKETING or UTILITY. … You must include body text, and it must not be empty. You can’t combine the call permission request component with other interactive components.',
      updated: '2026-11-04',
    },
  },
  CATALOG: {
    categories: ['MARKETING'],
    name: 'catalog',
    source: {
      section: 'core/template/formats.md §5 (Meta, "Catalog templates")',
      quote:
        'Catalog templates are marketing templates … display a product thumbnail header image of your choice and custom body text, along with a fixed text header and fixed text sub-header.',
      updated: '2025-11-14',
    },
  },
  MULTI_PRODUCT: {
    categories: ['MARKETING'],
    name: 'multi-product message',
    source: {
      section: 'core/template/formats.md §5 (Meta, "Multi-product message templates")',
      quote:
        'MPM templates are marketing templates that allow you to showcase up to 30 products from your ecommerce catalog, organized in up to 10 sections.',
      updated: '2025-11-04',
    },
  },
};

const components = (draft: TemplateDraft | null | undefined): Component[] =>
  Array.isArray(draft?.components) ? draft.components.filter((c) => c && typeof c === 'object') : [];

/** The template's type: from its components when they say (a carousel, an offer…), else the editor's choice. */
export function templateFormatOf(draft: TemplateDraft | null | undefined): TemplateFormat {
  const list = components(draft);
  const carousel = list.find((c) => c.type === 'CAROUSEL');
  if (carousel) {
    const product = carousel.cards.some((card) =>
      (card?.components ?? []).some((c) => c?.type === 'HEADER' && c.format === 'PRODUCT'),
    );
    return product ? 'PRODUCT_CAROUSEL' : 'CAROUSEL';
  }
  if (list.some((c) => c.type === 'LIMITED_TIME_OFFER')) return 'LIMITED_TIME_OFFER';
  if (list.some((c) => c.type === 'CALL_PERMISSION_REQUEST')) return 'CALL_PERMISSION_REQUEST';
  const buttons = list.flatMap((c) => (c.type === 'BUTTONS' && Array.isArray(c.buttons) ? c.buttons : []));
  if (buttons.some((b) => b?.type === 'CATALOG')) return 'CATALOG';
  if (buttons.some((b) => b?.type === 'MPM')) return 'MULTI_PRODUCT';
  return draft?.format ?? 'STANDARD';
}

/** True when Meta accepts only Marketing for this type. */
export const isMarketingOnly = (format: TemplateFormat): boolean =>
  FORMAT_FACTS[format].categories.length === 1 && FORMAT_FACTS[format].categories[0] === 'MARKETING';
