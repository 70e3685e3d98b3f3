import { useId, useState } from 'react';
import { CategoryBadge } from '@/components/analysis/CategoryBadge';
import { pickLocalized, useLang, useT } from '@/components/i18n';
import type { UiLang } from '@/core/types';
import { Disclosure } from './Disclosure';
import {
  AUTH_EXPIRY_MAX,
  AUTH_EXPIRY_MIN,
  AUTH_PRESET_BODY_ES,
  type AuthOptions,
  authExpiryText,
  authPreviewText,
  authTemplatePayload,
  type OtpType,
} from './examples/authentication';
import { BRIEF_EXAMPLES } from './examples/brief';
import { CATEGORY_INFO } from './examples/categories';
import { META_EXAMPLES } from './examples/meta';
import { BEFORE_AFTER_PAIRS } from './examples/pairs';
import type { CategoryInfo } from './examples/types';
import { usePopupStore } from './store';

function CheckItButton({ text, name }: { text: string; name: string }) {
  const t = useT();
  const checkText = usePopupStore((state) => state.checkText);
  return (
    <button
      type="button"
      className="tl-button tlp-checkit"
      aria-label={t('popup.cat.checkItNamed', { name })}
      onClick={() => checkText(text)}
    >
      {t('popup.cat.checkIt')}
    </button>
  );
}

