import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings } from '@/components/settings';
import { activeTab, expectNoSeriousAxeViolations, openPopup } from './helpers';

// WXT's test alias points `wxt/browser` at a module that imports all of `wxt/testing`, whose Vite plugin code
// loads esbuild, which refuses to start under jsdom (TextEncoder realm check). Point it straight at the fake.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const COUPON = 'Your order {{1}} has shipped. Use code SAVE10 for 10% off your next order!';
const EDITOR_URL = 'https://business.facebook.com/latest/whatsapp_manager/message_templates/?business_id=1';

afterEach(() => {
  vi.restoreAllMocks();
});

function textarea() {
  return screen.getByRole('textbox', { name: 'Template text or Graph API JSON' }) as HTMLTextAreaElement;
}

async function goTo(tab: string) {
  await userEvent.setup().click(screen.getByRole('tab', { name: tab }));
}

describe('popup tabs', () => {
  it('has four tabs reachable with the arrow keys (WAI-ARIA tabs)', async () => {
    activeTab(undefined, new Error('no receiver'));
    const user = userEvent.setup();
    openPopup();
    const first = screen.getByRole('tab', { name: 'This template' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'This template',
      'Check text',
      'Categories',
      'Costs',
    ]);
    first.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Check text' }));
    expect(screen.getByRole('tab', { name: 'Check text' }).getAttribute('aria-selected')).toBe('true');
    expect(textarea()).toBeTruthy();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Costs' }).getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'This template' }).getAttribute('aria-selected')).toBe('true');
  });
});

