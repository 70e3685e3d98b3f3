/**
 * The detector: a small state machine that finds WhatsApp Manager's template editor and reports what it reads.
 *
 *   idle ──(template route)──▶ watching ──(editor signature)──▶ editor
 *                                 ▲  └──(category step)──▶ setup ─┘      │
 *                                 └──── navigation / editor gone > 1 s ──┘
 *
 * Plain functions over (root, window, callbacks); the content script ties `dispose()` to WXT's ctx.
 * It only reads: it never writes into Meta's fields and never dispatches events (DOM ref §4.5, "MVP: read-only").
 * Change tracking follows DOM ref §4.6/§6.6: input/paste/compositionend (capture, passive) on the editor root,
 * debounced MutationObservers, and at most one analysis per 150 ms.
 */
import type { Category } from '@/core/template/schema';
import type { DetectedDraft, Field } from './detect/draft';
import {
  EDITOR_THRESHOLD,
  type EditorMatch,
  extractDraft,
  findEditor,
  readSetupStep,
  type SetupReading,
  scoreContainer,
} from './detect/extract';
import { isOwnUi, scan } from './dom/scan';
import { readEditable } from './dom/text';
import type { LabelIndex } from './labels';
import { classifyWamUrl, type WamRoute } from './route';

/** A window with the DOM constructors we use (any realm: top page, iframe, jsdom). */
export type DomWindow = Window & { MutationObserver: typeof MutationObserver };

export type DetectorState = 'idle' | 'watching' | 'setup' | 'editor';

export interface DetectorOptions {
  /** Where to look: usually `document`; an element or shadow root in tests. */
  root: Document | Element | ShadowRoot;
  win: DomWindow;
  onDraft(detected: DetectedDraft | null): void;
  onStateChange?(state: DetectorState): void;
  /** The current route. Default: classifyWamUrl(win.location.href). */
  routeOf?: () => WamRoute;
  labels?: LabelIndex;
  /** Minimum spacing between analyses. Default 150 ms. */
  throttleMs?: number;
  /** Quiet period before re-scanning a page without an editor. Default 250 ms, at most 1500 ms. */
  watchDebounceMs?: number;
  watchMaxWaitMs?: number;
  /** Minimum spacing of whole-page scans while no editor is found. Default 1000 ms. */
  watchMinIntervalMs?: number;
  /** How long the editor may be missing before we give up on it (remounts take a moment). Default 1000 ms. */
  lostGraceMs?: number;
}

export interface DetectorHandle {
  dispose(): void;
  /** Re-read the whole page now (e.g. after the lead's `wxt:locationchange`). */
  rescan(): void;
  /** Tell the detector the URL may have changed. */
  navigate(): void;
  readonly state: DetectorState;
  /** The recognised editor container (to dock the panel next to it), or null. */
  editorElement(): Element | null;
  /** Current setup-step reading (category/sub-type), when on the category step. */
  setup(): SetupReading | null;
  /** Work done so far (for benchmarks): whole-page scans and editor-only re-reads. */
  stats(): { pageScans: number; editorReads: number };
}

const EDIT_EVENTS = ['input', 'paste', 'compositionend', 'change', 'cut', 'drop', 'focusout'] as const;
const SETUP_EVENTS = ['click', 'change', 'keyup'] as const;

function safeRoute(win: Window): WamRoute {
  try {
    return classifyWamUrl(win.location.href);
  } catch {
    return { kind: 'other' };
  }
}

function routeKey(r: WamRoute): string {
  return r.kind === 'other' ? 'other' : `${r.kind}|${'templateId' in r ? (r.templateId ?? '') : ''}`;
}

function isOwnUiRecord(r: MutationRecord): boolean {
  const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === 1 && isOwnUi(n as Element));
}

function observeTarget(root: Document | Element | ShadowRoot): Node {
  return root.nodeType === 9 ? ((root as Document).documentElement ?? root) : root;
}

