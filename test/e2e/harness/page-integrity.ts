/**
 * Proof that the extension only reads Meta's page: the form's values and markup against the fixture's own HTML,
 * and a page-world recorder of untrusted (script-dispatched) events on page elements.
 */
import type { DrivenPage } from './lens';

export interface FieldSnapshot {
  /** One entry per input/textarea/select/contenteditable, in document order. */
  fields: string[];
  /** The body's markup without the panel host. */
  markup: string;
}

/** Snapshots the live page and the same HTML parsed inertly (scripts never run there, no extension sees it). */
export function snapshotFields(
  page: DrivenPage,
  fixtureHtml: string,
): Promise<{ live: FieldSnapshot; original: FieldSnapshot }> {
  return page.evaluate((html) => {
    const snap = (doc: Document) => ({
      fields: Array.from(doc.querySelectorAll('input, textarea, select, [contenteditable]')).map((el) => {
        if (el.hasAttribute('contenteditable')) return `contenteditable: ${el.innerHTML}`;
        const field = el as HTMLInputElement;
        if (field.type === 'checkbox' || field.type === 'radio') return `${field.type}: ${field.checked}`;
        return `${el.tagName.toLowerCase()}: ${field.value}`;
      }),
      markup: Array.from(doc.body.children)
        .filter((el) => el.getAttribute('data-testid') !== 'template-lens')
        .map((el) => el.outerHTML)
        .join('\n'),
    });
    return { live: snap(document), original: snap(new DOMParser().parseFromString(html, 'text/html')) };
  }, fixtureHtml);
}

/** Page-world init script: records events that a script (not the user) dispatched on the page's elements. */
export const RECORD_UNTRUSTED_EVENTS = `(() => {
  const seen = (window.__tlUntrustedEvents = []);
  const types = ['input', 'beforeinput', 'change', 'keydown', 'keyup', 'keypress', 'paste', 'cut', 'drop',
    'compositionstart', 'compositionend', 'focus', 'blur', 'focusin', 'focusout', 'click', 'mousedown', 'mouseup',
    'pointerdown', 'pointerup', 'select', 'selectionchange'];
  for (const type of types) {
    document.addEventListener(type, (event) => {
      const t = event.target;
      if (event.isTrusted || !t || t === document || t === window || t.nodeType !== 1) return;
      if (t.getAttribute('data-testid') === 'template-lens') return; // our own panel
      seen.push(type + ' on <' + t.tagName.toLowerCase() + '>');
    }, true);
  }
})();`;

export function untrustedEvents(page: DrivenPage): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __tlUntrustedEvents?: string[] }).__tlUntrustedEvents ?? [], null);
}
