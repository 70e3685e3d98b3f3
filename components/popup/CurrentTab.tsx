import { useCallback, useEffect, useState } from 'react';
import { AnalysisView } from '@/components/analysis/AnalysisView';
import { summarizeCost } from '@/components/analysis/cost';
import { useLang, useT } from '@/components/i18n';
import { analyzeTemplate } from '@/core/analyze';
import { useCostSettings } from './hooks';
import { isWhatsAppManagerUrl, lookUpActiveTab, type TabLookup, type TabsApi } from './messages';
import { usePopupStore } from './store';

export const PLAYGROUND_PATH = '/playground.html';

/** The playground page's URL. WXT types getURL with the pages it has built; the playground is the lead's entrypoint. */
export function playgroundUrl(): string {
  return browser.runtime.getURL(PLAYGROUND_PATH as '/popup.html');
}

/** The template the active tab's panel is reading, analysed here again; or why there is none. */
export function CurrentTab() {
  const t = useT();
  const lang = useLang();
  const [lookup, setLookup] = useState<TabLookup>({ kind: 'loading' });
  const costSettings = useCostSettings();
  const checkText = usePopupStore((state) => state.checkText);

  const refresh = useCallback(() => {
    setLookup({ kind: 'loading' });
    void lookUpActiveTab(browser.tabs as unknown as TabsApi).then(setLookup);
  }, []);

  useEffect(() => {
    refresh();
  }, [refresh]);

  if (lookup.kind === 'loading') {
    return (
      <p role="status" className="tl-hint">
        {t('popup.current.loading')}
      </p>
    );
  }

  if (lookup.kind === 'editor') {
    const analysis = analyzeTemplate(lookup.draft);
    return (
      <div>
        <AnalysisView
          analysis={analysis}
          draft={lookup.draft}
          cost={summarizeCost(analysis, costSettings)}
          lang={lang}
          headingLevel={2}
          maxFindings={3}
        />
        <p className="tl-row tlp-actions">
          <button type="button" className="tl-button" onClick={refresh}>
            {t('popup.current.refresh')}
          </button>
          <button
            type="button"
            className="tl-button"
            onClick={() => checkText(JSON.stringify({ ...lookup.draft }, null, 2))}
          >
            {t('popup.current.copyToCheck')}
          </button>
        </p>
      </div>
    );
  }

  const onManager = lookup.kind === 'not-detected' || isWhatsAppManagerUrl(lookup.url);
  return (
    <div className="tlp-empty">
      <p>
        {lookup.kind === 'not-detected'
          ? t('popup.current.notDetected')
          : onManager
            ? t('popup.current.noAnswer')
            : t('popup.current.notManager')}
      </p>
      <p>{t('popup.current.playgroundHint')}</p>
      <p className="tl-row tlp-actions">
        <a
          href={playgroundUrl()}
          className="tl-button tlp-link-button"
          onClick={(event) => {
            event.preventDefault();
            void browser.tabs.create({ url: playgroundUrl() });
          }}
        >
          {t('popup.current.openPlayground')}
        </a>
        <button type="button" className="tl-button" onClick={() => usePopupStore.getState().setTab('check')}>
          {t('popup.current.goToCheck')}
        </button>
        {onManager ? (
          <button type="button" className="tl-button" onClick={refresh}>
            {t('popup.current.refresh')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