export function startDetector(opts: DetectorOptions): DetectorHandle {
  const { root, win } = opts;
  const throttleMs = opts.throttleMs ?? 150;
  const watchDebounce = opts.watchDebounceMs ?? 250;
  const watchMaxWait = opts.watchMaxWaitMs ?? 1500;
  const watchMinInterval = opts.watchMinIntervalMs ?? 1000;
  const lostGrace = opts.lostGraceMs ?? 1000;
  const routeOf = opts.routeOf ?? (() => safeRoute(win));

  let state: DetectorState = 'idle';
  let disposed = false;
  let route: WamRoute = { kind: 'other' };
  let match: EditorMatch | null = null;
  let setupReading: SetupReading | null = null;
  let remembered: Category | undefined;
  let knownCategory: { category?: Field<Category>; subType?: Field<string> } | undefined;
  let lastJson = 'null';
  let lostSince = 0;
  let lastPageScan = Number.NEGATIVE_INFINITY;
  let pageScans = 0;
  let editorReads = 0;

  // timers
  let analysisTimer: number | undefined;
  let pendingFull = false;
  let lastRun = Number.NEGATIVE_INFINITY;
  let watchTimer: number | undefined;
  let watchFirst = 0;
  let lostTimer: number | undefined;

  // observers / listeners of the current phase
  let pageObserver: MutationObserver | undefined;
  let observedSubRoots = new WeakSet<Node>();
  let editorObserver: MutationObserver | undefined;
  let editorListenerTarget: Element | undefined;

  // On the category step the choice changes by clicks (attributes/properties, invisible to a childList observer).
  const onSetupInteraction = () => schedule(true);
  let setupListening = false;
  const listenSetup = (on: boolean) => {
    if (on === setupListening) return;
    setupListening = on;
    for (const t of SETUP_EVENTS) {
      if (on) root.addEventListener(t, onSetupInteraction, { capture: true, passive: true });
      else root.removeEventListener(t, onSetupInteraction, { capture: true });
    }
  };

  const setState = (s: DetectorState) => {
    listenSetup(s === 'setup' && !disposed);
    if (s === state) return;
    state = s;
    if (!disposed) opts.onStateChange?.(s);
  };

  const emit = (d: DetectedDraft | null) => {
    const json = JSON.stringify(d);
    if (json === lastJson || disposed) return;
    lastJson = json;
    opts.onDraft(d);
  };

  const onEdit = () => schedule(false);

  const detachEditor = () => {
    editorObserver?.disconnect();
    editorObserver = undefined;
    if (editorListenerTarget)
      for (const t of EDIT_EVENTS) editorListenerTarget.removeEventListener(t, onEdit, { capture: true });
    editorListenerTarget = undefined;
  };

  const attachEditor = (container: Element) => {
    if (editorListenerTarget === container) return;
    detachEditor();
    editorListenerTarget = container;
    for (const t of EDIT_EVENTS) container.addEventListener(t, onEdit, { capture: true, passive: true });
    const MO = (container.ownerDocument?.defaultView as DomWindow | null)?.MutationObserver ?? win.MutationObserver;
    const observer = new MO(() => schedule(false));
    editorObserver = observer;
    observer.observe(container, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-checked', 'aria-selected', 'checked', 'value', 'aria-expanded'],
    });
  };

  /** Page-level observer: while watching it debounces full scans; in the editor it notices remounts outside. */
  const startPageObserver = () => {
    if (pageObserver) return;
    const observer = new win.MutationObserver((records: MutationRecord[]) => {
      if (records.every(isOwnUiRecord)) return; // our panel mounting/unmounting is not a page change
      if (state === 'editor' && match) {
        // Changes inside the editor are the editor observer's job; elsewhere only a detached editor matters
        // (React remounted or removed the form). The rest of a busy page costs nothing here.
        if (match.container.isConnected) return;
        schedule(true);
        return;
      }
      debounceWatch();
    });
    pageObserver = observer;
    observedSubRoots = new WeakSet();
    observer.observe(observeTarget(root), { childList: true, subtree: true });
  };

  /** A late editor may mount inside an open shadow root or a same-origin frame: watch those trees as well. */
  const observeSubRoots = (subRoots: readonly Node[]) => {
    if (!pageObserver) return;
    for (const r of subRoots) {
      if (observedSubRoots.has(r)) continue;
      observedSubRoots.add(r);
      try {
        pageObserver.observe(r, { childList: true, subtree: true });
      } catch {
        // A frame that navigated away or a node from a closed realm: nothing to watch.
      }
    }
  };

  /**
   * Trailing debounce with a max wait (DOM ref §4.6), and never more than one whole-page scan per
   * watchMinIntervalMs while no editor is on screen: a busy page without an editor costs ≤ 1 scan/s.
   */
  const debounceWatch = () => {
    const now = Date.now();
    if (!watchFirst) watchFirst = now;
    if (watchTimer !== undefined) win.clearTimeout(watchTimer);
    const debounced = now - watchFirst > watchMaxWait ? 0 : watchDebounce;
    watchTimer = win.setTimeout(
      () => {
        watchTimer = undefined;
        watchFirst = 0;
        schedule(true);
      },
      Math.max(debounced, lastPageScan + watchMinInterval - now),
    );
  };

  /** Coalesce: at most one analysis per throttleMs; a full pass wins over a field-only pass. */
  function schedule(full: boolean) {
    if (disposed) return;
    pendingFull ||= full;
    if (analysisTimer !== undefined) return;
    const delay = Math.max(0, lastRun + throttleMs - Date.now());
    analysisTimer = win.setTimeout(run, delay);
  }

  function run() {
    analysisTimer = undefined;
    if (disposed) return;
    lastRun = Date.now();
    const full = pendingFull || !match || !match.container.isConnected;
    pendingFull = false;
    try {
      if (!full && match) {
        // Cheap path: re-read only the editor container, as long as it still carries the editor signature.
        editorReads++;
        const containerScan = scan(match.container, opts.labels);
        const isDialog = match.container.matches('[role="dialog"],dialog');
        const again = scoreContainer(containerScan, opts.labels, route, isDialog);
        if (again.form === match.form && again.score >= EDITOR_THRESHOLD) {
          match = { ...match, score: again.score, signals: again.signals };
          emit(extractDraft(match, containerScan, { labels: opts.labels, route, knownCategory }));
          return;
        }
      }
      analyseWholePage();
    } catch {
      // Never let a page we do not understand throw inside Meta's page.
    }
  }

  function analyseWholePage() {
    if (route.kind === 'other') return;
    lastPageScan = Date.now();
    pageScans++;
    const full = scan(root, opts.labels);
    observeSubRoots(full.subRoots);
    const found = findEditor(root, { labels: opts.labels, route }, full);
    if (found) {
      lostSince = 0;
      if (lostTimer !== undefined) win.clearTimeout(lostTimer);
      lostTimer = undefined;
      match = found;
      const draft = extractDraft(found, full, { labels: opts.labels, route, rememberedCategory: remembered });
      knownCategory = { category: draft.category, subType: draft.subType };
      attachEditor(found.container);
      setState('editor');
      emit(draft);
      return;
    }
    const setup = readSetupStep(full, opts.labels);
    if (setup) {
      setupReading = setup;
      if (setup.category) remembered = setup.category.value;
      dropEditor();
      setState('setup');
      emit(null);
      return;
    }
    setupReading = null;
    if (state === 'editor') {
      // The editor vanished: maybe a remount in progress. Give it a grace period before giving up.
      if (!lostSince) lostSince = Date.now();
      if (Date.now() - lostSince >= lostGrace) {
        lostSince = 0;
        dropEditor();
        setState('watching');
        emit(null);
      } else if (lostTimer === undefined) {
        lostTimer = win.setTimeout(
          () => {
            lostTimer = undefined;
            schedule(true);
          },
          lostGrace - (Date.now() - lostSince),
        );
      }
      return;
    }
    setState('watching');
  }

  function dropEditor() {
    detachEditor();
    match = null;
    knownCategory = undefined;
  }

  const clearTimers = () => {
    for (const t of [analysisTimer, watchTimer, lostTimer]) if (t !== undefined) win.clearTimeout(t);
    analysisTimer = watchTimer = lostTimer = undefined;
    watchFirst = 0;
    pendingFull = false;
  };

  function applyRoute() {
    const next = routeOf();
    const changed = routeKey(next) !== routeKey(route);
    route = next;
    if (!changed) {
      if (route.kind !== 'other') schedule(true);
      return;
    }
    // A different screen: forget the old editor and look again (the new DOM mounts later, §4.2).
    clearTimers();
    dropEditor();
    lostSince = 0;
    setupReading = null;
    remembered = undefined; // a setup-step choice belongs to the screen it was made on
    emit(null);
    if (route.kind === 'other') {
      pageObserver?.disconnect();
      pageObserver = undefined;
      setState('idle');
      return;
    }
    setState('watching');
    startPageObserver();
    schedule(true);
  }

  // WXT fires wxt:locationchange from the Navigation API's `navigate` event, before location.href changes:
  // read the route one task later, when the URL is the new one.
  const onNav = () =>
    win.setTimeout(() => {
      if (!disposed) applyRoute();
    }, 0);
  const onFrameLoad = (e: Event) => {
    const t = e.target as Element | null;
    if (t && t.nodeType === 1 && t.tagName.toUpperCase() === 'IFRAME') schedule(true);
  };
  win.addEventListener('popstate', onNav);
  win.addEventListener('wxt:locationchange', onNav);
  root.addEventListener('load', onFrameLoad, { capture: true, passive: true });
  applyRoute();

  return {
    dispose() {
      if (disposed) return;
      disposed = true;
      clearTimers();
      detachEditor();
      listenSetup(false);
      pageObserver?.disconnect();
      pageObserver = undefined;
      win.removeEventListener('popstate', onNav);
      win.removeEventListener('wxt:locationchange', onNav);
      root.removeEventListener('load', onFrameLoad, { capture: true });
    },
    rescan() {
      if (!disposed) {
        pendingFull = true;
        if (analysisTimer !== undefined) win.clearTimeout(analysisTimer);
        analysisTimer = undefined;
        run();
      }
    },
    navigate() {
      if (!disposed) applyRoute();
    },
    get state() {
      return state;
    },
    editorElement: () => (match?.container.isConnected ? match.container : null),
    setup: () => setupReading,
    stats: () => ({ pageScans, editorReads }),
  };
}

