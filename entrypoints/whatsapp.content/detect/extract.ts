/**
 * Editor recognition (signature scoring, DOM ref §6.2) and field reading (ranked heuristics, §6.3).
 * Everything works from a `scan()` of the page: roles, accessible names, label text in en/es/pt, counters
 * and document order. Never reads class names; never writes to the page.
 */
import type { Category, TemplateFormat } from '@/core/template/schema';
import { type ControlInfo, type LabelItem, type Scan, scan } from '../dom/scan';
import { extractTokens, readEditable, readStaticText } from '../dom/text';
import {
  DEFAULT_LABELS,
  type LabelIndex,
  type LabelKey,
  labelKeysLoose as labelsLoose,
  languageFromLabel,
} from '../labels';
import type { WamRoute } from '../route';
import type { DetectedAuthOptions, DetectedButton, DetectedDraft, DetectedForm, DetectedHeader, Field } from './draft';
import {
  captionKeys,
  combine,
  comboValue,
  counterSignal,
  hasKey,
  isChecked,
  keysOf,
  labelSignals,
  ownText,
  type Signal,
  textValue,
  WEIGHT,
} from './signals';

export interface DetectOptions {
  labels?: LabelIndex;
  route?: WamRoute;
  /** Category chosen on the setup step earlier in this tab (the editor may show it only as static text). */
  rememberedCategory?: Category;
  /** Category reading from an earlier whole-page pass (used when only the editor container is re-read). */
  knownCategory?: { category?: Field<Category>; subType?: Field<string> };
}

export interface EditorMatch {
  container: Element;
  form: Exclude<DetectedForm, 'element'>;
  score: number;
  signals: string[];
}

export interface SetupReading {
  category?: Field<Category>;
  subType?: Field<string>;
}

export const EDITOR_THRESHOLD = 6;
const CATEGORY_KEYS: Record<'marketing' | 'utility' | 'authentication', Category> = {
  marketing: 'MARKETING',
  utility: 'UTILITY',
  authentication: 'AUTHENTICATION',
};
const CODE_DELIVERY: Partial<Record<LabelKey, DetectedAuthOptions['codeDelivery']>> = {
  zeroTap: 'ZERO_TAP',
  oneTap: 'ONE_TAP',
  copyCode: 'COPY_CODE',
};
const HEADER_TYPES: Partial<Record<LabelKey, DetectedHeader['format']>> = {
  headerNone: 'NONE',
  headerText: 'TEXT',
  headerImage: 'IMAGE',
  headerVideo: 'VIDEO',
  headerDocument: 'DOCUMENT',
  headerLocation: 'LOCATION',
};
const BUTTON_TYPE_KEYS: Partial<Record<LabelKey, DetectedButton['type']>> = {
  quickReply: 'QUICK_REPLY',
  custom: 'QUICK_REPLY',
  marketingOptOut: 'QUICK_REPLY',
  visitWebsite: 'URL',
  callPhone: 'PHONE_NUMBER',
  copyOfferCode: 'COPY_CODE',
  completeFlow: 'FLOW',
};

function categoryOf(keys: readonly LabelKey[]): Category | undefined {
  for (const k of keys) if (k in CATEGORY_KEYS) return CATEGORY_KEYS[k as keyof typeof CATEGORY_KEYS];
  return undefined;
}

function field<T>(value: T, signals: readonly Signal[]): Field<T> {
  const { confidence, via } = combine(signals);
  return { value, confidence, via };
}

function within(s: Scan, container: Element): Scan {
  const inC = <T extends { el: Element }>(x: T) => container === x.el || container.contains(x.el);
  return {
    subRoots: s.subRoots.filter((r) => container.contains(r) || container.contains((r as ShadowRoot).host ?? null)),
    items: s.items.filter(inC),
    controls: s.controls.filter(inC),
    labels: s.labels.filter(inC),
    counters: s.counters.filter(inC),
    actions: s.actions.filter(inC),
  };
}

