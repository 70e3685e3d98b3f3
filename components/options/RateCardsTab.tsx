import { useCallback, useState } from 'react';
import { useT } from '@/components/i18n';
import { activeCardOf, newUserCardId, useSettings } from '@/components/settings';
import { Button, downloadText, Notice } from '@/components/ui';
import { BUNDLED_CARDS } from '@/core/pricing/bundled';
import { exportRateCardCsv } from '@/core/pricing/rate-card-csv';
import type { RateCard } from '@/core/pricing/schema';
import { exportTiersCsv } from '@/core/pricing/tiers-csv';
import { CardEditor } from './CardEditor';

function fileNameFor(card: RateCard, suffix = ''): string {
  const slug = card.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || card.id;
  return `${slug}${suffix}.csv`;
}

/** Meta's layout for the list rates; a second file in our tiers layout when the card has tiers. */
export function exportCard(card: RateCard): void {
  downloadText(fileNameFor(card), exportRateCardCsv(card));
  if (card.tiers && Object.keys(card.tiers).length > 0) downloadText(fileNameFor(card, '-tiers'), exportTiersCsv(card));
}

export function RateCardsTab() {
  const t = useT();
  const settings = useSettings();
  const { rateCards, setRateCards } = settings;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [confirmDeleteId, setConfirmDeleteId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // Stable, so it runs once when the confirmation appears: keyboard users land on it (Cancel is next).
  const focusWhenShown = useCallback((element: HTMLButtonElement | null) => element?.focus(), []);
  const autoCard = activeCardOf({ preferences: settings.preferences, rateCards: { ...rateCards, activeCardId: null } });
  const editing = rateCards.userCards.find((card) => card.id === editingId) ?? null;

  const choose = (id: string | null) => {
    setMessage(null);
    void setRateCards((current) => ({ ...current, activeCardId: id }));
  };

  const duplicate = (card: RateCard) => {
    const copy: RateCard = {
      ...structuredClone(card),
      id: newUserCardId(),
      name: t('cards.copyName', { name: card.name }),
    };
    void setRateCards((current) => ({ userCards: [...current.userCards, copy], activeCardId: copy.id })).then(
      (result) => {
        if (result.ok) setEditingId(copy.id);
      },
    );
  };

  const remove = (id: string) => {
    setConfirmDeleteId(null);
    if (editingId === id) setEditingId(null);
    void setRateCards((current) => ({
      userCards: current.userCards.filter((card) => card.id !== id),
      activeCardId: current.activeCardId === id ? null : current.activeCardId,
    }));
  };

  const reset = () => {
    setEditingId(null);
    void setRateCards((current) => ({ ...current, activeCardId: null })).then((result) => {
      if (result.ok) setMessage(t('cards.resetDone'));
    });
  };

  const row = (card: RateCard, isUser: boolean) => {
    const isActive = rateCards.activeCardId === card.id;
    return (
      <tr key={card.id}>
        <td>
          <input
            type="radio"
            name="active-card"
            checked={isActive}
            onChange={() => choose(card.id)}
            aria-label={card.name}
          />
        </td>
        <th scope="row">{card.name}</th>
        <td>{card.currency}</td>
        <td>{card.effectiveDate}</td>
        <td className="tl-hint">{card.source}</td>
        <td className="num">{Object.keys(card.markets).length}</td>
        <td>
          <div className="tl-row">
            {isUser ? (
              <Button
                aria-label={t('cards.editNamed', { name: card.name })}
                aria-pressed={editingId === card.id}
                onClick={() => setEditingId(editingId === card.id ? null : card.id)}
              >
                {t('cards.edit')}
              </Button>
            ) : null}
            <Button aria-label={t('cards.duplicateNamed', { name: card.name })} onClick={() => duplicate(card)}>
              {t('cards.duplicate')}
            </Button>
            <Button aria-label={t('cards.exportNamed', { name: card.name })} onClick={() => exportCard(card)}>
              {t('cards.export')}
            </Button>
            {isUser ? (
              <Button
                variant="danger"
                aria-label={t('cards.deleteNamed', { name: card.name })}
                onClick={() => setConfirmDeleteId(card.id)}
              >
                {t('cards.delete')}
              </Button>
            ) : null}
          </div>
          {confirmDeleteId === card.id ? (
            <div role="alertdialog" aria-label={t('cards.deleteNamed', { name: card.name })} className="tl-row">
              <span>{t('cards.deleteAsk', { name: card.name })}</span>
              <Button variant="danger" ref={focusWhenShown} onClick={() => remove(card.id)}>
                {t('cards.deleteConfirm')}
              </Button>
              <Button onClick={() => setConfirmDeleteId(null)}>{t('cards.cancel')}</Button>
            </div>
          ) : null}
        </td>
      </tr>
    );
  };

  const head = (
    <thead>
      <tr>
        <th scope="col">{t('cards.col.active')}</th>
        <th scope="col">{t('cards.col.name')}</th>
        <th scope="col">{t('cards.col.currency')}</th>
        <th scope="col">{t('cards.col.effective')}</th>
        <th scope="col">{t('cards.col.source')}</th>
        <th scope="col">{t('cards.col.markets')}</th>
        <th scope="col">{t('cards.col.actions')}</th>
      </tr>
    </thead>
  );

  return (
    <section aria-labelledby="cards-heading">
      <h2 id="cards-heading">{t('options.tab.cards')}</h2>
      <p>{t('cards.intro')}</p>
      {message ? <Notice kind="success">{message}</Notice> : null}
      <fieldset>
        <legend>{t('cards.activeLabel')}</legend>
        <div className="tl-field-inline">
          <input
            id="active-card-auto"
            type="radio"
            name="active-card"
            checked={rateCards.activeCardId === null}
            onChange={() => choose(null)}
          />
          <label htmlFor="active-card-auto">
            {t('cards.auto')} — {t('cards.autoNow', { name: autoCard.name })}
          </label>
        </div>

        <h3>{t('cards.bundled')}</h3>
        <table className="tl-table">
          {head}
          <tbody>{BUNDLED_CARDS.map((card) => row(card, false))}</tbody>
        </table>

        <h3>{t('cards.user')}</h3>
        {rateCards.userCards.length === 0 ? (
          <p>{t('cards.noUser')}</p>
        ) : (
          <table className="tl-table">
            {head}
            <tbody>{rateCards.userCards.map((card) => row(card, true))}</tbody>
          </table>
        )}
      </fieldset>
      <p>
        <Button onClick={reset}>{t('cards.reset')}</Button>
      </p>
      {editing ? <CardEditor card={editing} onDone={() => setEditingId(null)} /> : null}
    </section>
  );
}