/** A draft made of one text (the context-menu fallback on a selection). */
export function draftFromText(text: string, via = 'selection'): DetectedDraft {
  return {
    source: 'element',
    form: 'element',
    body: { value: { text, samples: {} }, confidence: 1, via },
    signature: { score: 0, signals: [via] },
  };
}

/**
 * Context-menu fallback ("Check this text with Template Lens"): read one element the user chose as the body,
 * and keep reading it as it changes. Same coalescing as the detector; read-only.
 */
export function attachToElement(
  el: Element,
  win: DomWindow,
  onDraft: (detected: DetectedDraft | null) => void,
  throttleMs = 150,
): { dispose(): void; rescan(): void } {
  let disposed = false;
  let timer: number | undefined;
  let lastRun = Number.NEGATIVE_INFINITY;
  let lastText: string | undefined;
  const read = () => {
    timer = undefined;
    if (disposed) return;
    lastRun = Date.now();
    if (!el.isConnected) {
      if (lastText !== undefined) onDraft(null);
      lastText = undefined;
      return;
    }
    const text = readEditable(el).text;
    if (text === lastText) return;
    lastText = text;
    onDraft(draftFromText(text, 'context-menu'));
  };
  const schedule = () => {
    if (disposed || timer !== undefined) return;
    timer = win.setTimeout(read, Math.max(0, lastRun + throttleMs - Date.now()));
  };
  for (const t of EDIT_EVENTS) el.addEventListener(t, schedule, { capture: true, passive: true });
  const observer = new win.MutationObserver(schedule);
  observer.observe(el, { childList: true, subtree: true, characterData: true });
  read();
  return {
    dispose() {
      disposed = true;
      if (timer !== undefined) win.clearTimeout(timer);
      observer.disconnect();
      for (const t of EDIT_EVENTS) el.removeEventListener(t, schedule, { capture: true });
    },
    rescan() {
      lastText = undefined;
      read();
    },
  };
}
