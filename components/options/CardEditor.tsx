import { Fragment, useEffect, useId, useState } from 'react';
import { useT } from '@/components/i18n';
import { useSettings } from '@/components/settings';
import { Button, Notice, NumberField } from '@/components/ui';
import { isIsoDate } from '@/core/pricing/dates';
import { MARKETS, type Market } from '@/core/pricing/market-data';
import { microsToUnits } from '@/core/pricing/money';
import {
  type RateCard,
  RateCardSchema,
  TIER_CATEGORIES,
  type TierCategory,
  type VolumeTier,
} from '@/core/pricing/schema';
import { RATE_FIELDS, type RateField } from './card-diff';
import { RATE_FIELD_KEY } from './format';

/** Units (what people type, e.g. 0.0068) → integer micros. Rates have at most 6 decimals, so rounding is exact. */
function toMicros(units: number | null): number | null {
  return units === null ? null : Math.round(units * 1_000_000);
}

function fromMicros(micros: number | null | undefined): number | null {
  return micros === null || micros === undefined ? null : microsToUnits(micros);
}

interface TextFieldProps {
  label: string;
  value: string;
  validate: (text: string) => string | null;
  onCommit: (text: string) => void;
}

/** Text input that commits on blur/Enter when valid; shows the problem otherwise. */
function TextField({ label, value, validate, onCommit }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const error = validate(draft);
  const commit = () => {
    if (!error && draft !== value) onCommit(draft.trim());
  };
  return (
    <div className="tl-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="tl-input"
        value={draft}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="tl-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** Inline editor for one user card: details, rates per market × category, and volume tiers. */
export function CardEditor({ card, onDone }: { card: RateCard; onDone: () => void }) {
  const t = useT();
  const setRateCards = useSettings((s) => s.setRateCards);
  const [problem, setProblem] = useState<string | null>(null);
  const [openTiers, setOpenTiers] = useState<Market | null>(null);
  const [marketToAdd, setMarketToAdd] = useState<Market | ''>('');
  const addId = useId();
  const markets = Object.keys(card.markets) as Market[];
  const missing = MARKETS.filter((market) => !(market in card.markets));

  /** Every edit goes through the card schema: an invalid card is never saved. */
  const update = (change: (draft: RateCard) => void) => {
    const draft = structuredClone(card);
    change(draft);
    const parsed = RateCardSchema.safeParse(draft);
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => issue.message).join('; '));
      return;
    }
    setProblem(null);
    void setRateCards((current) => ({
      ...current,
      userCards: current.userCards.map((existing) => (existing.id === card.id ? parsed.data : existing)),
    }));
  };

  const setRate = (market: Market, field: RateField, micros: number | null) =>
    update((draft) => {
      const rates = draft.markets[market];
      if (rates) rates[field] = micros;
    });

  const setTiers = (market: Market, category: TierCategory, tiers: VolumeTier[]) =>
    update((draft) => {
      draft.tiers ??= {};
      draft.tiers[market] ??= {};
      const forMarket = draft.tiers[market];
      if (tiers.length > 0) forMarket[category] = tiers;
      else delete forMarket[category];
      if (Object.keys(forMarket).length === 0) delete draft.tiers[market];
    });

  return (
    <section aria-labelledby="editor-heading" className="tl-editor">
      <h3 id="editor-heading">{t('editor.heading', { name: card.name })}</h3>
      {problem ? <Notice kind="error">{t('editor.tiersInvalid', { message: problem })}</Notice> : null}
      <div className="tl-row">
        <TextField
          label={t('editor.name')}
          value={card.name}
          validate={(text) => (text.trim() ? null : t('field.required'))}
          onCommit={(name) =>
            update((draft) => {
              draft.name = name;
            })
          }
        />
        <TextField
          label={t('editor.currency')}
          value={card.currency}
          validate={(text) => (/^[A-Z]{3}$/.test(text.trim()) ? null : t('editor.currencyInvalid'))}
          onCommit={(currency) =>
            update((draft) => {
              draft.currency = currency;
            })
          }
        />
        <TextField
          label={t('editor.effective')}
          value={card.effectiveDate}
          validate={(text) => (isIsoDate(text.trim()) ? null : t('editor.dateInvalid'))}
          onCommit={(date) =>
            update((draft) => {
              draft.effectiveDate = date;
            })
          }
        />
        <TextField
          label={t('editor.source')}
          value={card.source}
          validate={() => null}
          onCommit={(source) =>
            update((draft) => {
              draft.source = source;
            })
          }
        />
      </div>

      <table className="tl-table">
        <caption>{t('editor.ratesCaption', { currency: card.currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editor.market')}</th>
            {RATE_FIELDS.map((field) => (
              <th scope="col" key={field}>
                {t(RATE_FIELD_KEY[field])}
              </th>
            ))}
            <th scope="col">{t('cards.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {markets.map((market) => {
            const rates = card.markets[market];
            const tiersOpen = openTiers === market;
            return (
              <Fragment key={market}>
                <tr>
                  <th scope="row">{market}</th>
                  {RATE_FIELDS.map((field) => (
                    <td key={field}>
                      <NumberField
                        hideLabel
                        label={t('editor.cell', { market, category: t(RATE_FIELD_KEY[field]) })}
                        value={fromMicros(rates?.[field])}
                        min={0}
                        maxFractionDigits={6}
                        allowEmpty
                        onCommit={(units) => setRate(market, field, toMicros(units))}
                      />
                    </td>
                  ))}
                  <td>
                    <div className="tl-row">
                      <Button
                        aria-expanded={tiersOpen}
                        aria-label={t('editor.tiersFor', { market })}
                        onClick={() => setOpenTiers(tiersOpen ? null : market)}
                      >
                        {t('editor.tiers')}
                      </Button>
                      <Button
                        variant="danger"
                        aria-label={t('editor.removeMarket', { market })}
                        onClick={() =>
                          update((draft) => {
                            delete draft.markets[market];
                            if (draft.tiers) delete draft.tiers[market];
                          })
                        }
                      >
                        ×
                      </Button>
                    </div>
                  </td>
                </tr>
                {tiersOpen ? (
                  <tr>
                    <td colSpan={RATE_FIELDS.length + 2}>
                      <TierEditor
                        market={market}
                        card={card}
                        onChange={(category, tiers) => setTiers(market, category, tiers)}
                      />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>

      {missing.length > 0 ? (
        <div className="tl-row tl-field-inline">
          <label htmlFor={addId}>{t('editor.addMarketLabel')}</label>
          <select
            id={addId}
            className="tl-select"
            value={marketToAdd}
            onChange={(event) => setMarketToAdd(event.target.value as Market | '')}
          >
            <option value="" />
            {missing.map((market) => (
              <option key={market} value={market}>
                {market}
              </option>
            ))}
          </select>
          <Button
            disabled={!marketToAdd}
            onClick={() => {
              if (!marketToAdd) return;
              const market = marketToAdd;
              setMarketToAdd('');
              update((draft) => {
                draft.markets[market] = { marketing: null, utility: null, authentication: null };
              });
            }}
          >
            {t('editor.addMarket')}
          </Button>
        </div>
      ) : null}
      <p>
        <Button variant="primary" onClick={onDone}>
          {t('editor.done')}
        </Button>
      </p>
    </section>
  );
}

function TierEditor({
  market,
  card,
  onChange,
}: {
  market: Market;
  card: RateCard;
  onChange: (category: TierCategory, tiers: VolumeTier[]) => void;
}) {
  const t = useT();
  return (
    <fieldset>
      <legend>{t('editor.tiersFor', { market })}</legend>
      {TIER_CATEGORIES.map((category) => {
        const tiers = card.tiers?.[market]?.[category] ?? [];
        const categoryName = t(RATE_FIELD_KEY[category]);
        const listRate = card.markets[market]?.[category] ?? 0;
        const replace = (index: number, tier: VolumeTier) =>
          onChange(
            category,
            tiers.map((existing, i) => (i === index ? tier : existing)),
          );
        const add = () => {
          const last = tiers[tiers.length - 1];
          if (!last) {
            onChange(category, [{ from: 1, to: null, rate: listRate }]);
            return;
          }
          // Close the open-ended last tier so the new one can start after it.
          const closedTo = last.to ?? last.from + 999_999;
          onChange(category, [
            ...tiers.slice(0, -1),
            { ...last, to: closedTo },
            { from: closedTo + 1, to: null, rate: last.rate },
          ]);
        };
        return (
          <fieldset key={category}>
            <legend>{categoryName}</legend>
            {tiers.length === 0 ? <p className="tl-hint">{t('editor.tiersNone')}</p> : null}
            {tiers.map((tier, index) => {
              const n = index + 1;
              const rowLabel = t('editor.tierRow', { n, category: categoryName });
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: tiers are ordered ranges with no identity of their own.
                <fieldset key={index} className="tl-row tl-tier">
                  <legend className="tl-visually-hidden">{rowLabel}</legend>
                  <NumberField
                    label={t('editor.tierFrom')}
                    value={tier.from}
                    integer
                    min={1}
                    onCommit={(from) => from !== null && replace(index, { ...tier, from })}
                  />
                  <NumberField
                    label={t('editor.tierTo')}
                    value={tier.to}
                    integer
                    min={1}
                    allowEmpty
                    onCommit={(to) => replace(index, { ...tier, to })}
                  />
                  <NumberField
                    label={`${t('editor.tierRate')} (${card.currency})`}
                    value={fromMicros(tier.rate)}
                    min={0}
                    maxFractionDigits={6}
                    onCommit={(units) => units !== null && replace(index, { ...tier, rate: toMicros(units) ?? 0 })}
                  />
                  <Button
                    variant="danger"
                    aria-label={`${t('editor.removeTier', { n })} (${categoryName})`}
                    onClick={() =>
                      onChange(
                        category,
                        tiers.filter((_, i) => i !== index),
                      )
                    }
                  >
                    ×
                  </Button>
                </fieldset>
              );
            })}
            <Button onClick={add}>{t('editor.addTier')}</Button>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
