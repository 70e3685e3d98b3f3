/**
 * Small shared pieces of the field heuristics: confidence combination, reading a control's value, and the
 * per-control label keys (accessible name, placeholder, nearby label text, section).
 */

import type { ControlInfo } from '../dom/scan';
import { cleanText, readEditableText, tagOf } from '../dom/text';
import { DEFAULT_LABELS, type LabelIndex, type LabelKey, labelKeysLoose } from '../labels';

/** Confidence of one kind of evidence (DOM ref §6.5). */
export const WEIGHT = {
  accessibleName: 0.9,
  counter: 0.8,
  placeholder: 0.7,
  labelText: 0.6,
  section: 0.5,
  structure: 0.4,
  shape: 0.2,
} as const;

export type Signal = readonly [confidence: number, via: string];

/** Agreeing signals combine as 1 − Π(1 − c); the result keeps the names of the signals that fired. */
export function combine(signals: readonly Signal[]): { confidence: number; via: string } {
  let miss = 1;
  const via: string[] = [];
  for (const [c, name] of signals) {
    if (c <= 0) continue;
    miss *= 1 - c;
    if (!via.includes(name)) via.push(name);
  }
  return { confidence: Math.round((1 - miss) * 1000) / 1000, via: via.join('+') };
}

export function textValue(c: ControlInfo): string {
  return readEditableText(c.el);
}

/** Displayed value of a combobox: the selected <option>, an input's value, or the element's own text. */
export function comboValue(c: ControlInfo): string {
  const el = c.el;
  const tag = tagOf(el);
  if (tag === 'SELECT' || tag === 'INPUT') return readEditableText(el).trim();
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) text += (n as Text).data;
    else if (n.nodeType === 1) {
      const role = (n as Element).getAttribute('role');
      if (role === 'listbox' || role === 'menu') return; // an inline popup's options are not the value
      for (let k = n.firstChild; k; k = k.nextSibling) walk(k);
    }
  };
  walk(el);
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

export function isChecked(c: ControlInfo): boolean {
  const el = c.el;
  if (tagOf(el) === 'INPUT') return !!(el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true';
}

/** The caption of a radio, checkbox, switch or tab. */
export function ownText(c: ControlInfo): string {
  if (c.accName) return c.accName;
  if (tagOf(c.el) !== 'INPUT') {
    const t = cleanText(c.el.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (t) return t;
  }
  const next = c.el.nextElementSibling?.textContent?.trim();
  if (next) return next;
  return c.nearLabel?.text ?? '';
}

export interface ControlKeys {
  acc: readonly LabelKey[];
  placeholder: readonly LabelKey[];
  near: readonly LabelKey[];
}

const keyCache = new WeakMap<ControlInfo, ControlKeys>();

export function keysOf(c: ControlInfo, labels: LabelIndex = DEFAULT_LABELS): ControlKeys {
  let k = keyCache.get(c);
  if (!k) {
    k = {
      acc: c.accName ? labelKeysLoose(c.accName, labels) : [],
      placeholder: c.placeholder ? labelKeysLoose(c.placeholder, labels) : [],
      near: c.nearLabel?.keys ?? [],
    };
    keyCache.set(c, k);
  }
  return k;
}

/** Evidence that control `c` is the field labelled `key`. */
export function labelSignals(c: ControlInfo, key: LabelKey, labels: LabelIndex = DEFAULT_LABELS): Signal[] {
  const k = keysOf(c, labels);
  const out: Signal[] = [];
  if (k.acc.includes(key)) out.push([WEIGHT.accessibleName, c.accVia]);
  if (k.placeholder.includes(key)) out.push([WEIGHT.placeholder, 'placeholder']);
  if (k.near.includes(key)) out.push([WEIGHT.labelText, 'label-text']);
  if (c.section === key) out.push([WEIGHT.section, 'section']);
  return out;
}

export function counterSignal(c: ControlInfo, maxes: readonly number[]): Signal[] {
  return c.counter && maxes.includes(c.counter.max) ? [[WEIGHT.counter, `counter-${c.counter.max}`]] : [];
}

export function hasKey(c: ControlInfo, key: LabelKey, labels: LabelIndex = DEFAULT_LABELS): boolean {
  const k = keysOf(c, labels);
  return k.acc.includes(key) || k.placeholder.includes(key) || k.near.includes(key);
}

/** Caption keys for radios/checkboxes/tabs. */
export function captionKeys(c: ControlInfo, labels: LabelIndex = DEFAULT_LABELS): readonly LabelKey[] {
  return labelKeysLoose(ownText(c), labels);
}
