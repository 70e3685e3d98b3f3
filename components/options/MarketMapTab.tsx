import { useId, useMemo, useState } from 'react';
import { useCountryName, useT } from '@/components/i18n';
import { effectivePricingDate, useSettings } from '@/components/settings';
import { isIsoDate } from '@/core/pricing/dates';
import { listMarketCountries, normalizeName } from '@/core/pricing/markets';

/** Which countries (and calling codes) are priced in each market on the chosen date. */
export function MarketMapTab() {
  const t = useT();
  // Country names in the UI language (Meta's own market names stay as Meta writes them).
  const countryName = useCountryName();
  const countryLabel = (country: { iso: string; name: string }) => countryName(country.iso, country.name);
  const preferences = useSettings((s) => s.preferences);
  const dateId = useId();
  const filterId = useId();
  const [date, setDate] = useState(() => effectivePricingDate(preferences));
  const [query, setQuery] = useState('');
  const validDate = isIsoDate(date);
  const map = useMemo(() => (validDate ? listMarketCountries(date) : []), [date, validDate]);

  const rows = useMemo(() => {
    const text = query.trim();
    if (!text) return map;
    const wanted = normalizeName(text);
    const digits = text.replace(/^(\+|00)/, '').replace(/\D/g, '');
    const phoneQuery = /^(\+|00)?\d[\d\s]*$/.test(text);
    return map
      .map(({ market, countries }) => {
        if (normalizeName(market).includes(wanted)) return { market, countries };
        const matching = countries.filter((country) =>
          phoneQuery
            ? country.callingCode.startsWith(digits)
            : country.iso.toLowerCase() === text.toLowerCase() ||
              normalizeName(country.name).includes(wanted) ||
              normalizeName(countryName(country.iso, country.name)).includes(wanted),
        );
        return { market, countries: matching };
      })
      .filter((row) => row.countries.length > 0 || normalizeName(row.market).includes(wanted));
  }, [map, query, countryName]);

  return (
    <section aria-labelledby="markets-heading">
      <h2 id="markets-heading">{t('options.tab.markets')}</h2>
      <p>{t('markets.intro')}</p>
      <div className="tl-row">
        <div className="tl-field">
          <label htmlFor={dateId}>{t('markets.date')}</label>
          <input
            id={dateId}
            type="date"
            className="tl-input"
            value={date}
            aria-invalid={validDate ? undefined : true}
            aria-describedby={validDate ? undefined : `${dateId}-error`}
            onChange={(event) => setDate(event.target.value)}
          />
          {validDate ? null : (
            <span id={`${dateId}-error`} className="tl-error">
              {t('prefs.dateInvalid')}
            </span>
          )}
        </div>
        <div className="tl-field">
          <label htmlFor={filterId}>{t('markets.filter')}</label>
          <input
            id={filterId}
            type="search"
            className="tl-input"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </div>
      <p role="status">
        {rows.length === 0 && query.trim()
          ? t('markets.noMatch', { query: query.trim() })
          : t('markets.count', { count: rows.length })}
      </p>
      <table className="tl-table">
        <thead>
          <tr>
            <th scope="col">{t('markets.col.market')}</th>
            <th scope="col">{t('markets.col.countries')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ market, countries }) => (
            <tr key={market}>
              <th scope="row">{market}</th>
              <td>
                {countries.length === 0
                  ? t('markets.none')
                  : countries.map((country) => `${countryLabel(country)} (+${country.callingCode})`).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
