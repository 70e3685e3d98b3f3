import { draft, finding, L, type LintRule, SECTION_LIMITS } from '../rule';

export const rule: LintRule = {
  id: 'header-gif',
  severity: 'warning',
  description: 'GIF headers are only available to marketing templates sent through the Marketing Messages API.',
  source: {
    section: SECTION_LIMITS,
    quote: 'Media header: IMAGE, VIDEO, GIF (Marketing Messages API only, mp4 ≤ 3.5 MB), DOCUMENT, or LOCATION.',
  },
  check(ctx) {
    if (ctx.header?.format !== 'GIF') return [];
    const marketing = ctx.category === 'MARKETING';
    return [
      finding(rule, {
        severity: marketing ? 'info' : 'warning',
        message: marketing
          ? L(
              'GIF headers are only delivered through the Marketing Messages API (mp4, at most 3.5 MB).',
              'Los encabezados GIF solo se entregan mediante la Marketing Messages API (mp4, 3,5 MB como máximo).',
              'Cabeçalhos GIF só são entregues pela Marketing Messages API (mp4, no máximo 3,5 MB).',
            )
          : L(
              'GIF headers are only available to marketing templates sent through the Marketing Messages API.',
              'Los encabezados GIF solo están disponibles para plantillas de marketing enviadas con la Marketing Messages API.',
              'Cabeçalhos GIF só estão disponíveis para modelos de marketing enviados pela Marketing Messages API.',
            ),
        suggestion: L(
          'Use an IMAGE or VIDEO header instead.',
          'Usa un encabezado IMAGE o VIDEO en su lugar.',
          'Use um cabeçalho IMAGE ou VIDEO no lugar.',
        ),
      }),
    ];
  },
  examples: {
    valid: [
      draft({
        category: 'UTILITY',
        header: { format: 'VIDEO', example: { header_handle: ['4::v'] } },
        body: 'Your order has shipped.',
      }),
    ],
    invalid: [
      draft({
        category: 'UTILITY',
        header: { format: 'GIF', example: { header_handle: ['4::g'] } },
        body: 'Your order has shipped.',
      }),
    ],
  },
};
