import { describe, expect, it, vi } from 'vitest';
import { GET_RESULT_TYPE, isWhatsAppManagerUrl, lookUpActiveTab, type TabsApi } from '@/components/popup/messages';
import type { TemplateDraft } from '@/core/template/schema';

const draft: TemplateDraft = { category: 'UTILITY', components: [{ type: 'BODY', text: 'Your order {{1}} shipped.' }] };
const EDITOR = 'https://business.facebook.com/latest/whatsapp_manager/message_templates/?business_id=1';

function tabsApi(
  tab: { id?: number; url?: string } | undefined,
  answer: () => Promise<unknown>,
): TabsApi & {
  sendMessage: ReturnType<typeof vi.fn>;
} {
  return {
    query: async () => (tab ? [tab] : []),
    sendMessage: vi.fn(answer),
  };
}

describe('popup ⇄ content script contract', () => {
  it('asks the active tab with {type: template-lens/get-result} and returns the draft it reads', async () => {
    const tabs = tabsApi({ id: 7, url: EDITOR }, async () => ({ draft, analysisAvailable: true, state: 'editor' }));
    const result = await lookUpActiveTab(tabs);
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: GET_RESULT_TYPE });
    expect(result).toEqual({ kind: 'editor', draft, url: EDITOR });
  });

  it('reports not-detected when the content script sees no editor or an empty draft', async () => {
    const noEditor = tabsApi({ id: 1, url: EDITOR }, async () => ({
      draft: null,
      analysisAvailable: false,
      state: 'not-detected',
    }));
    expect((await lookUpActiveTab(noEditor)).kind).toBe('not-detected');
    const noDraft = tabsApi({ id: 1, url: EDITOR }, async () => ({
      draft: null,
      analysisAvailable: false,
      state: 'editor',
    }));
    expect((await lookUpActiveTab(noDraft)).kind).toBe('not-detected');
  });

  it('reads "unavailable" when there is no content script (sendMessage rejects or throws)', async () => {
    const rejects = tabsApi({ id: 3, url: 'https://example.com/' }, () =>
      Promise.reject(new Error('Could not establish connection')),
    );
    expect(await lookUpActiveTab(rejects)).toEqual({ kind: 'unavailable', url: 'https://example.com/' });
    const throws: TabsApi = {
      query: async () => [{ id: 3 }],
      sendMessage: () => {
        throw new Error('not implemented');
      },
    };
    expect(await lookUpActiveTab(throws)).toEqual({ kind: 'unavailable' });
  });

  it('handles a tab without id or URL (no "tabs" permission) and no tab at all', async () => {
    expect(await lookUpActiveTab(tabsApi({}, async () => undefined))).toEqual({ kind: 'unavailable' });
    expect(await lookUpActiveTab(tabsApi(undefined, async () => undefined))).toEqual({ kind: 'unavailable' });
  });

  it('ignores malformed answers instead of trusting them', async () => {
    const bad = tabsApi({ id: 2 }, async () => ({
      draft: { components: 'oops' },
      analysisAvailable: true,
      state: 'editor',
    }));
    expect((await lookUpActiveTab(bad)).kind).toBe('unavailable');
    const html = tabsApi({ id: 2 }, async () => '<b>hi</b>');
    expect((await lookUpActiveTab(html)).kind).toBe('unavailable');
  });

  it('gives up after the timeout when the tab never answers', async () => {
    const silent = tabsApi({ id: 2, url: EDITOR }, () => new Promise(() => undefined));
    expect(await lookUpActiveTab(silent, 20)).toEqual({ kind: 'unavailable', url: EDITOR });
  });

  it('recognises WhatsApp Manager URLs only on business.facebook.com', () => {
    expect(isWhatsAppManagerUrl(EDITOR)).toBe(true);
    expect(isWhatsAppManagerUrl('https://business.facebook.com.evil.example/')).toBe(false);
    expect(isWhatsAppManagerUrl(undefined)).toBe(false);
    expect(isWhatsAppManagerUrl('not a url')).toBe(false);
  });
});
