import { useEffect, useId, useMemo, useState } from 'react';
import { type MessageKey, useCountryName, useLang, useT } from '@/components/i18n';
import {
  effectivePricingDate,
  type MarketShare,
  type Preferences,
  sharesTotal,
  sharesTotal100,
  type UiLanguage,
  useSettings,
} from '@/components/settings';
import { Button, MarketPicker, NumberField } from '@/components/ui';
import { isIsoDate, todayIso } from '@/core/pricing/dates';
import { MARKETS, type Market } from '@/core/pricing/market-data';
import { listMarketCountries } from '@/core/pricing/markets';

const LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'es', 'pt'];
const LANGUAGE_KEY: Record<UiLanguage, MessageKey> = {
  auto: 'lang.auto',
  en: 'lang.en',
  es: 'lang.es',
  pt: 'lang.pt',
};

function MarketSelect({
  id,
  value,
  onChange,
  exclude = [],
}: {
  id: string;
  value: Market;
  onChange: (m: Market) => void;
  exclude?: readonly Market[];
}) {
  return (
    <select id={id} className="tl-select" value={value} onChange={(event) => onChange(event.target.value as Market)}>
      {MARKETS.filter((market) => market === value || !exclude.includes(market)).map((market) => (
        <option key={market} value={market}>
          {market}
        </option>
      ))}
    </select>
  );
}

function RecipientsField({
  preferences,
  save,
}: {
  preferences: Preferences;
  save: (patch: Partial<Preferences>) => void;
}) {
  const t = useT();
  const date = effectivePricingDate(preferences);
  const ids = { single: useId(), mix: useId(), market: useId() };
  const { recipients } = preferences;
  const fromStored = (): MarketShare[] =>
    recipients.kind === 'mix' ? recipients.shares : [{ market: recipients.market, percent: 100 }];
  const [draft, setDraft] = useState<MarketShare[]>(fromStored);
  // Follow changes saved elsewhere (another tab) unless the user is midway through an invalid mix here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a stored change should reset the draft.
  useEffect(() => setDraft(fromStored()), [recipients]);

  const total = sharesTotal(draft);
  const changeMix = (next: MarketShare[]) => {
    setDraft(next);
    if (next.length > 0 && sharesTotal100(next)) save({ recipients: { kind: 'mix', shares: next } });
  };
  const firstMarket = recipients.kind === 'mix' ? (recipients.shares[0]?.market ?? 'North America') : recipients.market;

  return (
    <fieldset>
      <legend>{t('prefs.recipients')}</legend>
      <div className="tl-field-inline">
        <input
          id={ids.single}
          type="radio"
          name="recipients-kind"
          checked={recipients.kind === 'single'}
          onChange={() => save({ recipients: { kind: 'single', market: firstMarket } })}
        />
        <label htmlFor={ids.single}>{t('prefs.single')}</label>
        <input
          id={ids.mix}
          type="radio"
          name="recipients-kind"
          checked={recipients.kind === 'mix'}
          onChange={() => save({ recipients: { kind: 'mix', shares: [{ market: firstMarket, percent: 100 }] } })}
        />
        <label htmlFor={ids.mix}>{t('prefs.mix')}</label>
      </div>
      {recipients.kind === 'single' ? (
        <MarketPicker
          label={t('prefs.market')}
          value={recipients.market}
          date={date}
          onChange={(market) => save({ recipients: { kind: 'single', market } })}
        />
      ) : (
        <div>
          {draft.map((share, index) => (
            <div className="tl-row" key={share.market}>
              <label className="tl-visually-hidden" htmlFor={`${ids.market}-${index}`}>
                {t('prefs.market')} {index + 1}
              </label>
              <MarketSelect
                id={`${ids.market}-${index}`}
                value={share.market}
                exclude={draft.map((s) => s.market)}
                onChange={(market) => changeMix(draft.map((s, i) => (i === index ? { ...s, market } : s)))}
              />
              <NumberField
                label={t('prefs.sharePercent', { market: share.market })}
                value={share.percent}
                min={0}
                max={100}
                onCommit={(percent) =>
                  changeMix(draft.map((s, i) => (i === index ? { ...s, percent: percent ?? 0 } : s)))
                }
              />
              <Button
                aria-label={t('prefs.removeShare', { market: share.market })}
                disabled={draft.length === 1}
                onClick={() => changeMix(draft.filter((_, i) => i !== index))}
              >
                ×
              </Button>
            </div>
          ))}
          <Button
            onClick={() => {
              const next = MARKETS.find((market) => !draft.some((s) => s.market === market));
              if (next) changeMix([...draft, { market: next, percent: 0 }]);
            }}
          >
            {t('prefs.addMarket')}
          </Button>
          <p role="status" className={sharesTotal100(draft) ? undefined : 'tl-error'}>
            {sharesTotal100(draft) ? t('prefs.mixTotal', { total }) : t('prefs.mixMustTotal', { total })}
          </p>
        </div>
      )}
    </fieldset>
  );
}

