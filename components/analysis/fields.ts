/**
 * Pure helpers for showing evidence: the text a FieldRef points at, and that text cut into plain and marked
 * segments. Segments are rendered as React text nodes and <mark> elements, never as HTML.
 */
import type { FieldRef, TemplateDraft } from '@/core/template/schema';

/** The current text of one field of the draft, or '' when the draft has no such field. */
export function fieldText(draft: TemplateDraft | null | undefined, field: FieldRef): string {
  const components = Array.isArray(draft?.components) ? draft.components : [];
  if (field === 'name') return typeof draft?.name === 'string' ? draft.name : '';
  for (const component of components) {
    if (!component || typeof component !== 'object') continue;
    if (field === 'offer' && component.type === 'LIMITED_TIME_OFFER') return component.limited_time_offer?.text ?? '';
    if (field.startsWith('cards.') && component.type === 'CAROUSEL') {
      const [, cardText, part, buttonText] = field.split('.');
      const card = component.cards[Number(cardText)];
      for (const c of card?.components ?? []) {
        if (part === 'body' && c.type === 'BODY') return c.text ?? '';
        if (part === 'buttons' && c.type === 'BUTTONS') return c.buttons[Number(buttonText)]?.text ?? '';
      }
      return '';
    }
    if (field === 'header' && component.type === 'HEADER') return component.text ?? '';
    if (field === 'body' && component.type === 'BODY') return component.text ?? '';
    if (field === 'footer' && component.type === 'FOOTER') return component.text ?? '';
    if (field.startsWith('buttons.') && component.type === 'BUTTONS') {
      const [, indexText, part] = field.split('.');
      const button = component.buttons[Number(indexText)];
      if (!button) return '';
      if (part === 'text') return button.text ?? '';
      if (part === 'url') return button.url ?? '';
      if (part === 'example') {
        const example = Array.isArray(button.example) ? button.example[0] : button.example;
        return example ?? '';
      }
    }
  }
  return '';
}

export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked segments. Ranges are clamped to the text, empty ones ignored, and
 * overlapping or touching ranges merged, so a phrase hit by two rules is marked once.
 */
export function segmentText(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const clean = ranges
    .map(({ start, end }) => ({
      start: Math.max(0, Math.min(text.length, Math.trunc(start))),
      end: Math.max(0, Math.min(text.length, Math.trunc(end))),
    }))
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of clean) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** Field names for headings: "Body", "Button 2 text"… (1-based button numbers, as the editor shows them). */
export function fieldKey(field: FieldRef): {
  key:
    | 'name'
    | 'header'
    | 'body'
    | 'footer'
    | 'offer'
    | 'cardBody'
    | 'cardButton'
    | 'buttonText'
    | 'buttonUrl'
    | 'buttonExample';
  n?: number;
} {
  if (field === 'name' || field === 'header' || field === 'body' || field === 'footer' || field === 'offer')
    return { key: field };
  if (field.startsWith('cards.')) {
    const [, cardText, part] = field.split('.');
    return { key: part === 'body' ? 'cardBody' : 'cardButton', n: Number(cardText) + 1 };
  }
  const [, indexText, part] = field.split('.');
  const n = Number(indexText) + 1;
  if (part === 'url') return { key: 'buttonUrl', n };
  if (part === 'example') return { key: 'buttonExample', n };
  return { key: 'buttonText', n };
}