function isCodeDeliveryRadio(c: ControlInfo, labels: LabelIndex): boolean {
  return c.kind === 'radio' && captionKeys(c, labels).some((k) => k in CODE_DELIVERY);
}

function isBodyCandidate(c: ControlInfo, labels: LabelIndex): boolean {
  if (c.kind === 'multiline') return c.counter?.max === 1024 || hasKey(c, 'body', labels) || c.section === 'body';
  return c.kind === 'text' && c.counter?.max === 1024;
}

/** Score one container for the editor signature (§6.2). */
export function scoreContainer(
  s: Scan,
  labels: LabelIndex = DEFAULT_LABELS,
  route?: WamRoute,
  isDialog = false,
): { score: number; signals: string[]; form?: EditorMatch['form'] } {
  let score = 0;
  const signals: string[] = [];
  const add = (n: number, name: string) => {
    score += n;
    signals.push(name);
  };
  let form: EditorMatch['form'] | undefined;
  const body = s.controls.find((c) => isBodyCandidate(c, labels));
  if (body) {
    add(4, 'body-editor');
    form = 'editor';
  } else if (s.controls.filter((c) => isCodeDeliveryRadio(c, labels)).length >= 2) {
    add(4, 'code-delivery');
    form = 'auth';
    if (s.controls.some((c) => c.kind === 'checkbox' && captionKeys(c, labels).includes('autofillIos')))
      add(1, 'autofill-ios');
  }
  const sixty = s.counters.filter((c) => c.max === 60).length;
  if (sixty) add(Math.min(2, sixty), 'counter-60');
  const hasButtonsLabel = s.labels.some((l) => l.keys.includes('buttons'));
  const addAction = s.actions.some((a) => a.hasPopup || a.keys.includes('addButtons') || a.text.startsWith('+'));
  if (hasButtonsLabel && addAction) add(2, 'buttons-section');
  if (s.actions.some((a) => a.keys.includes('submit'))) add(1, 'submit');
  const bodyText = body ? readEditable(body.el).text : '';
  const snippet = bodyText.split(/\{\{[^}]*\}\}/)[0]?.trim() ?? '';
  if (snippet.length >= 6 && s.labels.some((l) => l.text.includes(snippet.slice(0, 24)))) add(2, 'preview-text');
  else if (s.labels.some((l) => l.keys.includes('preview'))) add(1, 'preview-label');
  if (route && route.kind !== 'other') add(1, 'route');
  // Name and language belong to the same form: a container that also holds them is the better editor root.
  if (form && s.controls.some((c) => c.kind === 'text' && (c.counter?.max === 512 || hasKey(c, 'name', labels))))
    add(1, 'name-field');
  if (
    form &&
    s.controls.some(
      (c) => c.kind === 'combobox' && (hasKey(c, 'language', labels) || !!languageFromLabel(comboValue(c), labels)),
    )
  )
    add(1, 'language-field');
  if (!form && isDialog) {
    const name = s.controls.some((c) => c.kind === 'text' && (hasKey(c, 'name', labels) || c.counter?.max === 512));
    const lang = s.controls.some(
      (c) => c.kind === 'combobox' && (hasKey(c, 'language', labels) || !!languageFromLabel(comboValue(c), labels)),
    );
    if (name && lang) {
      add(4, 'dialog-name-language');
      form = 'library-dialog';
      if (
        s.controls.some(
          (c) => c.counter?.max === 25 || hasKey(c, 'buttonText', labels) || hasKey(c, 'websiteUrl', labels),
        )
      )
        add(1, 'dialog-button-fields');
    }
  }
  return { score, signals, form };
}

