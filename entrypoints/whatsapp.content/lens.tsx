/**
 * The content script's life on one tab: watch WhatsApp Manager's template screens, read the editor with the
 * detector, analyse every change and show the result in a shadow-root panel. Everything it starts is tied to
 * WXT's `ctx` and torn down on navigation away. It only reads Meta's page: never writes, never dispatches.
 */
import ReactDOM from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type CheckElementMessage,
  CheckElementMessageSchema,
  GetResultRequestSchema,
  type GetResultResponse,
  type TabResultMessage,
} from '@/components/extension-messages';
import { resolveLang } from '@/components/i18n/translate';
import { Panel } from '@/components/panel/Panel';
import { placePanel } from '@/components/panel/placement';
import { computePanelResult, contractAttributes, type PanelResult } from '@/components/panel/result';
import { loadSettings, type Settings, savePreferences, watchSettings } from '@/components/settings/settings';
import type { TemplateDraft } from '@/core/template/schema';
import { toTemplateDraft } from './detect/draft';
import { attachToElement, type DetectorHandle, type DomWindow, draftFromText, startDetector } from './detector';
import { isTemplateRoute } from './route';

export const PANEL_TESTID = 'template-lens';

interface Mounted {
  root: ReactDOM.Root;
  host: HTMLElement;
  remove(): void;
}

export async function runLens(ctx: ContentScriptContext): Promise<void> {
  const win = window as unknown as DomWindow;
  let settings: Settings = await loadSettings();
  let draft: TemplateDraft | null = null;
  let result: PanelResult = { state: 'not-detected' };
  let detector: DetectorHandle | undefined;
  let attached: { dispose(): void } | undefined;
  let mounted: Mounted | undefined;
  let lastBadge = '';
  let lastContextTarget: Element | null = null;

  const unwatch = watchSettings((next) => {
    settings = next;
    // "Panel on/off" may have changed: mount or remove first, then redraw with the new market, card or language.
    void sync().then(analyse);
  });
  ctx.onInvalidated(unwatch);

  const lang = () => resolveLang(settings.preferences.language, navigator.language);

  function render() {
    if (!mounted) return;
    for (const [name, value] of Object.entries(contractAttributes(result))) mounted.host.setAttribute(name, value);
    const prefs = settings.preferences;
    const editorBox = detector?.editorElement()?.getBoundingClientRect() ?? null;
    mounted.root.render(
      <Panel
        result={result}
        lang={lang()}
        collapsed={prefs.panelCollapsed}
        onCollapsedChange={(panelCollapsed) => void savePreferences({ ...settings.preferences, panelCollapsed })}
        position={prefs.panelPosition}
        onPositionChange={(panelPosition) => void savePreferences({ ...settings.preferences, panelPosition })}
        placement={placePanel(prefs.panelPosition, editorBox, { width: win.innerWidth, height: win.innerHeight })}
        attachedToField={attached ? { onDetach: detach } : undefined}
      />,
    );
  }

  function analyse() {
    result = computePanelResult(draft, settings);
    render();
    const { 'data-category': category, 'data-verdict': verdict } = contractAttributes(result);
    const badgeKey = `${category}|${verdict}`;
    if (badgeKey !== lastBadge) {
      lastBadge = badgeKey;
      const message: TabResultMessage = { type: 'template-lens/tab-result', category: category || null, verdict };
      void browser.runtime.sendMessage(message).catch(() => undefined);
    }
  }

  const onDetected = (detected: Parameters<Parameters<typeof startDetector>[0]['onDraft']>[0]) => {
    draft = detected ? toTemplateDraft(detected) : null;
    analyse();
  };

  async function mount(): Promise<void> {
    if (mounted) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'template-lens-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, _shadow, host) {
        host.setAttribute('data-testid', PANEL_TESTID);
        return ReactDOM.createRoot(container);
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.mount();
    if (!ui.mounted) return;
    mounted = { root: ui.mounted, host: ui.shadowHost, remove: () => ui.remove() };
    analyse();
  }

  function unmount() {
    mounted?.remove();
    mounted = undefined;
  }

  function detach() {
    attached?.dispose();
    attached = undefined;
    draft = null;
    void sync();
  }

  async function sync(): Promise<void> {
    const wanted = settings.preferences.panelEnabled && (attached !== undefined || isTemplateRoute(location.href));
    if (!wanted) {
      detector?.dispose();
      detector = undefined;
      unmount();
      draft = null;
      return;
    }
    await mount();
    if (attached) {
      detector?.dispose();
      detector = undefined;
      return;
    }
    // A running detector follows navigation itself (it listens for wxt:locationchange and popstate).
    detector ??= startDetector({ root: document, win, onDraft: onDetected });
  }

  function attachTo(message: CheckElementMessage) {
    attached?.dispose();
    detector?.dispose();
    detector = undefined;
    const target = lastContextTarget;
    if (target?.isConnected && isEditable(target)) {
      attached = attachToElement(target, win, onDetected);
    } else if (message.selectionText) {
      const text = message.selectionText;
      attached = { dispose() {} };
      onDetected(draftFromText(text));
    } else {
      return;
    }
    void sync();
  }

  // Remember which field the context menu was opened on (the menu click itself only reaches the background).
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      const first = event.composedPath()[0];
      lastContextTarget = first instanceof Element ? closestEditable(first) : null;
    },
    { capture: true, passive: true },
  );

  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  function onMessage(raw: unknown): Promise<GetResultResponse> | undefined {
    if (GetResultRequestSchema.safeParse(raw).success) {
      return Promise.resolve({
        draft: result.state === 'editor' ? result.draft : null,
        analysisAvailable: result.state === 'editor',
        state: result.state,
      });
    }
    const check = CheckElementMessageSchema.safeParse(raw);
    if (check.success) attachTo(check.data);
    return undefined;
  }

  // Keep the docked panel beside the editor as the page scrolls or resizes (one update per frame at most).
  let frame = 0;
  const reposition = () => {
    if (frame || !mounted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };
  ctx.addEventListener(window, 'resize', reposition, { passive: true });
  ctx.addEventListener(window, 'scroll', reposition, { passive: true, capture: true });

  // Fired by the Navigation API's `navigate` event, before location.href changes: decide one task later.
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void sync(), 0));
  ctx.onInvalidated(() => {
    if (frame) cancelAnimationFrame(frame);
    attached?.dispose();
    detector?.dispose();
  });
  await sync();
}

function isEditable(el: Element): boolean {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement || (el as HTMLElement).isContentEditable;
}

function closestEditable(el: Element): Element | null {
  return el.closest(
    'textarea, input, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]',
  );
}
