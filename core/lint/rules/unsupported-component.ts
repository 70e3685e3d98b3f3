import { draft, finding, L, type LintRule } from '../rule';

/** Button types in Meta's lists that this version does not analyse in detail (whatsapp-manager-dom.md §5.2). */
const OUT_OF_SCOPE_BUTTONS = new Set(['FLOW', 'MPM', 'CATALOG', 'SPM', 'VOICE_CALL', 'APP']);

export const rule: LintRule = {
  id: 'unsupported-component',
  severity: 'info',
  description:
    'Carousel, limited-time-offer, product headers and flow/catalog/MPM buttons are recognised but not analysed in this version.',
  source: {
    section: 'whatsapp-manager-dom.md §5.2 Components',
    quote:
      'Other component types exist for special templates: LIMITED_TIME_OFFER, CAROUSEL (cards with their own components). Detect them and flag "unsupported in v1".',
  },
  check(ctx) {
    const items = [
      ...(Array.isArray(ctx.draft.unsupported) ? ctx.draft.unsupported : []).map((u) => String(u?.type)),
      ...ctx.buttons.filter((b) => OUT_OF_SCOPE_BUTTONS.has(b.type)).map((b) => `button ${b.type}`),
    ];
    return items.map((what) =>
      finding(rule, {
        message: L(
          `${what} is not analysed by Template Lens yet; check it yourself.`,
          `Template Lens aún no analiza ${what}; revísalo tú mismo.`,
          `O Template Lens ainda não analisa ${what}; verifique você mesmo.`,
        ),
        suggestion: L(
          "Check this part against Meta's template guidelines.",
          'Revisa esta parte con las guías de plantillas de Meta.',
          'Confira esta parte com as diretrizes de modelos da Meta.',
        ),
      }),
    );
  },
  examples: {
    valid: [draft({ body: 'Your order has shipped.' })],
    invalid: [
      draft({ body: 'See our picks.', unsupported: [{ path: '$.components[1]', type: 'CAROUSEL' }] }),
      draft({ body: 'Book your visit.', buttons: [{ type: 'FLOW', text: 'Book' }] }),
    ],
  },
};