/** Find the best editor-like container on the page, if any scores at least EDITOR_THRESHOLD. */
export function findEditor(
  root: Node,
  opts: DetectOptions = {},
  full: Scan = scan(root, opts.labels),
): EditorMatch | null {
  const labels = opts.labels ?? DEFAULT_LABELS;
  const seeds: Element[] = [];
  for (const c of full.controls) {
    if (isBodyCandidate(c, labels) || c.kind === 'multiline' || isCodeDeliveryRadio(c, labels)) seeds.push(c.el);
  }
  const candidates = new Set<Element>();
  for (const seed of seeds) {
    let cur: Element | null = seed.parentElement;
    for (let i = 0; cur && i < 12; i++, cur = cur.parentElement) candidates.add(cur);
  }
  const dialogs = new Set<Element>();
  for (const c of full.controls) {
    const d = c.el.closest('[role="dialog"],dialog');
    if (d) dialogs.add(d);
  }
  for (const d of dialogs) candidates.add(d);
  let best: EditorMatch | null = null;
  for (const cand of candidates) {
    const sub = within(full, cand);
    const r = scoreContainer(sub, labels, opts.route, dialogs.has(cand));
    if (!r.form || r.score < EDITOR_THRESHOLD) continue;
    // Prefer the higher score; on a tie the smaller container (it contains the other).
    if (!best || r.score > best.score || (r.score === best.score && best.container.contains(cand))) {
      best = { container: cand, form: r.form, score: r.score, signals: r.signals };
    }
  }
  return best;
}

/** Category step (create flow step 1): selected category tab/radio/card and sub-type radio (§6.3). */
export function readSetupStep(s: Scan, labels: LabelIndex = DEFAULT_LABELS): SetupReading | null {
  const choices = s.controls.filter(
    (c) => (c.kind === 'tab' || c.kind === 'radio') && categoryOf(captionKeys(c, labels)),
  );
  const distinct = new Set(choices.map((c) => categoryOf(captionKeys(c, labels))));
  if (distinct.size < 2) return null;
  const out: SetupReading = {};
  const picked = choices.find(isChecked);
  if (picked) {
    const cat = categoryOf(captionKeys(picked, labels)) as Category;
    out.category = field(cat, [[WEIGHT.accessibleName, picked.kind === 'tab' ? 'selected-tab' : 'checked-radio']]);
  }
  const sub = s.controls.find(
    (c) => c.kind === 'radio' && !choices.includes(c) && !isCodeDeliveryRadio(c, labels) && isChecked(c),
  );
  if (sub)
    out.subType = field(
      ownText(sub)
        .split(/\s[·•–—-]\s|\n/)[0]
        ?.trim() ?? '',
      [[WEIGHT.labelText, 'checked-radio']],
    );
  return out;
}

function best<T>(cands: readonly { value: T; signals: Signal[]; ctl?: ControlInfo }[]) {
  let top: { value: T; signals: Signal[]; ctl?: ControlInfo; conf: number } | undefined;
  for (const c of cands) {
    const conf = combine(c.signals).confidence;
    if (conf > 0 && (!top || conf > top.conf)) top = { ...c, conf };
  }
  return top;
}

function tokenOfLabel(c: ControlInfo): string | undefined {
  return extractTokens(`${c.accName} ${c.placeholder} ${c.nearLabel?.text ?? ''}`)[0];
}

/** The element showing a static value right after a label (library templates show a fixed body). */
function staticTextAfter(label: LabelItem): string {
  let cur: Element | null = label.el;
  for (let level = 0; cur && level < 3; level++, cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) return readStaticText(next);
  }
  return '';
}

function isUrlish(c: ControlInfo, labels: LabelIndex): boolean {
  return (
    c.inputType === 'url' ||
    c.counter?.max === 2000 ||
    hasKey(c, 'websiteUrl', labels) ||
    /https?:\/\//i.test(c.placeholder)
  );
}
function isPhoneish(c: ControlInfo, labels: LabelIndex): boolean {
  return c.inputType === 'tel' || c.counter?.max === 20 || hasKey(c, 'phoneNumber', labels);
}
function isOfferCode(c: ControlInfo, labels: LabelIndex): boolean {
  return hasKey(c, 'offerCode', labels) || c.counter?.max === 15 || (c.counter?.max === 20 && !isPhoneish(c, labels));
}

