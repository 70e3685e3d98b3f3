import { draft, finding, L, type LintRule } from '../rule';

/**
 * Button types in Meta's lists that this version does not analyse in detail (whatsapp-manager-dom.md §5.2).
 * Catalog, multi-product (MPM) and product (SPM) buttons are analysed with their template types (core/template/formats.ts).
 */
const OUT_OF_SCOPE_BUTTONS = new Set(['FLOW', 'VOICE_CALL', 'APP']);

export const rule: LintRule = {
  id: 'unsupported-component',
  severity: 'info',
  description:
    'Components and buttons this version recognises but does not analyse (flow, voice-call and app buttons, unknown component types).',
  source: {
    section: 'whatsapp-manager-dom.md §5.2 Components',
    quote:
      'Other component types exist for special templates … Detect them and flag "unsupported in v1". (Carousels, limited-time offers, call permission requests, catalog and multi-product templates are analysed since issue 12.)',
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
      draft({ body: 'See our picks.', unsupported: [{ path: '$.components[1]', type: 'ORDER_DETAILS' }] }),
      draft({ body: 'Book your visit.', buttons: [{ type: 'FLOW', text: 'Book' }] }),
    ],
  },
};
