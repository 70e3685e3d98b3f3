import { FORMAT_FACTS } from '../../template/formats';
import { card, carousel, draft, finding, L, type LintRule, SECTION_FORMATS } from '../rule';

const NAMES = { MARKETING: 'Marketing', UTILITY: 'Utility', AUTHENTICATION: 'Authentication' } as const;

/** A carousel, limited-time offer, catalog or multi-product template selected as Utility or Authentication, etc. */
export const rule: LintRule = {
  id: 'format-category',
  severity: 'error',
  description:
    'The selected category must be one Meta accepts for the template type: carousels, limited-time offers, catalog and multi-product templates only as Marketing; call permission requests as Marketing or Utility.',
  source: { section: SECTION_FORMATS.carousel, quote: FORMAT_FACTS.CAROUSEL.source.quote },
  check(ctx) {
    const selected = ctx.draft?.category;
    const facts = FORMAT_FACTS[ctx.format];
    if (!selected || facts.categories.includes(selected)) return [];
    const allowed = facts.categories.map((c) => NAMES[c]).join(' / ');
    return [
      finding(rule, {
        message: L(
          `A ${facts.name} template can only be ${allowed}; it is selected as ${NAMES[selected]}.`,
          `Una plantilla de tipo ${facts.name} solo puede ser ${allowed}; está seleccionada como ${NAMES[selected]}.`,
          `Um modelo do tipo ${facts.name} só pode ser ${allowed}; está selecionado como ${NAMES[selected]}.`,
        ),
        suggestion: L(
          `Select ${allowed}, or use a standard template for a ${NAMES[selected]} message.`,
          `Elige ${allowed}, o usa una plantilla estándar para un mensaje de ${NAMES[selected]}.`,
          `Escolha ${allowed}, ou use um modelo padrão para uma mensagem de ${NAMES[selected]}.`,
        ),
        source: facts.source,
      }),
    ];
  },
  examples: {
    valid: [
      draft({ category: 'MARKETING', body: 'Pick your favourite.', extra: [carousel([card(), card()])] }),
      draft({
        category: 'UTILITY',
        body: 'May we call you about order {{1}}?',
        extra: [{ type: 'CALL_PERMISSION_REQUEST' }],
      }),
    ],
    invalid: [
      draft({ category: 'UTILITY', body: 'Your items.', extra: [carousel([card(), card()])] }),
      draft({ category: 'AUTHENTICATION', body: 'May we call you?', extra: [{ type: 'CALL_PERMISSION_REQUEST' }] }),
      draft({ category: 'UTILITY', body: 'Browse.', format: 'CATALOG' }),
    ],
  },
};