describe('This template', () => {
  it('shows the analysis of the draft the active tab reads, with its cost', async () => {
    const send = activeTab(EDITOR_URL, {
      draft: { category: 'UTILITY', components: [{ type: 'BODY', text: COUPON }] },
      analysisAvailable: true,
      state: 'editor',
    });
    openPopup();
    const view = await screen.findByTestId('analysis-view');
    expect(send).toHaveBeenCalledWith(5, { type: 'template-lens/get-result' });
    expect(view.getAttribute('data-category')).toBe('MARKETING');
    expect(view.getAttribute('data-verdict')).toBe('will-be-marketing');
    expect(within(view).getAllByRole('mark').length + view.querySelectorAll('mark').length).toBeGreaterThan(0);
    expect(within(view).getByText(/As Marketing in North America:/)).toBeTruthy();
  });

  it('outside WhatsApp Manager: says so and opens the playground in a new tab', async () => {
    activeTab(undefined, new Error('Could not establish connection. Receiving end does not exist.'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const user = userEvent.setup();
    openPopup();
    expect(await screen.findByText(/not a WhatsApp Manager template editor/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Open the playground' });
    expect(link.getAttribute('href')).toMatch(/\/playground\.html$/);
    await user.click(link);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/playground\.html$/) });
  });

  it('on WhatsApp Manager without an editor: the quiet not-detected message', async () => {
    activeTab(EDITOR_URL, { draft: null, analysisAvailable: false, state: 'not-detected' });
    openPopup();
    expect(await screen.findByText(/No template editor is open in this tab/)).toBeTruthy();
  });

  it('has no serious or critical axe violations', async () => {
    activeTab(EDITOR_URL, {
      draft: { category: 'UTILITY', components: [{ type: 'BODY', text: COUPON }] },
      analysisAvailable: true,
      state: 'editor',
    });
    const { container } = openPopup();
    await screen.findByTestId('analysis-view');
    await expectNoSeriousAxeViolations(container);
  });
});

describe('Check text', () => {
  it('paste a coupon text → Marketing, with the promotional phrase marked in the text', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Check text');
    await user.click(textarea());
    await user.paste(COUPON);
    const view = await screen.findByTestId('analysis-view');
    expect(view.getAttribute('data-category')).toBe('MARKETING');
    const marks = [...view.querySelectorAll('mark')].map((m) => m.textContent ?? '');
    expect(marks.length).toBeGreaterThan(0);
    // Every marked phrase is a piece of what was pasted, shown in place.
    for (const mark of marks) expect(COUPON).toContain(mark);
    expect(marks.some((m) => /code|10%|off/i.test(m))).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Predicted category: Marketing');
  });

  it('updates as you type: a plain order update is Utility', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Check text');
    await user.click(textarea());
    await user.paste('Your order {{1}} has shipped and will arrive on {{2}}.');
    await waitFor(() => expect(screen.getByTestId('analysis-view').getAttribute('data-category')).toBe('UTILITY'));
    await user.paste(' Use code SAVE10 for 10% off your next order!');
    await waitFor(() => expect(screen.getByTestId('analysis-view').getAttribute('data-category')).toBe('MARKETING'));
  });

  it('a JSON list gives one result per template', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Check text');
    const list = [
      {
        name: 'order_shipped',
        language: 'en_US',
        category: 'UTILITY',
        components: [{ type: 'BODY', text: 'Your order {{1}} has shipped.' }],
      },
      {
        name: 'summer_sale',
        language: 'en_US',
        category: 'MARKETING',
        components: [{ type: 'BODY', text: 'Summer sale! 30% off everything this week.' }],
      },
      {
        name: 'otp_in_utility',
        language: 'en_US',
        category: 'UTILITY',
        components: [{ type: 'BODY', text: 'Your verification code is {{1}}.' }],
      },
    ];
    await user.click(textarea());
    await user.paste(JSON.stringify(list));
    const views = await screen.findAllByTestId('analysis-view');
    expect(views).toHaveLength(3);
    expect(screen.getByText('3 templates')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Template 1: order_shipped' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Template 3: otp_in_utility' })).toBeTruthy();
    expect(views[0]?.getAttribute('data-category')).toBe('UTILITY');
    expect(views[1]?.getAttribute('data-category')).toBe('MARKETING');
    expect(views[2]?.getAttribute('data-verdict')).toBe('will-be-rejected-otp');
  });

  it('shows parse problems for broken JSON instead of failing', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Check text');
    await user.click(textarea());
    await user.paste('[{"name": "x", "components": [}]');
    expect(await screen.findByText(/Problems reading the input/)).toBeTruthy();
    expect(screen.queryByTestId('analysis-view')).toBeNull();
  });

  it('the input survives closing and reopening the popup', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    const first = openPopup();
    await goTo('Check text');
    await user.click(textarea());
    await user.paste(COUPON);
    await screen.findByTestId('analysis-view');
    first.unmount();
    // A new popup starts with empty memory; only extension storage carries the text over.
    openPopup();
    await goTo('Check text');
    await waitFor(() => expect(textarea().value).toBe(COUPON));
    expect((await screen.findByTestId('analysis-view')).getAttribute('data-category')).toBe('MARKETING');
  });

  it('shows template markup literally (no HTML injection through the pasted text)', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    const evil = '<img src=x onerror="window.__popupPwned=1"> Use code SAVE10 for 10% off!';
    const { container } = openPopup();
    await goTo('Check text');
    await user.click(textarea());
    await user.paste(evil);
    await screen.findByTestId('analysis-view');
    expect(container.querySelector('img')).toBeNull();
    expect((window as unknown as { __popupPwned?: number }).__popupPwned).toBeUndefined();
    const marked = container.querySelector('mark');
    expect(marked?.closest('p')?.textContent).toBe(evil);
  });

  it('has no serious or critical axe violations with a result shown', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    const { container } = openPopup();
    await goTo('Check text');
    await user.click(textarea());
    await user.paste(COUPON);
    await screen.findByTestId('analysis-view');
    await expectNoSeriousAxeViolations(container);
  });
});

