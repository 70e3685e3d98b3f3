import { useEffect } from 'react';
import { useDocumentLanguage, useT } from '@/components/i18n';
import { Tabs } from '@/components/ui';
import '@/components/ui/theme.css';
import './popup.css';
import { CategoriesTab } from './CategoriesTab';
import { CheckTextTab } from './CheckTextTab';
import { CostsTab } from './CostsTab';
import { CurrentTab } from './CurrentTab';
import { type PopupTab, usePopupStore } from './store';

/** The toolbar popup: the active tab's template, paste-and-check, the categories, and a cost calculator. */
export function PopupApp() {
  const t = useT();
  const tab = usePopupStore((state) => state.tab);
  const setTab = usePopupStore((state) => state.setTab);
  const loadCheckInput = usePopupStore((state) => state.loadCheckInput);

  // Read the stored Check text input once, whichever tab opens first.
  useEffect(() => {
    void loadCheckInput();
  }, [loadCheckInput]);

  useDocumentLanguage('popup.title');

  const tabs: Array<{ id: PopupTab; label: string }> = [
    { id: 'current', label: t('popup.tab.current') },
    { id: 'check', label: t('popup.tab.check') },
    { id: 'categories', label: t('popup.tab.categories') },
    { id: 'costs', label: t('popup.tab.costs') },
  ];

  return (
    <main className="tlp">
      <h1 className="tlp-title">{t('popup.title')}</h1>
      <Tabs label={t('popup.tabsLabel')} tabs={tabs} selected={tab} onSelect={setTab}>
        {tab === 'current' ? <CurrentTab /> : null}
        {tab === 'check' ? <CheckTextTab /> : null}
        {tab === 'categories' ? <CategoriesTab /> : null}
        {tab === 'costs' ? <CostsTab /> : null}
      </Tabs>
    </main>
  );
}
