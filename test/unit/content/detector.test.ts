import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { attachToElement, type DetectorState, startDetector } from '@/entrypoints/whatsapp.content/detector';
import type { WamRoute } from '@/entrypoints/whatsapp.content/route';
import { loadFixture } from './helpers';

const TEMPLATES: WamRoute = { kind: 'templates', ui: 'latest', wabaId: '2' };

/** Counts live MutationObservers so tests can prove nothing leaks. */
function countObservers() {
  const Original = window.MutationObserver;
  const live = new Set<MutationObserver>();
  class Counting extends Original {
    observe(target: Node, options?: MutationObserverInit) {
      live.add(this);
      super.observe(target, options);
    }
    disconnect() {
      live.delete(this);
      super.disconnect();
    }
  }
  window.MutationObserver = Counting;
  return { live, restore: () => (window.MutationObserver = Original) };
}

function start(route: () => WamRoute = () => TEMPLATES) {
  const drafts: (DetectedDraft | null)[] = [];
  const states: DetectorState[] = [];
  const handle = startDetector({
    root: document,
    win: window,
    routeOf: route,
    onDraft: (d) => drafts.push(d),
    onStateChange: (s) => states.push(s),
  });
  return { handle, drafts, states, last: () => drafts[drafts.length - 1] };
}