describe('Categories', () => {
  it('lists the four categories with who starts them and how they are billed', async () => {
    activeTab(undefined, new Error('none'));
    openPopup();
    await goTo('Categories');
    expect(screen.getByRole('button', { name: 'Utility started by the business with a template' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Authentication started by the business with a template' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Marketing started by the business with a template' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Service started by the customer' })).toBeTruthy();
    expect(screen.getByText(/Must be non-promotional/)).toBeTruthy();
    expect(screen.getAllByText('How it is billed today').length).toBeGreaterThan(0);
  });

  it('"Check it" opens the example in Check text with its result', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Categories');
    await user.click(screen.getByRole('button', { name: /^Marketing/ }));
    await user.click(screen.getByRole('button', { name: 'Check it: Loyalty discount code' }));
    expect(screen.getByRole('tab', { name: 'Check text' }).getAttribute('aria-selected')).toBe('true');
    expect(textarea().value).toContain('15% off your next purchase');
    expect((await screen.findByTestId('analysis-view')).getAttribute('data-category')).toBe('MARKETING');
  });

  it('the Spanish UI shows the Spanish originals', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    const { settingsStore } = await import('@/components/settings');
    await act(async () => {
      await settingsStore.getState().updatePreferences({ language: 'es' });
    });
    await user.click(await screen.findByRole('tab', { name: 'Categorías' }));
    expect(screen.getByText(/te recordamos tu cita/)).toBeTruthy();
  });

  it('the fixed authentication text follows its options and can be checked', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Categories');
    await user.click(screen.getByRole('button', { name: /^Authentication/ }));
    const preview = screen.getByTestId('auth-preview');
    expect(preview.textContent).toContain(
      '123456 is your verification code. For your security, do not share this code.',
    );
    expect(preview.textContent).toContain('This code expires in 10 minutes.');
    await user.click(screen.getByRole('checkbox', { name: 'Add the security recommendation' }));
    expect(preview.textContent).not.toContain('For your security');
    const minutes = screen.getByRole('spinbutton', { name: /Minutes until the code expires/ });
    await user.clear(minutes);
    await user.type(minutes, '5');
    expect(preview.textContent).toContain('This code expires in 5 minutes.');
    await user.click(screen.getByRole('button', { name: 'Check it: The fixed authentication text' }));
    const input = JSON.parse(textarea().value);
    expect(input.category).toBe('AUTHENTICATION');
    expect(input.components[1]).toEqual({ type: 'FOOTER', code_expiration_minutes: 5 });
    expect((await screen.findByTestId('analysis-view')).getAttribute('data-category')).toBe('AUTHENTICATION');
  });

  it('has no serious or critical axe violations', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    const { container } = openPopup();
    await goTo('Categories');
    await user.click(screen.getByRole('button', { name: /^Authentication/ }));
    await user.click(screen.getByRole('button', { name: 'What turns Utility into Marketing' }));
    await expectNoSeriousAxeViolations(container);
  });
});