function CategorySection({ info, lang, initiallyOpen }: { info: CategoryInfo; lang: UiLang; initiallyOpen: boolean }) {
  const t = useT();
  const brief = info.category === 'SERVICE' ? [] : BRIEF_EXAMPLES.filter((e) => e.category === info.category);
  const meta = info.category === 'SERVICE' ? [] : META_EXAMPLES.filter((e) => e.category === info.category);
  return (
    <Disclosure
      headingLevel={2}
      initiallyOpen={initiallyOpen}
      label={
        <>
          <CategoryBadge category={info.category} lang={lang} />{' '}
          <span className="tlp-startedby">
            {info.startedBy === 'business' ? t('popup.cat.startedByBusiness') : t('popup.cat.startedByCustomer')}
          </span>
        </>
      }
    >
      <p>{pickLocalized(info.summary, lang)}</p>
      <h3 className="tlp-h3">{t('popup.cat.metaWords', { section: info.metaSection })}</h3>
      {info.metaWords.map((quote) => (
        <blockquote key={quote} lang="en" className="tlp-quote">
          {quote}
        </blockquote>
      ))}
      <h3 className="tlp-h3">{t('popup.cat.billedToday')}</h3>
      <p>{pickLocalized(info.billedToday, lang)}</p>
      <h3 className="tlp-h3">{t('popup.cat.billedConversation')}</h3>
      <p>{pickLocalized(info.billedConversation, lang)}</p>

      {brief.length > 0 ? (
        <>
          <h3 className="tlp-h3">{t('popup.cat.examples')}</h3>
          <ul className="tlp-examples">
            {brief.map((example) => {
              const title = pickLocalized(example.title, lang);
              const text = pickLocalized(example.text, lang);
              return (
                <li key={example.id} className="tlp-example">
                  <p className="tlp-strong">{title}</p>
                  <p className="tlp-example-text" lang={lang}>
                    {text}
                  </p>
                  <p className="tl-hint">{pickLocalized(example.why, lang)}</p>
                  <CheckItButton text={text} name={title} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {info.category === 'AUTHENTICATION' ? <AuthFixedText /> : null}
      {meta.length > 0 ? (
        <Disclosure label={t('popup.cat.metaExamples', { count: meta.length })}>
          <p className="tl-hint">{t('popup.cat.metaExamplesNote')}</p>
          <ul className="tlp-examples">
            {meta.map((example) => (
              <li key={example.id} className="tlp-example">
                <p className="tlp-strong">
                  {pickLocalized(example.objective, lang)} <span className="tl-hint">({example.section})</span>
                </p>
                <p className="tlp-example-text" lang="en">
                  {example.text}
                </p>
                <CheckItButton text={example.text} name={example.text} />
              </li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
    </Disclosure>
  );
}

function AuthFixedText() {
  const t = useT();
  const baseId = useId();
  const [options, setOptions] = useState<AuthOptions>({
    securityRecommendation: true,
    expiryMinutes: 10,
    otpType: 'COPY_CODE',
  });
  const [minutesText, setMinutesText] = useState('10');
  const minutes = Number(minutesText);
  const minutesValid = Number.isInteger(minutes) && minutes >= AUTH_EXPIRY_MIN && minutes <= AUTH_EXPIRY_MAX;
  const effective: AuthOptions = {
    ...options,
    expiryMinutes: options.expiryMinutes === null ? null : minutesValid ? minutes : 10,
  };
  return (
    <section className="tlp-auth" aria-labelledby={`${baseId}-h`}>
      <h3 id={`${baseId}-h`} className="tlp-h3">
        {t('popup.auth.title')}
      </h3>
      <p>{t('popup.auth.intro')}</p>
      <div className="tl-field-inline">
        <input
          id={`${baseId}-sec`}
          type="checkbox"
          checked={options.securityRecommendation}
          onChange={(event) => setOptions({ ...options, securityRecommendation: event.target.checked })}
        />
        <label htmlFor={`${baseId}-sec`}>{t('popup.auth.security')}</label>
      </div>
      <div className="tl-field-inline">
        <input
          id={`${baseId}-exp`}
          type="checkbox"
          checked={options.expiryMinutes !== null}
          onChange={(event) => setOptions({ ...options, expiryMinutes: event.target.checked ? minutes || 10 : null })}
        />
        <label htmlFor={`${baseId}-exp`}>{t('popup.auth.expiry')}</label>
      </div>
      {options.expiryMinutes !== null ? (
        <div className="tl-field">
          <label htmlFor={`${baseId}-min`}>
            {t('popup.auth.minutes', { min: AUTH_EXPIRY_MIN, max: AUTH_EXPIRY_MAX })}
          </label>
          <input
            id={`${baseId}-min`}
            className="tl-input tlp-narrow"
            type="number"
            min={AUTH_EXPIRY_MIN}
            max={AUTH_EXPIRY_MAX}
            value={minutesText}
            aria-invalid={minutesValid ? undefined : true}
            aria-describedby={minutesValid ? undefined : `${baseId}-minerr`}
            onChange={(event) => setMinutesText(event.target.value)}
          />
          {minutesValid ? null : (
            <span id={`${baseId}-minerr`} className="tl-error">
              {t('popup.auth.minutesInvalid', { min: AUTH_EXPIRY_MIN, max: AUTH_EXPIRY_MAX })}
            </span>
          )}
        </div>
      ) : null}
      <div className="tl-field">
        <label htmlFor={`${baseId}-otp`}>{t('popup.auth.button')}</label>
        <select
          id={`${baseId}-otp`}
          className="tl-select"
          value={options.otpType}
          onChange={(event) => setOptions({ ...options, otpType: event.target.value as OtpType })}
        >
          <option value="COPY_CODE">{t('popup.auth.copyCode')}</option>
          <option value="ONE_TAP">{t('popup.auth.oneTap')}</option>
          <option value="ZERO_TAP">{t('popup.auth.zeroTap')}</option>
        </select>
      </div>
      <p className="tlp-strong">{t('popup.auth.preview')}</p>
      <div className="tlp-auth-preview" lang="en" data-testid="auth-preview">
        <p>{authPreviewText(effective).replace('{{1}}', '123456')}</p>
        {effective.expiryMinutes !== null ? <p className="tl-hint">{authExpiryText(effective.expiryMinutes)}</p> : null}
      </div>
      <p className="tl-hint">{t('popup.auth.spanish', { text: AUTH_PRESET_BODY_ES })}</p>
      <CheckItButton text={JSON.stringify(authTemplatePayload(effective), null, 2)} name={t('popup.auth.title')} />
    </section>
  );
}

/** The four categories, what qualifies, how each is billed, and examples to check. */
export function CategoriesTab() {
  const t = useT();
  const lang = useLang();
  return (
    <div className="tlp-categories">
      <p>{t('popup.cat.intro')}</p>
      {CATEGORY_INFO.map((info, index) => (
        <CategorySection key={info.category} info={info} lang={lang} initiallyOpen={index === 0} />
      ))}
      <Disclosure headingLevel={2} label={t('popup.cat.turnsTitle')}>
        <p>{t('popup.cat.turnsIntro')}</p>
        <ul className="tlp-examples">
          {BEFORE_AFTER_PAIRS.map((pair) => {
            const pattern = pickLocalized(pair.pattern, lang);
            const before = pickLocalized(pair.before, lang);
            const after = pickLocalized(pair.after, lang);
            return (
              <li key={pair.id} className="tlp-example">
                <h3 className="tlp-h3">{pattern}</h3>
                <div className="tlp-pair">
                  <p>
                    <CategoryBadge category="UTILITY" lang={lang} /> <span lang={lang}>{before}</span>
                  </p>
                  <CheckItButton text={before} name={`${t('popup.cat.before')}: ${pattern}`} />
                  <p>
                    <CategoryBadge category="MARKETING" lang={lang} /> <span lang={lang}>{after}</span>
                  </p>
                  <CheckItButton text={after} name={`${t('popup.cat.after')}: ${pattern}`} />
                </div>
              </li>
            );
          })}
        </ul>
      </Disclosure>
    </div>
  );
}
