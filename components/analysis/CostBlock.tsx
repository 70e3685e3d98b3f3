import { createT } from '@/components/i18n/translate';
import { formatMoney, formatRate } from '@/core/pricing/money';
import { cardNameWithCurrency } from '@/core/pricing/quarters';
import { CATEGORIES } from '@/core/template/schema';
import type { UiLang } from '@/core/types';
import { CategoryBadge, categoryName } from './CategoryBadge';
import { type CostResult, type CostSummary, marketsLabel } from './cost';
import { formatCount, formatFactor, LOCALE } from './format';
import { Heading, type HeadingLevel } from './Heading';

const ERA_KEY = {
  'conversation-based': 'analysis.era.conversationBased',
  'per-message': 'analysis.era.perMessage',
  'per-message-2026-10': 'analysis.era.perMessage202610',
} as const;

export function eraName(id: string, fallback: string, lang: UiLang): string {
  const key = ERA_KEY[id as keyof typeof ERA_KEY];
  return key ? createT(lang)(key) : fallback;
}

/** "Rates: <name> (USD), effective <date>." — the card, its currency and its date, each said once. */
export function cardLine(card: { name: string; effectiveDate: string; currency: string }, lang: UiLang): string {
  const t = createT(lang);
  let label = cardNameWithCurrency(card);
  if (!label.includes(card.effectiveDate)) label = t('analysis.cost.cardDated', { label, date: card.effectiveDate });
  return t('analysis.cost.card', { label });
}

/** The warnings that belong with the figures: an old card, a max price beside the list rate. */
export function CostWarnings({ cost, lang }: { cost: CostSummary; lang: UiLang }) {
  const t = createT(lang);
  const locale = LOCALE[lang];
  const max = cost.marketingMaxPrice;
  return (
    <>
      {cost.cardOlderThanQuarter ? (
        <p className="tla-warning tla-small" data-testid="card-older-than-quarter">
          {t('analysis.cost.oldCard', {
            name: cost.card.name,
            date: cost.card.effectiveDate,
            quarter: cost.cardOlderThanQuarter,
          })}
        </p>
      ) : null}
      {max ? (
        <p className="tla-small" data-testid="max-price">
          {t('analysis.cost.maxPrice', {
            rate: formatRate(max.perMessage, cost.currency, locale),
            list:
              max.listPerMessage === null
                ? t('analysis.cost.unknown')
                : formatRate(max.listPerMessage, cost.currency, locale),
            month: formatMoney(max.monthlyCeiling, cost.currency, locale),
          })}
        </p>
      ) : null}
      {cost.maxPriceOtherCurrency ? (
        <p className="tla-muted tla-small" data-testid="max-price-other-currency">
          {t('analysis.cost.maxPriceOtherCurrency', { currency: cost.maxPriceOtherCurrency, card: cost.currency })}
        </p>
      ) : null}
    </>
  );
}

export interface CostBlockProps {
  cost: CostResult;
  lang: UiLang;
  headingLevel?: HeadingLevel;
}

/**
 * Cost per message and per month for the predicted category in the preferred market(s), the other
 * categories alongside, the multiple that matters, the rate card and its date, and the estimator's notes.
 */
export function CostBlock({ cost, lang, headingLevel = 3 }: CostBlockProps) {
  const t = createT(lang);
  if (!cost.ok) {
    return (
      <section className="tla-section tla-cost" aria-label={t('analysis.cost.title')}>
        <Heading level={headingLevel}>{t('analysis.cost.title')}</Heading>
        <p className="tla-muted">{t('analysis.cost.error', { error: cost.error })}</p>
      </section>
    );
  }
  const locale = LOCALE[lang];
  const market = marketsLabel(cost.markets);
  const main = cost.byCategory[cost.category];
  const selectedPrice = cost.selected ? cost.byCategory[cost.selected] : null;
  const rate = (micros: number) => formatRate(micros, cost.currency, locale);
  const money = (micros: number) => formatMoney(micros, cost.currency, locale);
  return (
    <section className="tla-section tla-cost" aria-label={t('analysis.cost.title')}>
      <Heading level={headingLevel}>{t('analysis.cost.title')}</Heading>
      {main ? (
        <p className="tla-costhead">
          {t('analysis.cost.as', { category: categoryName(cost.category, lang), market })}{' '}
          <strong>{rate(main.perMessage)}</strong> {t('analysis.cost.perMessage')} ·{' '}
          <strong>{money(main.monthlyTotal)}</strong>{' '}
          {t('analysis.cost.perMonth', { volume: formatCount(cost.monthlyVolume, lang) })}
        </p>
      ) : (
        <p className="tla-muted">{t('analysis.cost.unknownRate', { category: categoryName(cost.category, lang) })}</p>
      )}
      {cost.selected && cost.predictedOverSelected !== null && selectedPrice ? (
        <p className="tla-multiple" data-testid="cost-multiple">
          {t('analysis.cost.multiple', {
            factor: formatFactor(cost.predictedOverSelected, lang),
            category: categoryName(cost.category, lang),
            market,
            selected: categoryName(cost.selected, lang),
            rate: rate(selectedPrice.perMessage),
          })}
        </p>
      ) : null}
      <table className="tla-costtable">
        <caption className="tla-visually-hidden">{t('analysis.cost.tableCaption', { market })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.cost.colCategory')}</th>
            <th scope="col" className="num">
              {t('analysis.cost.colPerMessage')}
            </th>
            <th scope="col" className="num">
              {t('analysis.cost.colPerMonth')}
            </th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((category) => {
            const price = cost.byCategory[category];
            return (
              <tr key={category} data-current={category === cost.category ? 'true' : undefined}>
                <th scope="row">
                  <CategoryBadge category={category} lang={lang} />
                  {category === cost.category ? (
                    <span className="tla-visually-hidden"> {t('analysis.cost.predictedRow')}</span>
                  ) : null}
                </th>
                <td className="num">{price ? rate(price.perMessage) : t('analysis.cost.unknown')}</td>
                <td className="num">{price ? money(price.monthlyTotal) : t('analysis.cost.unknown')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {cost.marketingOverUtility !== null ? (
        <p className="tla-mvu">
          {t('analysis.cost.marketingOverUtility', { factor: formatFactor(cost.marketingOverUtility, lang), market })}
        </p>
      ) : null}
      <CostWarnings cost={cost} lang={lang} />
      <p className="tla-muted tla-small">
        {cardLine(cost.card, lang)} {t('analysis.cost.era', { era: eraName(cost.era.id, cost.era.name, lang) })}
      </p>
      {cost.notes.length > 0 ? (
        <ul className="tla-notes tla-small" aria-label={t('analysis.cost.notes')}>
          {cost.notes.map((note) => (
            <li key={`${note.code}|${note.message}`} lang="en">
              {note.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
