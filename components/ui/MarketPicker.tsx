import { useId, useMemo, useState } from 'react';
import { useCountryName, useT } from '@/components/i18n';
import { MARKETS, type Market } from '@/core/pricing/market-data';
import { type MarketSearchResult, searchMarkets } from '@/core/pricing/markets';

export interface MarketPickerProps {
  label: string;
  value: Market;
  onChange: (market: Market) => void;
  /** Pricing date (YYYY-MM-DD): decides which market a country falls in. */
  date: string;
  /** Markets not offered in the list (e.g. already in a mix); the current value always stays. */
  exclude?: readonly Market[];
}

/**
 * How a search result reads: "Brasil (BR, +55)" for a country (named by `countryName`, e.g. useCountryName()),
 * the market's own name otherwise. Shared by this picker and the popup's market search.
 */
export function searchResultLabel(
  result: MarketSearchResult,
  countryName: (iso: string, fallback: string) => string,
): string {
  const { country } = result;
  if (!country) return result.market;
  const code = country.callingCode ? `, +${country.callingCode}` : '';
  return `${countryName(country.iso, country.name)} (${country.iso}${code})`;
}

/**
 * A market <select> plus a search box that finds the market for a country name, ISO code or phone prefix
 * ("Kenya", "KE", "+254") through core/pricing's searchMarkets. Results are buttons, so it is keyboard usable
 * without a custom combobox.
 */
export function MarketPicker({ label, value, onChange, date, exclude = [] }: MarketPickerProps) {
  const t = useT();
  const countryName = useCountryName();
  const selectId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const results = useMemo(() => {
    const seen = new Set<string>();
    return searchMarkets(query, date, 12).filter((result) => {
      const key = `${result.market}|${result.country?.iso ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }, [query, date]);

  return (
    <div className="tl-field">
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        className="tl-select"
        value={value}
        onChange={(event) => onChange(event.target.value as Market)}
      >
        {MARKETS.filter((market) => market === value || !exclude.includes(market)).map((market) => (
          <option key={market} value={market}>
            {market}
          </option>
        ))}
      </select>
      <label htmlFor={searchId} className="tl-hint">
        {t('market.find')}
      </label>
      <input
        id={searchId}
        type="search"
        className="tl-input"
        value={query}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() ? (
        results.length === 0 ? (
          <p role="status">{t('market.noMatch', { query: query.trim() })}</p>
        ) : (
          <ul className="tl-results">
            {results.map((result) => {
              const what = searchResultLabel(result, countryName);
              return (
                <li key={`${result.market}|${result.country?.iso ?? ''}`}>
                  <button
                    type="button"
                    className="tl-button"
                    onClick={() => {
                      onChange(result.market);
                      setQuery('');
                    }}
                  >
                    {result.country ? t('market.pick', { label: what, market: result.market }) : result.market}
                  </button>
                </li>
              );
            })}
          </ul>
        )
      ) : null}
    </div>
  );
}
