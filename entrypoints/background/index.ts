import { type CheckElementMessage, CONTEXT_MENU_ID, TabResultMessageSchema } from '@/components/extension-messages';
import { resolveLang, translate } from '@/components/i18n/translate';
import { loadSettings, type Settings, watchSettings } from '@/components/settings/settings';
import type { UiLang } from '@/core/types';
import { badgeFor } from './badge';

export default defineBackground(() => {
  // Firefox MV2 names the toolbar button browserAction; MV3 browsers call it action.
  const toolbar = browser.action ?? browser.browserAction;

  // The UI language preference, for the context menu and badge tooltips (browser language until it is read).
  let lang: UiLang = resolveLang('auto');
  const followLanguage = (settings: Settings) => {
    const next = resolveLang(settings.preferences.language);
    if (next === lang) return;
    lang = next;
    // Fails harmlessly when the menu does not exist yet: onInstalled creates it in the current language.
    void Promise.resolve()
      .then(() => browser.contextMenus.update(CONTEXT_MENU_ID, { title: translate(lang, 'background.contextMenu') }))
      .catch(() => undefined);
  };
  void loadSettings().then(followLanguage);
  watchSettings(followLanguage);

  browser.runtime.onInstalled.addListener(() => {
    // `npm start` (WXT dev mode) opens the playground, so there is something to try without a Meta account.
    if (import.meta.env.DEV) void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') });
    // The fallback when Meta changes its page: check whatever field or selection the user points at.
    browser.contextMenus.create({
      id: CONTEXT_MENU_ID,
      title: translate(lang, 'background.contextMenu'),
      contexts: ['editable', 'selection'],
      documentUrlPatterns: ['https://business.facebook.com/*'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CONTEXT_MENU_ID || tab?.id === undefined) return;
    const message: CheckElementMessage = { type: 'template-lens/check-element', selectionText: info.selectionText };
    void browser.tabs.sendMessage(tab.id, message, { frameId: info.frameId ?? 0 }).catch(() => undefined);
  });

  browser.runtime.onMessage.addListener((raw, sender) => {
    const parsed = TabResultMessageSchema.safeParse(raw);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined) return;
    const badge = badgeFor(parsed.data.category, parsed.data.verdict, lang);
    void toolbar.setBadgeText({ tabId, text: badge.text });
    void toolbar.setBadgeBackgroundColor({ tabId, color: badge.color });
    void toolbar.setTitle({ tabId, title: badge.title });
  });
});
