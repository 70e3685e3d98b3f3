import { render } from '@testing-library/react';
import axe from 'axe-core';
import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '@/components/popup/PopupApp';
import { resetPopupStateForTesting } from '@/components/popup/store';
import { DEFAULT_SETTINGS, settingsStore } from '@/components/settings';

/** A freshly opened popup: new in-memory state (storage keeps whatever the test put there). */
export function openPopup() {
  resetPopupStateForTesting();
  settingsStore.setState({ ...DEFAULT_SETTINGS, status: 'loading', saveError: null });
  return render(<PopupApp />);
}

/** The active tab's content script answers the popup with this (or rejects when `answer` is an Error). */
export function activeTab(url: string | undefined, answer: unknown) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, url } as never]);
  const send = vi.fn(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(send as never);
  return send;
}

export async function expectNoSeriousAxeViolations(container: HTMLElement) {
  // jsdom has no layout, so axe cannot compute colour contrast here; the e2e run in Chromium covers it.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}
