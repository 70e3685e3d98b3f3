import { draft, finding, L, type LintRule, lengthOver, SECTION_FORMATS } from '../rule';

const BODY_MAX = 600;
const OFFER = { type: 'LIMITED_TIME_OFFER', limited_time_offer: { text: 'Expiring offer!' } } as const;
const URL_BUTTON = { type: 'URL', text: 'Book now', url: 'https://x.example/offers' } as const;

/**
 * The rest of Meta's limits on a limited-time offer: no footer, a header only as image or video, a body of at most
 * 600 characters, and a URL button (the copy-code button is optional: INFERRED from Meta's send rules).
 */
export const rule: LintRule = {
  id: 'offer-structure',
  severity: 'error',
  description:
    'A limited-time offer has no footer, an image or video header if any, a body of at most 600 characters and a URL button.',
  source: {
    section: SECTION_FORMATS.offer,
    quote:
      'Footer components are not supported. Header: Can be IMAGE, or VIDEO. Body: Maximum 600 characters. URL button: Required.',
  },
  check(ctx) {
    if (!ctx.offer && ctx.format !== 'LIMITED_TIME_OFFER') return [];
    const out = [];
    if (ctx.footer)
      out.push(
        finding(rule, {
          message: L(
            'A limited-time offer cannot have a footer.',
            'Una oferta por tiempo limitado no puede tener pie.',
            'Uma oferta por tempo limitado não pode ter rodapé.',
          ),
          suggestion: L('Remove the footer.', 'Quita el pie.', 'Remova o rodapé.'),
        }),
      );
    if (ctx.header && ctx.header.format !== 'IMAGE' && ctx.header.format !== 'VIDEO')
      out.push(
        finding(rule, {
          message: L(
            `A limited-time offer's header is an image or a video, not ${ctx.header.format}.`,
            `El encabezado de una oferta por tiempo limitado es una imagen o un vídeo, no ${ctx.header.format}.`,
            `O cabeçalho de uma oferta por tempo limitado é imagem ou vídeo, não ${ctx.header.format}.`,
          ),
          suggestion: L(
            'Use an image or video header, or none.',
            'Usa un encabezado de imagen o vídeo, o ninguno.',
            'Use um cabeçalho de imagem ou vídeo, ou nenhum.',
          ),
        }),
      );
    const n = lengthOver(ctx.bodyText, BODY_MAX);
    if (n !== undefined)
      out.push(
        finding(rule, {
          message: L(
            `The body has ${n} characters; a limited-time offer allows ${BODY_MAX}.`,
            `El cuerpo tiene ${n} caracteres; una oferta por tiempo limitado admite ${BODY_MAX}.`,
            `O corpo tem ${n} caracteres; uma oferta por tempo limitado admite ${BODY_MAX}.`,
          ),
          suggestion: L('Shorten the body.', 'Acorta el cuerpo.', 'Encurte o corpo.'),
        }),
      );
    if (!ctx.buttons.some((b) => b.type === 'URL'))
      out.push(
        finding(rule, {
          message: L(
            'A limited-time offer needs a URL button.',
            'Una oferta por tiempo limitado necesita un botón de URL.',
            'Uma oferta por tempo limitado precisa de um botão de URL.',
          ),
          suggestion: L(
            'Add a URL button that opens the offer (and, if you like, a copy-code button with the code).',
            'Añade un botón de URL que abra la oferta (y, si quieres, uno de copiar código).',
            'Adicione um botão de URL que abra a oferta (e, se quiser, um de copiar código).',
          ),
        }),
      );
    return out;
  },
  examples: {
    valid: [
      draft({
        header: { format: 'IMAGE' },
        body: 'Use code {{1}} for 25% off.',
        buttons: [{ type: 'COPY_CODE', example: 'CARIBE25' }, URL_BUTTON],
        extra: [OFFER],
      }),
    ],
    invalid: [
      draft({ body: 'Use code {{1}}.', footer: 'Ends tonight', buttons: [URL_BUTTON], extra: [OFFER] }),
      draft({ body: 'Use code {{1}}.', buttons: [{ type: 'COPY_CODE', example: 'X1' }], extra: [OFFER] }),
      draft({ header: { format: 'DOCUMENT' }, body: 'x'.repeat(BODY_MAX + 1), buttons: [URL_BUTTON], extra: [OFFER] }),
    ],
  },
};
