/**
 * One pass over a subtree (crossing open shadow roots and same-origin iframes, DOM ref §4.3–4.4) that lists,
 * in document order, the things the field heuristics need: form controls with their accessible names,
 * short "label-like" texts matched against the label dictionaries, character counters ("12/60"), and
 * clickable actions. No class names are read anywhere.
 */
import { DEFAULT_LABELS, type LabelIndex, type LabelKey, labelKeys, labelKeysLoose } from '../labels';
import { cleanText, isElement, tagOf } from './text';

export type ControlKind = 'text' | 'multiline' | 'combobox' | 'radio' | 'checkbox' | 'tab' | 'file';

export interface LabelItem {
  kind: 'label';
  el: Element;
  text: string;
  keys: readonly LabelKey[];
  /** Longer than a label (help text, preview text): never used as a field label. */
  long: boolean;
  index: number;
}

export interface CounterItem {
  kind: 'counter';
  el: Element;
  current: number;
  max: number;
  index: number;
}

export interface ActionItem {
  kind: 'action';
  el: Element;
  text: string;
  keys: readonly LabelKey[];
  hasPopup: boolean;
  index: number;
}

export interface ControlInfo {
  kind: ControlKind;
  el: Element;
  index: number;
  /** `type` of an <input>, lowercased ('' otherwise). */
  inputType: string;
  /** Accessible name from aria-labelledby, aria-label, <label for> or a wrapping <label>. */
  accName: string;
  accVia: string;
  placeholder: string;
  /** Nearest preceding short text within a few ancestor levels. */
  nearLabel?: LabelItem;
  /** Last section heading (Header, Body, Buttons, …) seen before this control. */
  section?: LabelKey;
  counter?: CounterItem;
}

export type ScanItem = LabelItem | CounterItem | ActionItem | ControlInfo;

export interface Scan {
  /** Open shadow roots and same-origin iframe documents the walk entered (observers must watch them too). */
  subRoots: Node[];
  items: ScanItem[];
  controls: ControlInfo[];
  labels: LabelItem[];
  counters: CounterItem[];
  actions: ActionItem[];
}

/** Labels that open a section of the form; controls after them belong to it. */
export const SECTION_KEYS: ReadonlySet<LabelKey> = new Set<LabelKey>([
  'name',
  'language',
  'category',
  'header',
  'body',
  'footer',
  'buttons',
  'bodySamples',
  'headerSamples',
  'preview',
  'codeDelivery',
]);

const COUNTER_RE = /^\s*(\d{1,5})\s*\/\s*(\d{1,5})\s*$/;
const LABEL_MAX = 60;
const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'url', 'tel', 'email', 'number']);
/** Containers whose text is not a label for anything else (their own text is their value or caption). */
const OPAQUE_ROLES = new Set(['button', 'menuitem', 'option', 'listbox', 'menu', 'toolbar', 'tooltip', 'img']);

/** Our own panel lives in a shadow root on the page; never read it. */
export function isOwnUi(el: Element): boolean {
  return el.getAttribute('data-testid') === 'template-lens' || tagOf(el) === 'TEMPLATE-LENS-PANEL';
}

function controlKind(el: Element): ControlKind | undefined {
  const tag = tagOf(el);
  const role = el.getAttribute('role');
  if (tag === 'INPUT') {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (role === 'combobox') return 'combobox';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'radio') return 'radio';
    if (type === 'file') return 'file';
    return TEXT_INPUT_TYPES.has(type) ? 'text' : undefined;
  }
  if (tag === 'TEXTAREA') return 'multiline';
  if (tag === 'SELECT') return 'combobox';
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return el.getAttribute('aria-multiline') === 'false' ? 'text' : 'multiline';
  if (role === 'combobox' || el.getAttribute('aria-haspopup') === 'listbox') return 'combobox';
  if (role === 'radio') return 'radio';
  if (role === 'checkbox' || role === 'switch') return 'checkbox';
  if (role === 'tab') return 'tab';
  return undefined;
}

function rootOf(el: Element): Document | ShadowRoot | undefined {
  const r = el.getRootNode();
  return r && 'getElementById' in r ? (r as Document | ShadowRoot) : undefined;
}

