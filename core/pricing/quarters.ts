/**
 * Meta's pricing calendar: "Meta may update pricing only on the 1st day of each quarter" (pricing page, updated
 * 2026-07-01; core/template/formats.md §7). A card dated before the quarter of the priced date may be out of date.
 */

/** The first day (YYYY-MM-DD) of the calendar quarter `date` falls in. */
export function quarterStart(date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, '0')}-01`;
}

/** The quarter start a card predates, or null when the card is from the priced date's quarter (or later). */
export function cardPredatesQuarter(effectiveDate: string, date: string): string | null {
  const start = quarterStart(date);
  return effectiveDate < start ? start : null;
}

/** The card's name with its currency when the name does not already say it ("Imported rates (EUR)"). */
export function cardNameWithCurrency(card: { name: string; currency: string }): string {
  return card.name.includes(card.currency) ? card.name : `${card.name} (${card.currency})`;
}