/** Split the buttons section into one group per button: each group holds exactly one anchor field. */
function buttonGroups(ctls: ControlInfo[], labels: LabelIndex): ControlInfo[][] {
  const anchors = ctls.filter(
    (c) =>
      c.kind === 'text' &&
      !isUrlish(c, labels) &&
      !isPhoneish(c, labels) &&
      (c.counter?.max === 25 || hasKey(c, 'buttonText', labels) || isOfferCode(c, labels)),
  );
  // Drop an offer-code anchor that shares its group with a button-text anchor (only one anchor per group).
  const groupEl = new Map<ControlInfo, Element>();
  for (const a of anchors) {
    let g: Element = a.el;
    while (g.parentElement) {
      const parent: Element = g.parentElement;
      if (anchors.some((o) => o !== a && parent.contains(o.el))) break;
      g = parent;
    }
    groupEl.set(a, g);
  }
  const groups: ControlInfo[][] = anchors.map(() => []);
  for (const c of ctls) {
    let gi = anchors.findIndex((a) => (groupEl.get(a) as Element).contains(c.el));
    if (gi < 0) {
      // Flat markup: a stray field belongs to the button whose anchor precedes it.
      gi = anchors.reduce((acc, a, i) => (a.index < c.index ? i : acc), -1);
      if (gi < 0) continue;
    }
    (groups[gi] as ControlInfo[]).push(c);
  }
  return groups.filter((g) => g.length);
}

function readButtonGroup(group: ControlInfo[], allLabels: LabelItem[], labels: LabelIndex): DetectedButton {
  const first = group[0] as ControlInfo;
  const last = group[group.length - 1] as ControlInfo;
  const groupLabels = allLabels.filter((l) => !l.long && l.index >= first.index - 3 && l.index <= last.index);
  let type: DetectedButton['type'] | undefined;
  for (const c of group) {
    if (c.kind !== 'combobox') continue;
    const v = labelsLoose(comboValue(c), labels);
    for (const k of v) if (BUTTON_TYPE_KEYS[k]) type = BUTTON_TYPE_KEYS[k];
  }
  const url = group.find((c) => c.kind === 'text' && isUrlish(c, labels));
  const phone = group.find((c) => c.kind === 'text' && isPhoneish(c, labels));
  const code = group.find((c) => c.kind === 'text' && isOfferCode(c, labels));
  if (!type) type = url ? 'URL' : phone ? 'PHONE_NUMBER' : code ? 'COPY_CODE' : undefined;
  if (!type)
    for (const l of groupLabels) for (const k of l.keys) if (BUTTON_TYPE_KEYS[k] && !type) type = BUTTON_TYPE_KEYS[k];
  const btn: DetectedButton = { type: type ?? 'QUICK_REPLY' };
  const textCtl = group.find(
    (c) =>
      c.kind === 'text' &&
      c !== url &&
      c !== phone &&
      c !== code &&
      (c.counter?.max === 25 || hasKey(c, 'buttonText', labels)),
  );
  if (textCtl) btn.text = textValue(textCtl);
  if (btn.type === 'URL' && url) {
    btn.url = textValue(url);
    const urlTypeCtl = group.find(
      (c) =>
        c.kind === 'combobox' &&
        labelsLoose(comboValue(c), labels).some((k) => k === 'urlDynamic' || k === 'urlStatic'),
    );
    const keys = urlTypeCtl ? labelsLoose(comboValue(urlTypeCtl), labels) : [];
    btn.urlType = keys.includes('urlDynamic')
      ? 'DYNAMIC'
      : keys.includes('urlStatic')
        ? 'STATIC'
        : extractTokens(btn.url).length
          ? 'DYNAMIC'
          : 'STATIC';
    const sample = group.find(
      (c) => c.kind === 'text' && c !== url && c !== textCtl && (isUrlish(c, labels) || tokenOfLabel(c)),
    );
    if (sample) btn.sample = textValue(sample);
  }
  if (btn.type === 'PHONE_NUMBER' && phone) {
    const number = textValue(phone).trim();
    const cc = group
      .map((c) => (c.kind === 'combobox' ? /\+\s?(\d{1,4})/.exec(comboValue(c))?.[1] : undefined))
      .find(Boolean);
    btn.phone = cc && !number.startsWith('+') ? `+${cc}${number.replace(/\D/g, '')}` : number;
  }
  if (btn.type === 'COPY_CODE' && code) btn.code = textValue(code);
  return btn;
}

