import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp, type OptionsTabId } from '@/components/options/OptionsApp';

// findBy*/waitFor wait up to 5 s (default 1 s): storage round trips are slow on a loaded machine.
configure({ asyncUtilTimeout: 5_000 });

export async function renderOptions(tab: OptionsTabId = 'cards') {
  const user = userEvent.setup();
  const view = render(<OptionsApp initialTab={tab} />);
  // Loaded once the tabs replace the loading message.
  await screen.findByRole('tablist');
  return { user, ...view };
}

/** What is in extension storage right now (keys without the "local:" prefix). */
export async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}
