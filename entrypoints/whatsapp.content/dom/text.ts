/**
 * Text helpers shared by every DOM reader. Cross-realm safe: nodes may come from a same-origin iframe, so we
 * test nodeType/tagName instead of `instanceof`. jsdom has no `innerText` (jsdom/jsdom#1245), so editable
 * text is read with one block-aware walker that tests and browsers share (DOM ref §6.4).
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose boundaries are line boundaries in an editor. */
const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'SECTION',
  'ARTICLE',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** `{{1}}` or `{{first_name}}` (Meta's positional and named parameters). */
export const TOKEN_RE = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** Unique tokens in order of first appearance. */
export function extractTokens(text: string): string[] {
  const seen: string[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[1] as string;
    if (!seen.includes(t)) seen.push(t);
  }
  return seen;
}

/** Zero-width characters editors insert as caret anchors; they are not part of the message. */
const ZERO_WIDTH = /[\u200B\uFEFF]/g;

export function cleanText(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/\u00A0/g, ' ');
}

/**
 * Normalise a UI label for dictionary lookup: NFKC, lowercase, accents removed, "Optional"/required markers
 * and trailing punctuation dropped, whitespace collapsed.
 */
export function normalizeLabel(s: string): string {
  return cleanText(s)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\(\s*(optional|opcional)\s*\)/g, ' ')
    .replace(/[·•|–—-]\s*(optional|opcional)\s*$/g, ' ')
    .replace(/^[\s+*·•]+|[\s*:·•]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface EditableReading {
  text: string;
  /** True when a non-text island (e.g. a variable chip with no text) had to be replaced by a placeholder. */
  lossy: boolean;
}

function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  const t = tagOf(el);
  return t === 'TEXTAREA' || t === 'INPUT';
}

function isBlock(n: Node | null): boolean {
  return isElement(n) && BLOCK_TAGS.has(tagOf(n));
}

/**
 * Source-formatting whitespace (a newline plus indentation between block elements) is not text the author
 * typed: editors keep typed whitespace inside inline runs, never between paragraphs.
 */
function isLayoutWhitespace(t: Text): boolean {
  if (!/^\s*\n\s*$/.test(t.data)) return false;
  const prev = t.previousSibling;
  const next = t.nextSibling;
  return !prev || !next || isBlock(prev) || isBlock(next);
}

/**
 * Text of an editable element as the author sees it: `.value` for inputs and textareas; for contenteditable
 * (plain or Lexical) a walk where `<br>` and block boundaries become newlines, empty Lexical paragraphs
 * (`<p><br></p>`) count once, zero-width characters are dropped, NBSP becomes a space, `<img alt>` (emoji
 * images) gives its alt text, and `contenteditable=false` islands (decorators, chips) give their text or label.
 */
export function readEditable(el: Element): EditableReading {
  if (isTextControl(el)) return { text: cleanText(el.value ?? ''), lossy: false };
  if (tagOf(el) === 'SELECT') {
    const sel = el as HTMLSelectElement;
    return { text: cleanText(sel.selectedOptions?.[0]?.textContent ?? ''), lossy: false };
  }
  const out: string[] = [];
  let lossy = false;
  const endsWithBreak = () => out.length === 0 || (out[out.length - 1] as string).endsWith('\n');
  const ensureBreak = () => {
    if (!endsWithBreak()) out.push('\n');
  };
  const walk = (node: Node, isRoot: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (!isLayoutWhitespace(node as Text)) out.push(data);
      return;
    }
    if (!isElement(node)) return;
    const tag = tagOf(node);
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'BR') {
      out.push('\n');
      return;
    }
    if (tag === 'IMG') {
      out.push(node.getAttribute('alt') ?? '');
      return;
    }
    if (!isRoot && (node.getAttribute('contenteditable') === 'false' || node.hasAttribute('data-lexical-decorator'))) {
      const text = (node.textContent ?? '').trim();
      const label = text || node.getAttribute('aria-label') || node.getAttribute('data-variable') || '';
      if (!label) lossy = true;
      out.push(label || '{{?}}');
      return;
    }
    const block = !isRoot && BLOCK_TAGS.has(tag);
    if (block) ensureBreak();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, false);
    if (block) ensureBreak();
  };
  walk(el, true);
  let text = cleanText(out.join(''));
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, lossy };
}

/** Block-aware text of an editable element (see readEditable). */
export function readEditableText(el: Element): string {
  try {
    return readEditable(el).text;
  } catch {
    return '';
  }
}

/** Visible-ish text of a non-editable element, block-aware, whitespace inside lines collapsed. */
export function readStaticText(el: Element): string {
  return readEditable(el)
    .text.split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}