describe('Costs', () => {
  async function chartRow(category: string) {
    const chart = await screen.findByTestId('cost-chart');
    const row = chart.querySelector(`[data-category="${category}"]`);
    if (!row) throw new Error(`no ${category} row`);
    return row.textContent ?? '';
  }

  it('picking a market by ISO code changes the numbers and is saved to the shared preferences', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Costs');
    await waitFor(async () => expect(await chartRow('MARKETING')).toContain('$0.0250'));
    await user.type(screen.getByRole('searchbox', { name: 'Find a market' }), 'BR');
    await user.click(await screen.findByRole('button', { name: /^Use Brazil/ }));
    await waitFor(async () => expect(await chartRow('MARKETING')).toContain('$0.0625'));
    expect(await chartRow('UTILITY')).toContain('$0.0068');
    expect(await chartRow('MARKETING')).toContain('$625.00 per month');
    expect(screen.getByTestId('marketing-multiple').textContent).toBe('Marketing costs ×9.2 Utility in Brazil.');
    expect((await loadSettings()).preferences.recipients).toEqual({ kind: 'single', market: 'Brazil' });
  });

  it('finds markets by phone prefix and by country name, and changes the volume', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    openPopup();
    await goTo('Costs');
    const search = screen.getByRole('searchbox', { name: 'Find a market' });
    await user.type(search, '+52');
    expect(await screen.findByRole('button', { name: /^Use Mexico/ })).toBeTruthy();
    await user.clear(search);
    await user.type(search, 'Kenya');
    await user.click(await screen.findByRole('button', { name: /^Use Rest of Africa/ }));
    const volume = screen.getByRole('textbox', { name: 'Template messages per month' });
    await user.clear(volume);
    await user.type(volume, '2000{Enter}');
    await waitFor(async () => expect((await loadSettings()).preferences.monthlyVolume).toBe(2000));
    expect(screen.getByRole('heading', { name: /Cost of 2,000 messages a month in Rest of Africa/ })).toBeTruthy();
  });

  it('follows preference changes made elsewhere (options page) live', async () => {
    activeTab(undefined, new Error('none'));
    openPopup();
    await goTo('Costs');
    await screen.findByTestId('cost-chart');
    const { savePreferences, DEFAULT_PREFERENCES } = await import('@/components/settings');
    await act(async () => {
      await savePreferences({ ...DEFAULT_PREFERENCES, recipients: { kind: 'single', market: 'India' } });
    });
    await waitFor(() => expect(screen.getByRole('heading', { name: /in India/ })).toBeTruthy());
  });

  it('takes a Marketing Messages API max price and shows the month’s ceiling beside the list rate', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    const { savePreferences, DEFAULT_PREFERENCES } = await import('@/components/settings');
    await savePreferences({
      ...DEFAULT_PREFERENCES,
      recipients: { kind: 'single', market: 'Brazil' },
      pricingDate: '2026-11-01',
    });
    openPopup();
    await goTo('Costs');
    const field = await screen.findByRole('textbox', { name: 'Max price per marketing message, USD (optional)' });
    await user.type(field, '0.05{Enter}');
    await waitFor(async () =>
      expect((await loadSettings()).preferences.marketingMaxPrice).toEqual({ amount: 50_000, currency: 'USD' }),
    );
    expect((await screen.findByTestId('max-price')).textContent).toBe(
      'Marketing Messages API max price: at most $0.0500 per delivered marketing message (list rate $0.0625), at most $500.00 a month.',
    );
    await user.clear(field);
    await user.keyboard('{Enter}');
    await waitFor(async () => expect((await loadSettings()).preferences.marketingMaxPrice).toBeNull());
    expect(screen.queryByTestId('max-price')).toBeNull();
  });

  it('names the card, its currency and date, and warns when the card predates the priced quarter', async () => {
    activeTab(undefined, new Error('none'));
    const { savePreferences, saveRateCards, DEFAULT_PREFERENCES } = await import('@/components/settings');
    await savePreferences({
      ...DEFAULT_PREFERENCES,
      recipients: { kind: 'single', market: 'Germany' },
      pricingDate: '2026-12-04',
    });
    await saveRateCards({ userCards: [], activeCardId: 'meta-eur-2026-07-01' });
    openPopup();
    await goTo('Costs');
    expect((await screen.findByTestId('card-older-than-quarter')).textContent).toMatch(
      /is dated 2026-07-01, before the quarter that began 2026-10-01/,
    );
    expect(screen.getByText(/^Rates: .*EUR.*effective 2026-07-01.*\.$/)).toBeTruthy();
  });

  it('has no serious or critical axe violations', async () => {
    activeTab(undefined, new Error('none'));
    const user = userEvent.setup();
    const { container } = openPopup();
    await goTo('Costs');
    await user.type(screen.getByRole('searchbox', { name: 'Find a market' }), 'bra');
    await screen.findByRole('button', { name: /^Use Brazil/ });
    await expectNoSeriousAxeViolations(container);
  });
});