function readAuth(s: Scan, labels: LabelIndex): Field<DetectedAuthOptions> | undefined {
  const radios = s.controls.filter((c) => isCodeDeliveryRadio(c, labels));
  if (!radios.length) return undefined;
  const out: DetectedAuthOptions = {};
  const signals: Signal[] = [[WEIGHT.labelText, 'code-delivery-radios']];
  const picked = radios.find(isChecked);
  if (picked) {
    for (const k of captionKeys(picked, labels)) if (CODE_DELIVERY[k]) out.codeDelivery = CODE_DELIVERY[k];
    signals.push([WEIGHT.accessibleName, 'checked-radio']);
  }
  let expiryOn: boolean | undefined;
  for (const c of s.controls) {
    if (c.kind !== 'checkbox') continue;
    const keys = captionKeys(c, labels);
    if (keys.includes('securityRecommendation')) out.addSecurityRecommendation = isChecked(c);
    if (keys.includes('expiry')) expiryOn = isChecked(c);
    if (keys.includes('autofillIos')) out.allowAutofillIos = isChecked(c);
  }
  for (const c of s.controls) {
    if (c.kind === 'text') {
      const k = keysOf(c, labels);
      const all = [...k.acc, ...k.placeholder, ...k.near];
      if (all.includes('packageName')) out.packageName = textValue(c);
      else if (all.includes('signatureHash')) out.signatureHash = textValue(c);
      else if (all.includes('buttonText') || all.includes('copyCode')) out.buttonText = textValue(c);
      else if ((all.includes('expiryMinutes') || all.includes('expiry')) && expiryOn !== false) {
        const n = Number.parseInt(textValue(c), 10);
        if (Number.isFinite(n)) out.codeExpirationMinutes = n;
      }
    } else if (c.kind === 'combobox' && hasKey(c, 'validityPeriod', labels)) {
      out.validityPeriod = comboValue(c);
    }
  }
  return field(out, signals);
}

function readCategory(
  full: Scan,
  container: Element,
  form: DetectedForm,
  labels: LabelIndex,
  remembered?: Category,
): { category?: Field<Category>; subType?: Field<string> } {
  const setup = readSetupStep(full, labels);
  if (setup?.category) return setup;
  const signals = new Map<Category, Signal[]>();
  const addSig = (c: Category, s: Signal) => signals.set(c, [...(signals.get(c) ?? []), s]);
  let subType: Field<string> | undefined;
  for (const c of full.controls) {
    if (c.kind === 'combobox' && hasKey(c, 'category', labels)) {
      const cat = categoryOf(labelsLoose(comboValue(c), labels));
      if (cat) addSig(cat, [WEIGHT.accessibleName, 'category-combobox']);
    }
  }
  const firstControl = full.controls.find((c) => container.contains(c.el));
  for (let i = full.labels.length - 1; i >= 0; i--) {
    const l = full.labels[i] as LabelItem;
    if (l.long || (firstControl && l.index > firstControl.index)) continue;
    const cat = categoryOf(l.keys);
    if (!cat) continue;
    addSig(cat, [WEIGHT.labelText, 'category-text']);
    const rest = l.text
      .split(/\s[·•|–—-]\s/)
      .slice(1)
      .join(' ')
      .trim();
    if (rest) subType = field(rest, [[WEIGHT.labelText, 'category-text']]);
    break;
  }
  if (form === 'auth') addSig('AUTHENTICATION', [0.8, 'auth-form']);
  if (remembered) addSig(remembered, [WEIGHT.labelText, 'setup-step-memory']);
  const top = best([...signals].map(([value, sig]) => ({ value, signals: sig })));
  return { category: top ? field(top.value, top.signals) : undefined, subType };
}