function textOf(el: Element | null | undefined): string {
  return cleanText(el?.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function accessibleName(el: Element): { name: string; via: string } {
  const root = rootOf(el);
  const ids = el.getAttribute('aria-labelledby');
  if (ids && root) {
    const name = ids
      .split(/\s+/)
      .map((id) => textOf(root.getElementById(id)))
      .filter(Boolean)
      .join(' ');
    if (name) return { name, via: 'aria-labelledby' };
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return { name: aria.trim(), via: 'aria-label' };
  const id = el.getAttribute('id');
  if (id && root) {
    for (const label of Array.from(root.querySelectorAll('label[for]'))) {
      if (label.getAttribute('for') === id) {
        const name = textOf(label);
        if (name) return { name, via: 'label-for' };
      }
    }
  }
  const wrap = el.parentElement?.closest('label');
  if (wrap) {
    const name = textOf(wrap);
    if (name) return { name, via: 'label-wrap' };
  }
  return { name: '', via: '' };
}

function ancestor(el: Element, levels: number): Element {
  let cur = el;
  for (let i = 0; i < levels && cur.parentElement; i++) cur = cur.parentElement;
  return cur;
}

/** Children to visit: an open shadow root's content (light children arrive through <slot>), an iframe's body. */
function childrenOf(node: Node, subRoots: Node[]): Node[] {
  if (isElement(node)) {
    const tag = tagOf(node);
    if (tag === 'IFRAME' || tag === 'FRAME') {
      try {
        const doc = (node as HTMLIFrameElement).contentDocument;
        if (doc?.documentElement) subRoots.push(doc.documentElement);
        return doc?.body ? [doc.body] : [];
      } catch {
        return []; // cross-origin: not ours to read
      }
    }
    if (tag === 'SLOT') {
      const assigned = (node as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      return assigned.length ? assigned : Array.from(node.childNodes);
    }
    const shadow = (node as Element).shadowRoot;
    if (shadow) {
      subRoots.push(shadow);
      return Array.from(shadow.childNodes);
    }
  }
  return Array.from(node.childNodes);
}

export function scan(root: Node, labels: LabelIndex = DEFAULT_LABELS): Scan {
  const result: Scan = { subRoots: [], items: [], controls: [], labels: [], counters: [], actions: [] };
  let index = 0;
  let section: LabelKey | undefined;

  const push = (item: ScanItem) => {
    result.items.push(item);
    switch (item.kind) {
      case 'label':
        result.labels.push(item);
        if (!item.long) {
          const s = item.keys.find((k) => SECTION_KEYS.has(k));
          if (s) section = s;
        }
        break;
      case 'counter':
        result.counters.push(item);
        break;
      case 'action':
        result.actions.push(item);
        break;
      default:
        result.controls.push(item);
    }
  };

  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const raw = cleanText((node as Text).data)
        .replace(/\s+/g, ' ')
        .trim();
      const parent = node.parentElement;
      if (!raw || !parent) return;
      const m = COUNTER_RE.exec(raw);
      if (m) {
        push({ kind: 'counter', el: parent, current: Number(m[1]), max: Number(m[2]), index: index++ });
        return;
      }
      const long = raw.length > LABEL_MAX;
      push({
        kind: 'label',
        el: parent,
        text: raw,
        keys: long ? [] : labelKeysLoose(raw, labels),
        long,
        index: index++,
      });
      return;
    }
    if (!isElement(node)) {
      for (const c of childrenOf(node, result.subRoots)) visit(c);
      return;
    }
    const el = node;
    const tag = tagOf(el);
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') return;
    if (el.hasAttribute('hidden') || isOwnUi(el)) return;
    const kind = controlKind(el);
    if (kind) {
      const acc = accessibleName(el);
      const ctl: ControlInfo = {
        kind,
        el,
        index: index++,
        inputType: tag === 'INPUT' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '',
        accName: acc.name,
        accVia: acc.via,
        placeholder: el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '',
        section,
      };
      const scope = ancestor(el, 4);
      for (let i = result.labels.length - 1; i >= 0 && i >= result.labels.length - 4; i--) {
        const l = result.labels[i] as LabelItem;
        if (!l.long && scope.contains(l.el)) {
          ctl.nearLabel = l;
          break;
        }
      }
      push(ctl);
      return; // a control's inner text is its value, not a label
    }
    const role = el.getAttribute('role');
    if (tag === 'BUTTON' || role === 'button' || role === 'menuitem') {
      const text = textOf(el) || el.getAttribute('aria-label') || '';
      push({
        kind: 'action',
        el,
        text,
        keys: labelKeysLoose(text, labels),
        hasPopup: el.hasAttribute('aria-haspopup') || el.getAttribute('aria-expanded') !== null,
        index: index++,
      });
      return;
    }
    if (role && OPAQUE_ROLES.has(role)) return;
    for (const c of childrenOf(el, result.subRoots)) visit(c);
  };
  visit(root);
  attachCounters(result);
  return result;
}

/**
 * Give each counter to the text control it counts: the closest one sharing an ancestor within three levels,
 * preferring the control just before the counter (counters sit under or beside their field).
 */
function attachCounters(s: Scan): void {
  const textual = s.controls.filter((c) => c.kind === 'text' || c.kind === 'multiline');
  for (const counter of s.counters) {
    let scope: Element = counter.el;
    for (let level = 0; level < 4; level++) {
      const parent = scope.parentElement;
      if (!parent) break;
      scope = parent;
      const inside = textual.filter((c) => !c.counter && scope.contains(c.el));
      if (!inside.length) continue;
      const before = inside.filter((c) => c.index < counter.index);
      const pick = before.length ? before[before.length - 1] : inside[0];
      if (pick) pick.counter = counter;
      break;
    }
  }
}

export { labelKeys };
