import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useT } from '@/components/i18n';
import { DEFAULT_PREFERENCES, saveRateCards, useActiveCard, useSettings } from '@/components/settings';
import { definePreferencesItem, defineRateCardsItem } from '@/components/settings/items';
import { savePreferences } from '@/components/settings/settings';

function Probe() {
  const card = useActiveCard();
  const volume = useSettings((s) => s.preferences.monthlyVolume);
  const t = useT();
  return (
    <p>
      {card.currency} {volume} {t('options.tab.prefs')}
    </p>
  );
}

/** Another extension context (popup, another tab) writing through its own storage items. */
const elsewhere = () => ({ preferences: definePreferencesItem(), rateCards: defineRateCardsItem() });

describe('useSettings / useActiveCard', () => {
  it('follow changes saved by another context: active card, preferences and language', async () => {
    render(<Probe />);
    await screen.findByText(`USD ${DEFAULT_PREFERENCES.monthlyVolume} Preferences`);
    await act(async () => {
      await saveRateCards({ userCards: [], activeCardId: 'meta-eur-2026-07-01' }, elsewhere());
      await savePreferences({ ...DEFAULT_PREFERENCES, monthlyVolume: 5, language: 'pt' }, elsewhere());
    });
    await waitFor(() => expect(screen.getByText('EUR 5 Preferências')).toBeTruthy());
  });
});
