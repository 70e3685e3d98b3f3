/**
 * Popup ⇄ content script: the popup asks the active tab's content script for the template it is reading.
 *
 * Contract (the content script implements the answering side):
 *   popup → tab:  `browser.tabs.sendMessage(activeTabId, { type: 'template-lens/get-result' })`
 *   tab → popup:  `{ draft: TemplateDraft | null, analysisAvailable: boolean, state: 'not-detected' | 'editor' }`
 * The popup re-runs analyzeTemplate on the draft itself, so only the draft crosses the boundary (plain JSON,
 * validated here), never rendered HTML or functions.
 */
import { GET_RESULT_TYPE, type GetResultRequest, GetResultResponseSchema } from '@/components/extension-messages';
import type { TemplateDraft } from '@/core/template/schema';

export {
  GET_RESULT_TYPE,
  type GetResultRequest,
  GetResultRequestSchema,
  type GetResultResponse,
  GetResultResponseSchema,
} from '@/components/extension-messages';

/** What the "This template" tab shows. */
export type TabLookup =
  | { kind: 'loading' }
  /** No active tab, or the content script did not answer (not WhatsApp Manager, or not loaded there). */
  | { kind: 'unavailable'; url?: string }
  /** The content script answered but sees no editor (or an empty one). */
  | { kind: 'not-detected'; url?: string }
  | { kind: 'editor'; draft: TemplateDraft; url?: string };

/** Where the content script runs (manifest match pattern): used only to word the "unavailable" message. */
export function isWhatsAppManagerUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).hostname === 'business.facebook.com';
  } catch {
    return false;
  }
}

export interface TabsApi {
  query(info: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number; url?: string }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** How long the popup waits for the content script before showing the "not available" message. */
export const ANSWER_TIMEOUT_MS = 1500;

/**
 * Ask the active tab for its template. Never throws: no tab, no content script (sendMessage rejects), a
 * malformed answer or no answer within the timeout all read as "unavailable".
 */
export async function lookUpActiveTab(tabs: TabsApi, timeoutMs = ANSWER_TIMEOUT_MS): Promise<TabLookup> {
  let url: string | undefined;
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    url = tab?.url;
    if (tab?.id === undefined) return { kind: 'unavailable', ...(url ? { url } : {}) };
    const request: GetResultRequest = { type: GET_RESULT_TYPE };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), timeoutMs);
    });
    const raw = await Promise.race([tabs.sendMessage(tab.id, request).catch(() => undefined), timeout]);
    clearTimeout(timer);
    const parsed = GetResultResponseSchema.safeParse(raw);
    const where = url ? { url } : {};
    if (!parsed.success) return { kind: 'unavailable', ...where };
    const { draft, state } = parsed.data;
    if (state !== 'editor' || !draft) return { kind: 'not-detected', ...where };
    return { kind: 'editor', draft, ...where };
  } catch {
    return { kind: 'unavailable', ...(url ? { url } : {}) };
  }
}
