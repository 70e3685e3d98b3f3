import { useDeferredValue, useId, useMemo } from 'react';
import { AnalysisView } from '@/components/analysis/AnalysisView';
import { CategoryBadge, categoryName } from '@/components/analysis/CategoryBadge';
import { summarizeCost } from '@/components/analysis/cost';
import { pickLocalized, useLang, useT } from '@/components/i18n';
import { analyzeTemplate } from '@/core/analyze';
import { parseTemplateText } from '@/core/template/parse';
import { useCostSettings } from './hooks';
import { usePopupStore } from './store';

/** More templates than this are listed by name only, to keep typing responsive in a list of hundreds. */
export const MAX_FULL_RESULTS = 25;

/** Paste a body text or Graph API JSON (one template or a list) and see the analysis as you type. */
export function CheckTextTab() {
  const t = useT();
  const lang = useLang();
  const inputId = useId();
  const hintId = useId();
  const input = usePopupStore((state) => state.checkInput);
  const setInput = usePopupStore((state) => state.setCheckInput);
  const costSettings = useCostSettings();
  const deferred = useDeferredValue(input);

  const parsed = useMemo(() => (deferred.trim() ? parseTemplateText(deferred) : null), [deferred]);
  const analyses = useMemo(
    () => (parsed?.templates ?? []).map((template) => ({ template, analysis: analyzeTemplate(template.draft) })),
    [parsed],
  );
  // Costs are worked out here, not in render: typing re-renders this tab before the deferred input catches up.
  const results = useMemo(
    () =>
      analyses.map((result, index) => ({
        ...result,
        cost: index < MAX_FULL_RESULTS ? summarizeCost(result.analysis, costSettings) : null,
      })),
    [analyses, costSettings],
  );

  const single = results.length === 1;
  const announce =
    results.length === 0
      ? ''
      : single && results[0]
        ? t('popup.check.announceOne', { category: categoryName(results[0].analysis.category, lang) })
        : t('popup.check.announceMany', { count: results.length });

  return (
    <div className="tlp-check">
      <label htmlFor={inputId} className="tlp-label">
        {t('popup.check.label')}
      </label>
      <textarea
        id={inputId}
        className="tl-textarea tlp-textarea"
        value={input}
        rows={6}
        spellCheck={false}
        aria-describedby={hintId}
        placeholder={t('popup.check.placeholder')}
        onChange={(event) => setInput(event.target.value)}
      />
      <p id={hintId} className="tl-hint">
        {t('popup.check.hint')}
      </p>
      {input ? (
        <button type="button" className="tl-button" onClick={() => setInput('')}>
          {t('popup.check.clear')}
        </button>
      ) : null}
      <p role="status" className="tl-visually-hidden">
        {announce}
      </p>

      {!parsed ? <p className="tl-hint">{t('popup.check.empty')}</p> : null}

      {parsed && parsed.errors.length > 0 ? (
        <div className="tl-notice" data-kind="warning">
          <p className="tlp-strong">{t('popup.check.errors', { count: parsed.errors.length })}</p>
          <ul>
            {parsed.errors.slice(0, 20).map((error) => (
              // The parser's messages are in English only (core/template).
              <li key={`${error.index}-${error.path}-${error.message}`} lang="en">
                <code>{error.path}</code> {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {single && results[0] ? (
        <AnalysisView
          analysis={results[0].analysis}
          draft={results[0].template.draft}
          cost={results[0].cost}
          lang={lang}
          headingLevel={2}
        />
      ) : null}

      {results.length > 1 ? (
        <>
          <p className="tlp-strong">{t('popup.check.count', { count: results.length })}</p>
          <ol className="tlp-results">
            {results.map(({ template, analysis, cost }, index) => (
              <li key={`${template.index}-${template.id}`} className="tlp-result">
                <h2 className="tlp-result-title">
                  {t('popup.check.templateHeading', {
                    n: template.index + 1,
                    name: template.draft.name ?? template.id,
                  })}
                </h2>
                {index < MAX_FULL_RESULTS ? (
                  <AnalysisView
                    analysis={analysis}
                    draft={template.draft}
                    cost={cost}
                    lang={lang}
                    headingLevel={3}
                    maxFindings={3}
                  />
                ) : (
                  <p data-testid="short-result" data-category={analysis.category}>
                    <CategoryBadge category={analysis.category} lang={lang} />{' '}
                    {pickLocalized(analysis.verdict.message, lang)}
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