/** Read every field of a recognised editor container (§6.3). */
export function extractDraft(match: EditorMatch, full: Scan, opts: DetectOptions = {}): DetectedDraft {
  const labels = opts.labels ?? DEFAULT_LABELS;
  const s = within(full, match.container);
  const draft: DetectedDraft = {
    source: 'dom',
    form: match.form,
    signature: { score: match.score, signals: match.signals },
  };
  if (opts.route) draft.route = opts.route;
  const texts = s.controls.filter((c) => c.kind === 'text' || c.kind === 'multiline');
  const used = new Set<ControlInfo>();

  // Body
  let bodyIndex = Number.POSITIVE_INFINITY;
  if (match.form === 'editor') {
    const cands = texts
      .filter((c) => c.kind === 'multiline' || c.counter?.max === 1024)
      .map((c) => ({ value: c, ctl: c, signals: [...labelSignals(c, 'body', labels), ...counterSignal(c, [1024])] }));
    let top = best(cands);
    if (!top) {
      const multis = texts.filter((c) => c.kind === 'multiline');
      const largest = multis.sort((a, b) => textValue(b).length - textValue(a).length)[0];
      if (largest)
        top = {
          value: largest,
          ctl: largest,
          signals: [multis.length === 1 ? [WEIGHT.structure, 'only-multiline'] : [0.3, 'largest-multiline']],
          conf: 0.4, // unused after selection; keeps the candidate shape
        };
    }
    if (top?.ctl) {
      const reading = readEditable(top.ctl.el);
      const f = field({ text: reading.text, samples: {} as Record<string, string> }, top.signals);
      if (reading.lossy) f.confidence = Math.round(f.confidence * 800) / 1000;
      draft.body = f;
      bodyIndex = top.ctl.index;
      used.add(top.ctl);
    }
  } else if (match.form === 'library-dialog') {
    const bodyLabel = s.labels.find((l) => !l.long && l.keys.includes('body'));
    if (bodyLabel) {
      const text = staticTextAfter(bodyLabel);
      if (text) draft.body = field({ text, samples: {} }, [[WEIGHT.labelText, 'static-text-after-label']]);
      bodyIndex = bodyLabel.index;
    }
  }
  if (!Number.isFinite(bodyIndex)) {
    const bodyLabel = s.labels.find((l) => !l.long && l.keys.includes('body'));
    if (bodyLabel) bodyIndex = bodyLabel.index;
  }

  // Name
  {
    const cands = texts
      .filter((c) => c.kind === 'text' && !used.has(c))
      .map((c) => {
        const sig = [...labelSignals(c, 'name', labels), ...counterSignal(c, [512])];
        if (sig.length && /^[a-z0-9_]+$/.test(textValue(c))) sig.push([WEIGHT.shape, 'value-shape']);
        return { value: c, ctl: c, signals: sig };
      });
    let top = best(cands);
    if (!top) {
      const first = texts.find((c) => c.kind === 'text' && !c.section && c.index < bodyIndex);
      if (first) top = { value: first, ctl: first, signals: [[WEIGHT.structure, 'first-input']], conf: 0.4 };
    }
    if (top?.ctl) {
      draft.name = field(textValue(top.ctl), top.signals);
      used.add(top.ctl);
    }
  }

  // Language
  {
    const cands = s.controls
      .filter((c) => c.kind === 'combobox')
      .map((c) => {
        const sig = labelSignals(c, 'language', labels);
        const known = languageFromLabel(comboValue(c), labels);
        if (known) sig.push([WEIGHT.labelText, 'language-name']);
        return { value: c, ctl: c, signals: sig };
      });
    const top = best(cands);
    if (top?.ctl) {
      const label = comboValue(top.ctl);
      const known = languageFromLabel(label, labels);
      draft.language = field(known ? { label, code: known.code } : { label }, top.signals);
    } else {
      // No combobox semantics: a known language name shown as text, ideally right after a "Language" label.
      const i = s.labels.findIndex((l) => !l.long && !!languageFromLabel(l.text, labels));
      const shown = s.labels[i];
      const known = shown && languageFromLabel(shown.text, labels);
      if (shown && known) {
        const sig: Signal[] = [[WEIGHT.structure, 'text-search']];
        if (s.labels[i - 1]?.keys.includes('language')) sig.push([WEIGHT.labelText, 'label-text']);
        draft.language = field({ label: shown.text, code: known.code }, sig);
      }
    }
  }

  // Header
  if (match.form !== 'auth') {
    const before = s.controls.filter((c) => c.index < bodyIndex && !used.has(c));
    let format: DetectedHeader['format'] | undefined;
    const sig: Signal[] = [];
    for (const c of before) {
      if (c.kind === 'combobox' && (c.section === 'header' || hasKey(c, 'header', labels))) {
        for (const k of labelsLoose(comboValue(c), labels)) if (HEADER_TYPES[k] && !format) format = HEADER_TYPES[k];
        if (format) sig.push(...labelSignals(c, 'header', labels));
      }
      if (c.kind === 'radio' && c.section === 'header' && isChecked(c)) {
        for (const k of captionKeys(c, labels)) if (HEADER_TYPES[k] && !format) format = HEADER_TYPES[k];
        if (format) sig.push([WEIGHT.labelText, 'checked-radio']);
      }
    }
    const textCands = before
      .filter((c) => c.kind === 'text' && !tokenOfLabelOnly(c))
      .map((c) => ({ value: c, ctl: c, signals: [...labelSignals(c, 'header', labels), ...counterSignal(c, [60])] }));
    const top = best(textCands);
    const header: DetectedHeader = { format: format ?? (top ? 'TEXT' : 'NONE') };
    if (top?.ctl && header.format === 'TEXT') {
      header.text = textValue(top.ctl);
      used.add(top.ctl);
      sig.push(...top.signals);
      const token = extractTokens(header.text)[0];
      const sampleCtl = s.controls.find(
        (c) =>
          c.kind === 'text' &&
          !used.has(c) &&
          (c.section === 'headerSamples' || (c.index < bodyIndex && tokenOfLabel(c) === token)) &&
          tokenOfLabel(c),
      );
      if (token && sampleCtl) {
        header.sample = textValue(sampleCtl);
        used.add(sampleCtl);
      }
    }
    if (!format && !top) {
      const file = before.find((c) => c.kind === 'file' && c.section === 'header');
      if (file) {
        const accept = file.el.getAttribute('accept') ?? '';
        header.format = accept.includes('video') ? 'VIDEO' : accept.includes('pdf') ? 'DOCUMENT' : 'IMAGE';
        sig.push([WEIGHT.section, 'file-input']);
      }
    }
    if (sig.length) draft.header = field(header, sig);
  }

  // Footer
  if (match.form !== 'auth') {
    const cands = texts
      .filter(
        (c) =>
          c.kind === 'text' && !used.has(c) && c.index > bodyIndex && c.section !== 'buttons' && !tokenOfLabelOnly(c),
      )
      .map((c) => ({ value: c, ctl: c, signals: [...labelSignals(c, 'footer', labels), ...counterSignal(c, [60])] }));
    const top = best(cands);
    if (top?.ctl) {
      draft.footer = field(textValue(top.ctl), top.signals);
      used.add(top.ctl);
    }
  }

  // Buttons
  if (match.form !== 'auth') {
    const inButtons = s.controls.filter((c) => c.section === 'buttons' && !used.has(c) && c.index > bodyIndex);
    const groups = buttonGroups(inButtons, labels);
    if (groups.length) {
      for (const g of groups) for (const c of g) used.add(c);
      draft.buttons = field(
        groups.map((g) => readButtonGroup(g, s.labels, labels)),
        [[WEIGHT.section, 'buttons-section'], ...(groups.length ? [[WEIGHT.counter, 'button-fields'] as Signal] : [])],
      );
    }
  }

  // Variable samples (body)
  if (draft.body) {
    const tokens = extractTokens(draft.body.value.text);
    const samples: Record<string, string> = {};
    const free = s.controls.filter((c) => c.kind === 'text' && !used.has(c) && c.index > bodyIndex);
    for (const c of free) {
      const token = tokenOfLabel(c);
      if (token && tokens.includes(token) && !(token in samples)) samples[token] = textValue(c);
    }
    // Unlabelled sample rows: map by order when their count equals the number of tokens (§6.3 fallback).
    if (!Object.keys(samples).length) {
      const rows = free.filter((c) => c.section === 'bodySamples');
      if (rows.length === tokens.length)
        tokens.forEach((t, i) => {
          samples[t] = textValue(rows[i] as ControlInfo);
        });
    }
    draft.body.value.samples = samples;
  }

  // Parameter format
  {
    const typeCtl = s.controls.find((c) => c.kind === 'combobox' && hasKey(c, 'variableType', labels));
    const keys = typeCtl ? labelsLoose(comboValue(typeCtl), labels) : [];
    const allText = `${draft.header?.value.text ?? ''} ${draft.body?.value.text ?? ''}`;
    const tokens = extractTokens(allText);
    if (keys.includes('variableName'))
      draft.parameterFormat = field('NAMED', [[WEIGHT.accessibleName, 'variable-type']]);
    else if (keys.includes('variableNumber'))
      draft.parameterFormat = field('POSITIONAL', [[WEIGHT.accessibleName, 'variable-type']]);
    else if (tokens.length)
      draft.parameterFormat = field(tokens.some((t) => !/^\d+$/.test(t)) ? 'NAMED' : 'POSITIONAL', [
        [WEIGHT.labelText, 'tokens'],
      ]);
  }

  if (match.form === 'auth') draft.auth = readAuth(s, labels);

  const cat = opts.knownCategory ?? readCategory(full, match.container, match.form, labels, opts.rememberedCategory);
  if (cat.category) draft.category = cat.category;
  if (cat.subType) {
    draft.subType = cat.subType;
    const format = formatOfSubType(cat.subType.value, labels);
    if (format) draft.format = field(format, [[cat.subType.confidence, `${cat.subType.via}+type-label`]]);
  }
  return draft;
}