function type(el: HTMLTextAreaElement | HTMLInputElement, text: string) {
  el.value += text;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const bodyTextarea = () => document.querySelector('textarea') as HTMLTextAreaElement;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startDetector', () => {
  it('stays idle and silent off the template routes', async () => {
    loadFixture('editor.textarea.en.html');
    const t = start(() => ({ kind: 'other' }));
    type(bodyTextarea(), ' more');
    await vi.advanceTimersByTimeAsync(3000);
    expect(t.handle.state).toBe('idle');
    expect(t.drafts).toEqual([]);
    t.handle.dispose();
  });

  it('goes watching → editor and reports the draft it reads', async () => {
    loadFixture('editor.textarea.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.states).toEqual(['watching', 'editor']);
    expect(t.last()?.body?.value.text).toBe('Hi {{1}}, your order {{2}} ships today.');
    expect(t.handle.editorElement()?.contains(bodyTextarea())).toBe(true);
    t.handle.dispose();
  });

  it('finds an editor that mounts late without polling', async () => {
    loadFixture('editor.textarea.en.html');
    const page = Array.from(document.body.childNodes);
    document.body.replaceChildren();
    const t = start();
    await vi.advanceTimersByTimeAsync(1200);
    expect(t.handle.state).toBe('watching');
    document.body.append(...page);
    await vi.advanceTimersByTimeAsync(250 + 150);
    expect(t.handle.state).toBe('editor');
    expect(t.last()?.name?.value).toBe('order_update');
    t.handle.dispose();
  });

  it('scans a busy page without an editor at most about once per second', async () => {
    loadFixture('list.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    const scansAtStart = t.handle.stats().pageScans;
    const ticker = document.createElement('span');
    document.body.append(ticker);
    for (let i = 0; i < 100; i++) {
      ticker.replaceChildren(String(i)); // Meta's page keeps changing (timers, notifications)
      await vi.advanceTimersByTimeAsync(50);
    }
    const scans = t.handle.stats().pageScans - scansAtStart;
    expect(scans).toBeGreaterThanOrEqual(1); // it does keep looking…
    expect(scans).toBeLessThanOrEqual(6); // …but 5 seconds of mutations cost at most ~1 scan per second
    expect(t.handle.state).toBe('watching');
    t.handle.dispose();
  });

  it('coalesces 100 keystrokes into a few analyses, the last one with the final text', async () => {
    loadFixture('editor.textarea.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    const before = t.drafts.length;
    const scansBefore = t.handle.stats().pageScans;
    const ta = bodyTextarea();
    for (let i = 0; i < 100; i++) {
      type(ta, i % 10 === 9 ? ' ' : 'x');
      await vi.advanceTimersByTimeAsync(10); // 100 keystrokes in one second
    }
    await vi.advanceTimersByTimeAsync(300);
    const analyses = t.drafts.length - before;
    expect(analyses).toBeGreaterThanOrEqual(2);
    expect(analyses).toBeLessThanOrEqual(Math.ceil(1000 / 150) + 2);
    expect(t.last()?.body?.value.text).toBe(ta.value);
    expect(t.handle.stats().pageScans).toBe(scansBefore); // typing re-reads the editor only, never the whole page
    t.handle.dispose();
  });

  it('sees edits that fire no input event: Lexical DOM changes and programmatic inserts', async () => {
    loadFixture('editor.lexical.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    const span = document.querySelector('[data-lexical-text]') as HTMLElement;
    (span.firstChild as Text).data = 'Hi {{1}}, last day of the sale';
    await vi.advanceTimersByTimeAsync(200);
    expect(t.last()?.body?.value.text.startsWith('Hi {{1}}, last day of the sale\n')).toBe(true);
    t.handle.dispose();

    loadFixture('editor.textarea.en.html');
    const u = start();
    await vi.advanceTimersByTimeAsync(0);
    const ta = bodyTextarea();
    ta.value = `${ta.value} {{3}}`; // React sets the value; no event
    const counter = Array.from(document.querySelectorAll('span')).find((s) => s.textContent?.endsWith('/1024'));
    (counter as HTMLElement).textContent = `${ta.value.length}/1024`; // …and re-renders the counter
    await vi.advanceTimersByTimeAsync(200);
    expect(u.last()?.body?.value.text).toBe('Hi {{1}}, your order {{2}} ships today. {{3}}');
    u.handle.dispose();
  });

  it('re-resolves fields after a subtree remount and ignores the detached old field', async () => {
    loadFixture('editor.textarea.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    const old = bodyTextarea();
    const fresh = old.cloneNode(true) as HTMLTextAreaElement;
    fresh.value = 'Hi {{1}}, your order {{2}} was delivered.';
    old.replaceWith(fresh);
    await vi.advanceTimersByTimeAsync(200);
    expect(t.last()?.body?.value.text).toBe('Hi {{1}}, your order {{2}} was delivered.');
    type(old, ' (stale)');
    type(fresh, ' Enjoy!');
    await vi.advanceTimersByTimeAsync(200);
    expect(t.last()?.body?.value.text).toBe('Hi {{1}}, your order {{2}} was delivered. Enjoy!');
    t.handle.dispose();
  });

  it('survives a whole-form remount without reporting "no editor" in between', async () => {
    loadFixture('editor.textarea.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    const main = document.querySelector('[role="main"]') as HTMLElement;
    const parent = main.parentElement as HTMLElement;
    main.remove();
    await vi.advanceTimersByTimeAsync(400); // React unmounted the form…
    const copy = main.cloneNode(true) as HTMLElement;
    parent.append(copy); // …and mounted a new one
    await vi.advanceTimersByTimeAsync(400);
    expect(t.drafts).not.toContain(null);
    expect(t.handle.state).toBe('editor');
    type(copy.querySelector('textarea') as HTMLTextAreaElement, ' Now!');
    await vi.advanceTimersByTimeAsync(200);
    expect(t.last()?.body?.value.text).toBe('Hi {{1}}, your order {{2}} ships today. Now!');
    t.handle.dispose();
  });

  it('goes back to watching and reports null when the editor is gone for more than a second', async () => {
    loadFixture('editor.textarea.en.html');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    (document.querySelector('[role="main"]') as HTMLElement).remove();
    await vi.advanceTimersByTimeAsync(600);
    expect(t.handle.state).toBe('editor');
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.handle.state).toBe('watching');
    expect(t.last()).toBeNull();
    t.handle.dispose();
  });

  it('resets on navigation to another template and goes idle off the template routes', async () => {
    loadFixture('editor.textarea.en.html');
    let route: WamRoute = TEMPLATES;
    const t = start(() => route);
    await vi.advanceTimersByTimeAsync(0);
    route = { ...TEMPLATES, templateId: '42' };
    window.dispatchEvent(new Event('wxt:locationchange'));
    // The event comes before the URL changes (Navigation API); the detector reads the route one task later.
    await vi.advanceTimersByTimeAsync(0);
    expect(t.last()).toBeNull();
    expect(t.handle.state).toBe('watching');
    await vi.advanceTimersByTimeAsync(200);
    expect(t.handle.state).toBe('editor');
    route = { kind: 'other' };
    t.handle.navigate();
    expect(t.handle.state).toBe('idle');
    expect(t.last()).toBeNull();
    t.handle.dispose();
  });

  it('dispose() disconnects every observer and listener: no callbacks afterwards', async () => {
    const observers = countObservers();
    try {
      loadFixture('editor.textarea.en.html');
      const t = start();
      await vi.advanceTimersByTimeAsync(0);
      expect(observers.live.size).toBeGreaterThan(0);
      const drafts = t.drafts.length;
      const states = t.states.length;
      t.handle.dispose();
      expect(observers.live.size).toBe(0);
      type(bodyTextarea(), ' after dispose');
      document.body.append(document.createElement('div'));
      window.dispatchEvent(new Event('wxt:locationchange'));
      t.handle.rescan();
      await vi.advanceTimersByTimeAsync(3000);
      expect(t.drafts.length).toBe(drafts);
      expect(t.states.length).toBe(states);
    } finally {
      observers.restore();
    }
  });

  it('never dispatches events into the page or changes field values', async () => {
    loadFixture('editor.buttons-mixed.en.html');
    const values = () =>
      Array.from(document.querySelectorAll('input,textarea')).map((e) => (e as HTMLInputElement).value);
    const before = values();
    const dispatch = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    bodyTextarea().value += ' changed by the user';
    document.body.append(document.createElement('div'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(dispatch).not.toHaveBeenCalled();
    dispatch.mockRestore();
    // Only the field the "user" edited differs; the detector changed nothing.
    const after = values();
    const changed = after.map((v, i) => (v !== before[i] ? v : null)).filter((v) => v !== null);
    expect(changed).toEqual([bodyTextarea().value]);
    t.handle.dispose();
  });

  it('notices an editor that mounts late inside an open shadow root', async () => {
    loadFixture('editor.lexical.en.html');
    const page = Array.from(document.body.childNodes);
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const t = start();
    await vi.advanceTimersByTimeAsync(1200);
    expect(t.handle.state).toBe('watching');
    shadow.append(...page); // only the shadow tree changes; the light DOM stays still
    await vi.advanceTimersByTimeAsync(1000 + 250);
    expect(t.handle.state).toBe('editor');
    expect(t.last()?.name?.value).toBe('winter_sale');
    t.handle.dispose();
  });

  it('reads a same-origin iframe and follows typing inside it', async () => {
    loadFixture('wrappers/iframe.html', { runScripts: true });
    const t = start();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.handle.state).toBe('editor');
    const frameDoc = (document.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
    const ta = frameDoc.querySelector('textarea') as HTMLTextAreaElement;
    ta.value = 'Hi {{1}}, thanks!';
    ta.dispatchEvent(new (frameDoc.defaultView as Window & typeof globalThis).Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    expect(t.last()?.body?.value.text).toBe('Hi {{1}}, thanks!');
    t.handle.dispose();
  });
});

describe('attachToElement (context-menu fallback)', () => {
  it('reads the chosen element as the body, follows edits, and stops after dispose', async () => {
    document.body.replaceChildren();
    const ce = document.createElement('div');
    ce.setAttribute('contenteditable', 'true');
    ce.append(Object.assign(document.createElement('p'), { textContent: 'Your code is 123456' }));
    document.body.append(ce);
    const drafts: (DetectedDraft | null)[] = [];
    const h = attachToElement(ce, window, (d) => drafts.push(d));
    expect(drafts[0]?.body?.value.text).toBe('Your code is 123456');
    expect(drafts[0]?.form).toBe('element');
    ce.append(Object.assign(document.createElement('p'), { textContent: 'Use code SAVE10 today' }));
    await vi.advanceTimersByTimeAsync(200);
    expect(drafts[drafts.length - 1]?.body?.value.text).toBe('Your code is 123456\nUse code SAVE10 today');
    const n = drafts.length;
    h.dispose();
    ce.append('more');
    ce.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(drafts.length).toBe(n);
  });
});
