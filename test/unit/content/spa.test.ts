/**
 * The SPA harness fixture (spa.html) driven end to end: its inline script runs in this window with fake timers,
 * the test clicks through list → category step → editor → list → existing template, as in expected/spa.json.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { DetectedDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { toTemplateDraft } from '@/entrypoints/whatsapp.content/detect/draft';
import { type DetectorState, startDetector } from '@/entrypoints/whatsapp.content/detector';
import { classifyWamUrl } from '@/entrypoints/whatsapp.content/route';
import { expectedFor, loadFixture } from './helpers';

interface Step {
  step: string;
  state: DetectorState;
  draft?: unknown;
  setup?: { category?: string; subType?: string };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const click = (selector: string) => {
  const el = document.querySelector(selector) as HTMLElement | null;
  if (!el) throw new Error(`fixture has no ${selector}`);
  el.dispatchEvent(new MouseEvent('click', { bubbles: true }));
};

it('follows the SPA journey: delayed mounts, setup memory, remounts, back navigation, another template', async () => {
  const journey = (expectedFor('spa.html') as { journey: Step[] }).journey;
  const [load, toSetup, pickUtility, toEditor, back, openExisting] = journey as [Step, Step, Step, Step, Step, Step];
  history.replaceState(null, '', '/latest/whatsapp_manager/message_templates/?business_id=1&asset_id=2');
  loadFixture('spa.html', { runScripts: true });
  const drafts: (DetectedDraft | null)[] = [];
  const handle = startDetector({
    root: document,
    win: window,
    // jsdom runs on localhost: read the path and query as if on business.facebook.com.
    routeOf: () => classifyWamUrl(`https://business.facebook.com${location.pathname}${location.search}`),
    onDraft: (d) => drafts.push(d),
  });
  const last = () => drafts[drafts.length - 1] ?? null;
  const lastDraft = () => {
    const d = last();
    return d ? toTemplateDraft(d) : null;
  };

  await vi.advanceTimersByTimeAsync(500);
  expect(handle.state).toBe(load.state);
  expect(last()).toBe(load.draft);

  click('[data-fixture-action="create"]');
  await vi.advanceTimersByTimeAsync(200);
  expect(handle.state).toBe('watching'); // the category step has not mounted yet
  await vi.advanceTimersByTimeAsync(400 + 250 + 150);
  expect(handle.state).toBe(toSetup.state);
  expect(handle.setup()?.category?.value).toBe(toSetup.setup?.category);
  expect(handle.setup()?.subType?.value).toBe(toSetup.setup?.subType);

  click('[data-fixture-action="tab"]:nth-child(2)');
  await vi.advanceTimersByTimeAsync(200);
  expect(handle.setup()?.category?.value).toBe(pickUtility.setup?.category);

  click('[data-fixture-action="next"]');
  // Mounts 900 ms later; page scans while no editor is shown are at most one per second.
  await vi.advanceTimersByTimeAsync(900 + 1000 + 250);
  expect(handle.state).toBe(toEditor.state);
  expect(lastDraft()).toEqual(toEditor.draft);
  expect(last()?.category?.via).toBe('setup-step-memory');

  // Header type change remounts the header subtree (None, then Text again).
  click('[data-fixture-action="header-type"]');
  await vi.advanceTimersByTimeAsync(200);
  expect(last()?.header?.value.format).toBe('NONE');
  click('[data-fixture-action="header-type"]');
  await vi.advanceTimersByTimeAsync(200);
  expect(last()?.header?.value.format).toBe('TEXT');

  // "+ Add variable" sets the value programmatically (no input event).
  click('[data-fixture-action="add-variable"]');
  await vi.advanceTimersByTimeAsync(200);
  expect(last()?.body?.value.text).toContain('{{2}}');

  // The whole form remounts: still one editor, same text.
  const text = last()?.body?.value.text;
  (window as unknown as { wamFixture: { remountForm(): void } }).wamFixture.remountForm();
  await vi.advanceTimersByTimeAsync(400);
  expect(handle.state).toBe('editor');
  expect(last()?.body?.value.text).toBe(text);

  // Back to the list (popstate); the editor disappears for good.
  history.back();
  await vi.advanceTimersByTimeAsync(50);
  await vi.advanceTimersByTimeAsync(1500);
  expect(handle.state).toBe(back.state);
  expect(last()).toBe(back.draft ?? null);

  // Open an existing template: the URL gains &id=…; the lead forwards wxt:locationchange.
  click('[data-fixture-action="open"]');
  window.dispatchEvent(new Event('wxt:locationchange'));
  await vi.advanceTimersByTimeAsync(900 + 1000 + 250);
  expect(handle.state).toBe(openExisting.state);
  expect(lastDraft()).toEqual(openExisting.draft);

  handle.dispose();
});
