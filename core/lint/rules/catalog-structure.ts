import { draft, finding, L, type LintRule, lengthOver, SECTION_FORMATS } from '../rule';

const MPM_HEADER_MAX = 60;

/** Catalog templates have no header; multi-product templates a text header of at most 60 characters. */
export const rule: LintRule = {
  id: 'catalog-structure',
  severity: 'error',
  description:
    'A catalog template has no header (Meta shows the catalog thumbnail); a multi-product template has a text header of at most 60 characters.',
  source: {
    section: SECTION_FORMATS.catalog,
    quote:
      'Catalog: a product thumbnail header image of your choice … along with a fixed text header. Multi-product: a single header component … 60 characters maximum.',
  },
  check(ctx) {
    if (ctx.format === 'CATALOG' && ctx.header)
      return [
        finding(rule, {
          message: L(
            'A catalog template cannot have a header: Meta shows the catalog thumbnail and a fixed header.',
            'Una plantilla de catálogo no puede tener encabezado: Meta muestra la miniatura y un encabezado fijo.',
            'Um modelo de catálogo não pode ter cabeçalho: a Meta mostra a miniatura e um cabeçalho fixo.',
          ),
          suggestion: L('Remove the header.', 'Quita el encabezado.', 'Remova o cabeçalho.'),
        }),
      ];
    if (ctx.format !== 'MULTI_PRODUCT') return [];
    if (ctx.header?.format !== 'TEXT')
      return [
        finding(rule, {
          message: L(
            'A multi-product template needs a text header.',
            'Una plantilla multiproducto necesita un encabezado de texto.',
            'Um modelo multiproduto precisa de um cabeçalho de texto.',
          ),
          suggestion: L(
            `Add a text header of at most ${MPM_HEADER_MAX} characters.`,
            `Añade un encabezado de texto de ${MPM_HEADER_MAX} caracteres como máximo.`,
            `Adicione um cabeçalho de texto de no máximo ${MPM_HEADER_MAX} caracteres.`,
          ),
        }),
      ];
    const n = lengthOver(ctx.headerText, MPM_HEADER_MAX);
    if (n === undefined) return [];
    return [
      finding(rule, {
        message: L(
          `The header has ${n} characters; a multi-product template allows ${MPM_HEADER_MAX}.`,
          `El encabezado tiene ${n} caracteres; una plantilla multiproducto admite ${MPM_HEADER_MAX}.`,
          `O cabeçalho tem ${n} caracteres; um modelo multiproduto admite ${MPM_HEADER_MAX}.`,
        ),
        suggestion: L('Shorten the header.', 'Acorta el encabezado.', 'Encurte o cabeçalho.'),
      }),
    ];
  },
  examples: {
    valid: [
      draft({ body: 'Browse our catalog.', buttons: [{ type: 'CATALOG', text: 'View catalog' }] }),
      draft({ header: 'Our picks', body: 'Here are our picks.', buttons: [{ type: 'MPM', text: 'View items' }] }),
    ],
    invalid: [
      draft({ header: 'Hello', body: 'Browse our catalog.', buttons: [{ type: 'CATALOG', text: 'View catalog' }] }),
      draft({ body: 'Here are our picks.', buttons: [{ type: 'MPM', text: 'View items' }] }),
      draft({ header: 'x'.repeat(61), body: 'Picks.', buttons: [{ type: 'MPM', text: 'View items' }] }),
    ],
  },
};