export function PreferencesTab() {
  const t = useT();
  const preferences = useSettings((s) => s.preferences);
  const updatePreferences = useSettings((s) => s.updatePreferences);
  const resetPreferences = useSettings((s) => s.resetPreferences);
  const ids = {
    country: useId(),
    authIntl: useId(),
    today: useId(),
    onDate: useId(),
    date: useId(),
    language: useId(),
    panelEnabled: useId(),
    docked: useId(),
    floating: useId(),
    collapsed: useId(),
  };
  const [saved, setSaved] = useState(false);
  const [dateDraft, setDateDraft] = useState(preferences.pricingDate ?? todayIso());
  useEffect(() => {
    if (preferences.pricingDate) setDateDraft(preferences.pricingDate);
  }, [preferences.pricingDate]);
  const [windowShares, setWindowShares] = useState({
    serviceWindowShare: preferences.serviceWindowShare,
    freeEntryShare: preferences.freeEntryShare,
  });
  useEffect(
    () =>
      setWindowShares({
        serviceWindowShare: preferences.serviceWindowShare,
        freeEntryShare: preferences.freeEntryShare,
      }),
    [preferences.serviceWindowShare, preferences.freeEntryShare],
  );
  const lang = useLang();
  // Every country the pricing tables know, named in the UI language and sorted in it.
  const countryName = useCountryName();
  const countries = useMemo(
    () =>
      listMarketCountries(todayIso())
        .flatMap((row) => row.countries)
        .map((country) => ({ iso: country.iso, name: countryName(country.iso, country.name) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [lang, countryName],
  );

  const save = (patch: Partial<Preferences>) => {
    setSaved(false);
    void updatePreferences(patch).then((result) => setSaved(result.ok));
  };

  const windowsOver = windowShares.serviceWindowShare + windowShares.freeEntryShare > 100;
  const changeWindowShare = (field: 'serviceWindowShare' | 'freeEntryShare', value: number) => {
    const next = { ...windowShares, [field]: value };
    setWindowShares(next);
    if (next.serviceWindowShare + next.freeEntryShare <= 100) save(next);
  };
  const dateValid = isIsoDate(dateDraft);

  return (
    <section aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">{t('options.tab.prefs')}</h2>
      <RecipientsField preferences={preferences} save={save} />

      <NumberField
        label={t('prefs.volume')}
        value={preferences.monthlyVolume}
        integer
        min={0}
        onCommit={(value) => value !== null && save({ monthlyVolume: value })}
      />
      <NumberField
        label={t('prefs.serviceWindow')}
        hint={t('prefs.serviceWindowHint')}
        value={windowShares.serviceWindowShare}
        min={0}
        max={100}
        onCommit={(value) => value !== null && changeWindowShare('serviceWindowShare', value)}
      />
      <NumberField
        label={t('prefs.freeEntry')}
        hint={t('prefs.freeEntryHint')}
        value={windowShares.freeEntryShare}
        min={0}
        max={100}
        extraError={windowsOver ? t('prefs.windowsOver') : null}
        onCommit={(value) => value !== null && changeWindowShare('freeEntryShare', value)}
      />

      <div className="tl-field">
        <label htmlFor={ids.country}>{t('prefs.country')}</label>
        <select
          id={ids.country}
          className="tl-select"
          value={preferences.businessCountry ?? ''}
          onChange={(event) => save({ businessCountry: event.target.value || null })}
        >
          <option value="">{t('prefs.countryNone')}</option>
          {countries.map((country) => (
            <option key={country.iso} value={country.iso}>
              {country.name} ({country.iso})
            </option>
          ))}
        </select>
      </div>
      <div className="tl-field-inline">
        <input
          id={ids.authIntl}
          type="checkbox"
          checked={preferences.authInternationalEligible}
          aria-describedby={`${ids.authIntl}-hint`}
          onChange={(event) => save({ authInternationalEligible: event.target.checked })}
        />
        <label htmlFor={ids.authIntl}>{t('prefs.authIntl')}</label>
      </div>
      <p id={`${ids.authIntl}-hint`} className="tl-hint">
        {t('prefs.authIntlHint')}
      </p>
      <NumberField
        label={t('prefs.phones')}
        hint={t('prefs.phonesHint')}
        value={preferences.businessPhoneNumbers}
        integer
        min={1}
        max={10_000}
        onCommit={(value) => value !== null && save({ businessPhoneNumbers: value })}
      />

      <fieldset>
        <legend>{t('prefs.date')}</legend>
        <div className="tl-field-inline">
          <input
            id={ids.today}
            type="radio"
            name="pricing-date"
            checked={preferences.pricingDate === null}
            onChange={() => save({ pricingDate: null })}
          />
          <label htmlFor={ids.today}>{t('prefs.today')}</label>
          <input
            id={ids.onDate}
            type="radio"
            name="pricing-date"
            checked={preferences.pricingDate !== null}
            onChange={() => save({ pricingDate: dateValid ? dateDraft : todayIso() })}
          />
          <label htmlFor={ids.onDate}>{t('prefs.onDate')}</label>
        </div>
        {preferences.pricingDate !== null ? (
          <div className="tl-field">
            <label htmlFor={ids.date}>{t('prefs.dateInput')}</label>
            <input
              id={ids.date}
              type="date"
              className="tl-input"
              value={dateDraft}
              aria-invalid={dateValid ? undefined : true}
              aria-describedby={dateValid ? undefined : `${ids.date}-error`}
              onChange={(event) => {
                setDateDraft(event.target.value);
                if (isIsoDate(event.target.value)) save({ pricingDate: event.target.value });
              }}
            />
            {dateValid ? null : (
              <span id={`${ids.date}-error`} className="tl-error">
                {t('prefs.dateInvalid')}
              </span>
            )}
          </div>
        ) : null}
      </fieldset>

      <div className="tl-field">
        <label htmlFor={ids.language}>{t('prefs.language')}</label>
        <select
          id={ids.language}
          className="tl-select"
          value={preferences.language}
          onChange={(event) => save({ language: event.target.value as UiLanguage })}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(LANGUAGE_KEY[language])}
            </option>
          ))}
        </select>
      </div>

      <fieldset>
        <legend>{t('prefs.panel')}</legend>
        <div className="tl-field-inline">
          <input
            id={ids.panelEnabled}
            type="checkbox"
            checked={preferences.panelEnabled}
            onChange={(event) => save({ panelEnabled: event.target.checked })}
          />
          <label htmlFor={ids.panelEnabled}>{t('prefs.panelEnabled')}</label>
        </div>
        <fieldset disabled={!preferences.panelEnabled}>
          <legend>{t('prefs.panelPosition')}</legend>
          <div className="tl-field-inline">
            <input
              id={ids.docked}
              type="radio"
              name="panel-position"
              checked={preferences.panelPosition === 'docked'}
              onChange={() => save({ panelPosition: 'docked' })}
            />
            <label htmlFor={ids.docked}>{t('prefs.docked')}</label>
            <input
              id={ids.floating}
              type="radio"
              name="panel-position"
              checked={preferences.panelPosition === 'floating'}
              onChange={() => save({ panelPosition: 'floating' })}
            />
            <label htmlFor={ids.floating}>{t('prefs.floating')}</label>
          </div>
        </fieldset>
        <div className="tl-field-inline">
          <input
            id={ids.collapsed}
            type="checkbox"
            checked={preferences.panelCollapsed}
            disabled={!preferences.panelEnabled}
            onChange={(event) => save({ panelCollapsed: event.target.checked })}
          />
          <label htmlFor={ids.collapsed}>{t('prefs.panelCollapsed')}</label>
        </div>
      </fieldset>

      <div className="tl-row">
        <Button
          onClick={() => {
            setSaved(false);
            void resetPreferences().then((result) => setSaved(result.ok));
          }}
        >
          {t('prefs.reset')}
        </Button>
        <span role="status">{saved ? t('prefs.saved') : ''}</span>
      </div>
    </section>
  );
}
