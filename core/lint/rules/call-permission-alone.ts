import { card, carousel, draft, finding, L, type LintRule, SECTION_FORMATS } from '../rule';

/** A call permission request is the template's only interactive part, with a body that is not empty. */
export const rule: LintRule = {
  id: 'call-permission-alone',
  severity: 'error',
  description:
    'A call permission request has a body and no other interactive component (buttons, carousel, limited-time offer).',
  source: {
    section: SECTION_FORMATS.callPermission,
    quote:
      'You must include body text, and it must not be empty. You can’t combine the call permission request component with other interactive components.',
  },
  check(ctx) {
    if (!ctx.components.some((c) => c.type === 'CALL_PERMISSION_REQUEST')) return [];
    const out = [];
    const others = [
      ...(ctx.buttons.length > 0 ? ['buttons'] : []),
      ...(ctx.cards.length > 0 ? ['a carousel'] : []),
      ...(ctx.offer ? ['a limited-time offer'] : []),
    ];
    if (others.length > 0)
      out.push(
        finding(rule, {
          message: L(
            `A call permission request cannot be combined with ${others.join(' or ')}.`,
            `Una solicitud de permiso de llamada no puede combinarse con otros componentes interactivos (${others.join(', ')}).`,
            `Uma solicitação de permissão de chamada não pode ser combinada com outros componentes interativos (${others.join(', ')}).`,
          ),
          suggestion: L(
            'Remove the other interactive parts, or send them in a separate template.',
            'Quita las demás partes interactivas o envíalas en otra plantilla.',
            'Remova as outras partes interativas ou envie-as em outro modelo.',
          ),
        }),
      );
    if (ctx.bodyText.trim() === '')
      out.push(
        finding(rule, {
          message: L(
            'A call permission request needs body text.',
            'Una solicitud de permiso de llamada necesita texto en el cuerpo.',
            'Uma solicitação de permissão de chamada precisa de texto no corpo.',
          ),
          suggestion: L(
            'Say why you want to call (e.g. "May we call you about your order {{1}}?").',
            'Explica por qué quieres llamar.',
            'Explique por que você quer ligar.',
          ),
        }),
      );
    return out;
  },
  examples: {
    valid: [draft({ body: 'May we call you about your order {{1}}?', extra: [{ type: 'CALL_PERMISSION_REQUEST' }] })],
    invalid: [
      draft({
        body: 'May we call you?',
        buttons: [{ type: 'QUICK_REPLY', text: 'Yes' }],
        extra: [{ type: 'CALL_PERMISSION_REQUEST' }],
      }),
      draft({ body: '  ', extra: [{ type: 'CALL_PERMISSION_REQUEST' }] }),
      draft({ body: 'May we call?', extra: [{ type: 'CALL_PERMISSION_REQUEST' }, carousel([card(), card()])] }),
    ],
  },
};
