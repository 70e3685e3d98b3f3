import { useId, useMemo, useState } from 'react';
import { CategoryBadge } from '@/components/analysis/CategoryBadge';
import { CostWarnings, cardLine, eraName } from '@/components/analysis/CostBlock';
import { estimateInputFor, marketsLabel, summarizeCost } from '@/components/analysis/cost';
import { formatCount, formatFactor, LOCALE } from '@/components/analysis/format';
import { useCountryName, useLang, useT } from '@/components/i18n';
import { effectivePricingDate, useSettings } from '@/components/settings';
import { NumberField, searchResultLabel } from '@/components/ui';
import { eraFor } from '@/core/pricing/eras';
import { ESTIMATE_CATEGORIES, type EstimateCategory, estimateCost } from '@/core/pricing/estimate';
import { searchMarkets } from '@/core/pricing/markets';
import { decimalToMicros, formatMoney, formatRate, microsToUnits } from '@/core/pricing/money';
import { useCostSettings } from './hooks';
import { addToMix, marketsOf, removeFromMix } from './mix';

const CHART_CATEGORIES = ESTIMATE_CATEGORIES;
type ChartCategory = EstimateCategory;

/** Market(s) and monthly volume (the stored preferences), and what each category costs there. */
export function CostsTab() {
  const t = useT();
  const lang = useLang();
  const locale = LOCALE[lang];
  const countryName = useCountryName();
  const searchId = useId();
  const resultsId = useId();
  const preferences = useSettings((state) => state.preferences);
  const updatePreferences = useSettings((state) => state.updatePreferences);
  const saveError = useSettings((state) => state.saveError);
  const costSettings = useCostSettings();
  const [query, setQuery] = useState('');
  const date = effectivePricingDate(preferences);
  const era = eraFor(date);

  const results = useMemo(() => {
    const found = searchMarkets(query, date, 12);
    // "Brazil" the market and "Brazil (BR, +55)" the country are the same choice: keep the more informative one.
    const countryMarkets = new Set(found.filter((r) => r.country?.name === r.market).map((r) => r.market));
    return found.filter((r) => r.country || !countryMarkets.has(r.market)).slice(0, 8);
  }, [query, date]);
  const current = marketsOf(preferences.recipients);

  const summary = useMemo(() => summarizeCost(null, costSettings, new Date(), 'UTILITY'), [costSettings]);
  const service = useMemo(() => estimateCost(estimateInputFor('SERVICE', costSettings)), [costSettings]);

  const rows: Array<{ category: ChartCategory; perMessage: number | null; monthly: number | null }> =
    CHART_CATEGORIES.map((category) => {
      if (category === 'SERVICE') {
        return service.ok
          ? { category, perMessage: service.perMessage, monthly: service.monthlyTotal }
          : { category, perMessage: null, monthly: null };
      }
      const price = summary.ok ? summary.byCategory[category] : null;
      return { category, perMessage: price?.perMessage ?? null, monthly: price?.monthlyTotal ?? null };
    });
  const byMonth = preferences.monthlyVolume > 0;
  const barValue = (row: (typeof rows)[number]) => (byMonth ? row.monthly : row.perMessage) ?? 0;
  const max = Math.max(1, ...rows.map(barValue));
  const currency = summary.ok ? summary.currency : 'USD';

  return (
    <div className="tlp-costs">
      <h2 className="tlp-h2">{t('popup.costs.marketsTitle')}</h2>
      <ul className="tlp-markets" aria-label={t('popup.costs.currentMarkets')}>
        {preferences.recipients.kind === 'single' ? (
          <li>{preferences.recipients.market}</li>
        ) : (
          preferences.recipients.shares.map((share) => (
            <li key={share.market} className="tl-row">
              <span>
                {share.market} {formatCount(share.percent, lang)}%
              </span>
              <button
                type="button"
                className="tl-button tlp-small-button"
                aria-label={t('popup.costs.remove', { market: share.market })}
                onClick={() =>
                  void updatePreferences({ recipients: removeFromMix(preferences.recipients, share.market) })
                }
              >
                ×
              </button>
            </li>
          ))
        )}
      </ul>
      <div className="tl-field">
        <label htmlFor={searchId}>{t('popup.costs.search')}</label>
        <input
          id={searchId}
          className="tl-input"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={`${searchId}-hint`}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={`${searchId}-hint`} className="tl-hint">
          {t('popup.costs.searchHint')}
        </span>
      </div>
      {query.trim() ? (
        results.length === 0 ? (
          <p role="status">{t('popup.costs.noMatch', { query: query.trim() })}</p>
        ) : (
          <ul id={resultsId} className="tlp-search-results" aria-label={t('popup.costs.results')}>
            {results.map((result) => {
              const label = searchResultLabel(result, countryName);
              const inMarket = result.country && result.country.name !== result.market ? ` → ${result.market}` : '';
              return (
                <li key={`${result.market}-${result.country?.iso ?? ''}`} className="tlp-search-result">
                  <span>
                    {label}
                    {inMarket}
                  </span>
                  <span className="tl-row">
                    <button
                      type="button"
                      className="tl-button tlp-small-button"
                      aria-label={t('popup.costs.useNamed', { market: result.market, label })}
                      onClick={() => {
                        void updatePreferences({ recipients: { kind: 'single', market: result.market } });
                        setQuery('');
                      }}
                    >
                      {t('popup.costs.use')}
                    </button>
                    {current.includes(result.market) ? null : (
                      <button
                        type="button"
                        className="tl-button tlp-small-button"
                        aria-label={t('popup.costs.addNamed', { market: result.market, label })}
                        onClick={() => {
                          void updatePreferences({ recipients: addToMix(preferences.recipients, result.market) });
                          setQuery('');
                        }}
                      >
                        {t('popup.costs.add')}
                      </button>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
      <NumberField
        label={t('popup.costs.volume')}
        value={preferences.monthlyVolume}
        integer
        min={0}
        max={1_000_000_000}
        onCommit={(value) => {
          if (value !== null) void updatePreferences({ monthlyVolume: value });
        }}
      />
      <NumberField
        label={t('popup.costs.maxPrice', { currency })}
        hint={t('popup.costs.maxPriceHint')}
        value={
          preferences.marketingMaxPrice && preferences.marketingMaxPrice.currency === currency
            ? microsToUnits(preferences.marketingMaxPrice.amount)
            : null
        }
        allowEmpty
        min={0}
        maxFractionDigits={4}
        onCommit={(value) => {
          const amount = value === null ? null : decimalToMicros(String(value));
          void updatePreferences({ marketingMaxPrice: amount === null ? null : { amount, currency } });
        }}
      />
      {saveError ? (
        <p role="alert" className="tl-error">
          {t('popup.costs.saveError', { message: saveError.message })}
        </p>
      ) : null}

      <h2 className="tlp-h2">
        {byMonth
          ? t('popup.costs.chartMonth', {
              volume: formatCount(preferences.monthlyVolume, lang),
              market: summary.ok ? marketsLabel(summary.markets) : current.join(', '),
            })
          : t('popup.costs.chartMessage', { market: summary.ok ? marketsLabel(summary.markets) : current.join(', ') })}
      </h2>
      {!summary.ok ? <p className="tl-error">{summary.error}</p> : null}
      <ul className="tlp-chart" data-testid="cost-chart">
        {rows.map((row) => (
          <li key={row.category} className="tlp-chart-row" data-category={row.category}>
            <span className="tlp-chart-label">
              <CategoryBadge category={row.category} lang={lang} />
            </span>
            <span className="tlp-chart-bar" aria-hidden="true">
              <span style={{ width: `${(barValue(row) / max) * 100}%` }} data-category={row.category} />
            </span>
            <span className="tlp-chart-values">
              {row.perMessage === null ? (
                t('analysis.cost.unknown')
              ) : (
                <>
                  <span>
                    {t('popup.costs.perMessageValue', { value: formatRate(row.perMessage, currency, locale) })}
                  </span>
                  {byMonth && row.monthly !== null ? (
                    <span>{t('popup.costs.perMonthValue', { value: formatMoney(row.monthly, currency, locale) })}</span>
                  ) : null}
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className="tl-hint">{t('popup.costs.serviceNote')}</p>
      {summary.ok && summary.marketingOverUtility !== null ? (
        <p className="tlp-strong" data-testid="marketing-multiple">
          {t('analysis.cost.marketingOverUtility', {
            factor: formatFactor(summary.marketingOverUtility, lang),
            market: marketsLabel(summary.markets),
          })}
        </p>
      ) : null}
      {summary.ok ? <CostWarnings cost={summary} lang={lang} /> : null}
      {summary.ok ? <p className="tl-hint">{cardLine(summary.card, lang)}</p> : null}
      <p className="tl-hint">
        {era ? t('popup.costs.era', { era: eraName(era.id, era.name, lang), date }) : t('popup.costs.noEra', { date })}
      </p>
      {summary.ok && summary.notes.length > 0 ? (
        <ul className="tl-hint">
          {summary.notes.map((note) => (
            <li key={`${note.code}|${note.message}`} lang="en">
              {note.message}
            </li>
          ))}
        </ul>
      ) : null}
      <button type="button" className="tl-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.costs.moreSettings')}
      </button>
    </div>
  );
}