/** Sub-type labels that name a template type deciding the category by itself (carousel, limited-time offer…). */
const FORMAT_KEYS: Partial<Record<LabelKey, TemplateFormat>> = {
  formatCarousel: 'CAROUSEL',
  formatProductCarousel: 'PRODUCT_CAROUSEL',
  formatLimitedTimeOffer: 'LIMITED_TIME_OFFER',
  formatCallPermission: 'CALL_PERMISSION_REQUEST',
  formatCatalog: 'CATALOG',
  formatMultiProduct: 'MULTI_PRODUCT',
};

/** The template type a sub-type label names, if it is one of the types Meta added (labels: ../labels). */
export function formatOfSubType(text: string, labels: LabelIndex = DEFAULT_LABELS): TemplateFormat | undefined {
  const keys = labelsLoose(text, labels);
  // The longer name wins: "Product card carousel" also contains "carousel".
  if (keys.includes('formatProductCarousel')) return 'PRODUCT_CAROUSEL';
  for (const k of keys) {
    const format = FORMAT_KEYS[k];
    if (format) return format;
  }
  return undefined;
}

/** A sample row: its only label is a variable token ("{{1}}", "Enter content for {{1}}"). */
function tokenOfLabelOnly(c: ControlInfo): boolean {
  return !!tokenOfLabel(c) && !keysOf(c).acc.length;
}

export type PageReading =
  | { state: 'editor'; match: EditorMatch; draft: DetectedDraft }
  | { state: 'setup'; setup: SetupReading }
  | { state: 'none' };

/** One-shot: what is on the page right now. Never throws. */
export function readPage(root: Node, opts: DetectOptions = {}): PageReading {
  try {
    const full = scan(root, opts.labels);
    const match = findEditor(root, opts, full);
    if (match) return { state: 'editor', match, draft: extractDraft(match, full, opts) };
    const setup = readSetupStep(full, opts.labels);
    if (setup) return { state: 'setup', setup };
  } catch {
    // A page we do not understand is "no editor", never an exception in Meta's page.
  }
  return { state: 'none' };
}
