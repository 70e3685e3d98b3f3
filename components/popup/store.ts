/**
 * Popup state (Zustand): the selected tab and the "Check text" input. The input is kept in extension
 * storage (`local:popupCheckInput`, validated with Zod on read) so it survives closing the popup; it is
 * written on every change because a popup can be closed at any moment, leaving no time for a debounce.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { create } from 'zustand';

export const POPUP_TABS = ['current', 'check', 'categories', 'costs'] as const;
export type PopupTab = (typeof POPUP_TABS)[number];

export const CHECK_INPUT_KEY = 'local:popupCheckInput' as const;
/** Generous cap: a Graph API list of a few hundred templates. Longer input is cut, not refused. */
export const MAX_CHECK_INPUT = 200_000;

export const CheckInputSchema = z.object({ text: z.string().max(MAX_CHECK_INPUT) });
export type CheckInput = z.infer<typeof CheckInputSchema>;

const checkInputItem = storage.defineItem<unknown>(CHECK_INPUT_KEY);

/** The stored input, or '' when there is none or it is not what we wrote (damaged, foreign). Never throws. */
export async function readCheckInput(): Promise<string> {
  try {
    const parsed = CheckInputSchema.safeParse(await checkInputItem.getValue());
    return parsed.success ? parsed.data.text : '';
  } catch {
    return '';
  }
}

/** Best effort: losing the saved input (quota, storage error) must not break typing. */
export async function writeCheckInput(text: string): Promise<void> {
  try {
    await checkInputItem.setValue({ text } satisfies CheckInput);
  } catch {
    // Nothing to do: the text is still in the popup; it just won't be there next time.
  }
}

/** Tests: a fresh popup (new JS context) starts from this state and reads storage again. */
export function resetPopupStateForTesting(): void {
  popupStore.setState({ tab: 'current', checkInput: '', checkInputStatus: 'idle' });
}

export interface PopupState {
  tab: PopupTab;
  checkInput: string;
  /** 'idle' until the stored input is read; typing before that is kept and wins over the stored value. */
  checkInputStatus: 'idle' | 'loading' | 'ready';
  setTab: (tab: PopupTab) => void;
  setCheckInput: (text: string) => void;
  /** Put text into Check text and switch to it (the Categories tab's "Check it"). */
  checkText: (text: string) => void;
  loadCheckInput: () => Promise<void>;
}

export const popupStore = create<PopupState>()((set, get) => ({
  tab: 'current',
  checkInput: '',
  checkInputStatus: 'idle',
  setTab: (tab) => set({ tab }),
  setCheckInput: (text) => {
    const value = text.slice(0, MAX_CHECK_INPUT);
    set({ checkInput: value, checkInputStatus: 'ready' });
    void writeCheckInput(value);
  },
  checkText: (text) => {
    get().setCheckInput(text);
    set({ tab: 'check' });
  },
  loadCheckInput: async () => {
    if (get().checkInputStatus !== 'idle') return;
    set({ checkInputStatus: 'loading' });
    const text = await readCheckInput();
    // Someone typed (or pressed "Check it") while we were reading: their text wins.
    if (get().checkInputStatus === 'loading') set({ checkInput: text, checkInputStatus: 'ready' });
  },
}));

export const usePopupStore = popupStore;
