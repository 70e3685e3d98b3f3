import { useState } from 'react';
import { useDocumentLanguage, useT } from '@/components/i18n';
import { useSettings } from '@/components/settings';
import { Tabs } from '@/components/ui';
import { ImportTab } from './ImportTab';
import { MarketMapTab } from './MarketMapTab';
import { PreferencesTab } from './PreferencesTab';
import { RateCardsTab } from './RateCardsTab';
import { StorageNotices } from './StorageNotices';

export type OptionsTabId = 'cards' | 'import' | 'markets' | 'prefs';

export function OptionsApp({ initialTab = 'cards' }: { initialTab?: OptionsTabId }) {
  const t = useT();
  const status = useSettings((s) => s.status);
  const [tab, setTab] = useState<OptionsTabId>(initialTab);

  useDocumentLanguage('options.title');

  return (
    <main className="tl-options">
      <h1>{t('options.title')}</h1>
      <StorageNotices />
      {status === 'loading' ? (
        <p role="status">{t('options.loading')}</p>
      ) : (
        <Tabs
          label={t('options.tabsLabel')}
          selected={tab}
          onSelect={setTab}
          tabs={[
            { id: 'cards', label: t('options.tab.cards') },
            { id: 'import', label: t('options.tab.import') },
            { id: 'markets', label: t('options.tab.markets') },
            { id: 'prefs', label: t('options.tab.prefs') },
          ]}
        >
          {tab === 'cards' ? <RateCardsTab /> : null}
          {tab === 'import' ? <ImportTab /> : null}
          {tab === 'markets' ? <MarketMapTab /> : null}
          {tab === 'prefs' ? <PreferencesTab /> : null}
        </Tabs>
      )}
    </main>
  );
}
