/** The texts of a draft that category rules read, each with the FieldRef evidence points into. */
import type { TemplateDraft } from '../template/schema';
import type { FieldText } from './types';

export function draftFields(draft: TemplateDraft): FieldText[] {
  const out: FieldText[] = [];
  const components = Array.isArray(draft?.components) ? draft.components : [];
  for (const c of components) {
    if (!c || typeof c !== 'object') continue;
    if (c.type === 'HEADER') {
      if (typeof c.text === 'string' && c.text.length > 0) out.push({ field: 'header', kind: 'header', text: c.text });
    } else if (c.type === 'BODY') {
      if (typeof c.text === 'string') out.push({ field: 'body', kind: 'body', text: c.text });
    } else if (c.type === 'FOOTER') {
      if (typeof c.text === 'string' && c.text.length > 0) out.push({ field: 'footer', kind: 'footer', text: c.text });
    } else if (c.type === 'LIMITED_TIME_OFFER') {
      const text = c.limited_time_offer?.text;
      if (typeof text === 'string' && text.length > 0) out.push({ field: 'offer', kind: 'header', text });
    } else if (c.type === 'CAROUSEL' && Array.isArray(c.cards)) {
      // Card texts are read like the template's own: a coupon on a card is as promotional as one in the body.
      c.cards.forEach((card, i) => {
        for (const part of Array.isArray(card?.components) ? card.components : []) {
          if (part?.type === 'BODY' && typeof part.text === 'string' && part.text.length > 0)
            out.push({ field: `cards.${i}.body`, kind: 'body', text: part.text });
          if (part?.type === 'BUTTONS' && Array.isArray(part.buttons))
            part.buttons.forEach((b, j) => {
              if (typeof b?.text === 'string' && b.text.length > 0)
                out.push({ field: `cards.${i}.buttons.${j}.text`, kind: 'button', text: b.text });
            });
        }
      });
    } else if (c.type === 'BUTTONS' && Array.isArray(c.buttons)) {
      c.buttons.forEach((b, i) => {
        if (!b || typeof b !== 'object') return;
        if (typeof b.text === 'string' && b.text.length > 0)
          out.push({ field: `buttons.${i}.text`, kind: 'button', text: b.text });
        const example = Array.isArray(b.example) ? b.example[0] : b.example;
        if (typeof example === 'string' && example.length > 0)
          out.push({ field: `buttons.${i}.example`, kind: 'buttonExample', text: example });
        if (typeof b.url === 'string' && b.url.length > 0)
          out.push({ field: `buttons.${i}.url`, kind: 'buttonUrl', text: b.url });
      });
    }
  }
  return out;
}

/** Text of the first BODY component ('' when there is none). */
export function bodyText(draft: TemplateDraft): string {
  const components = Array.isArray(draft?.components) ? draft.components : [];
  for (const c of components) if (c?.type === 'BODY' && typeof c.text === 'string') return c.text;
  return '';
}
