import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CARD_ERRORS,
  BUNDLED_CARDS,
  bundledCardById,
  bundledCardFor,
  exportRateCardCsv,
  importRateCardCsv,
  marketsOn,
} from '@/core/pricing';
import { EUR_2026_07_01_CSV } from '@/core/pricing/cards/eur-2026-07-01';
import { USD_2026_10_01_CSV } from '@/core/pricing/cards/usd-2026-10-01';

const SHARED_DATA = resolve(process.cwd(), '../shared/data');

function sharedFile(name: string): string {
  const path = resolve(SHARED_DATA, name);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the bundled cards are checked against ../shared/data; run the tests from the repo root with ../shared present.`,
    );
  }
  return readFileSync(path, 'utf8');
}

describe('bundled cards', () => {
  it('are verbatim copies of ../shared/data (regenerate with node core/pricing/cards/generate.mjs)', () => {
    expect(USD_2026_10_01_CSV).toBe(sharedFile('meta-rates-usd-2026-10-01.csv'));
    expect(EUR_2026_07_01_CSV).toBe(sharedFile('meta-rates-eur-2026-07-01.csv'));
  });

  it('load through the importer without errors: USD 47 markets, EUR 38', () => {
    expect(BUNDLED_CARD_ERRORS).toEqual([]);
    const usd = bundledCardById('meta-usd-2026-10-01');
    const eur = bundledCardById('meta-eur-2026-07-01');
    expect(usd?.currency).toBe('USD');
    expect(usd?.effectiveDate).toBe('2026-10-01');
    expect(Object.keys(usd?.markets ?? {}).sort()).toEqual([...marketsOn('2026-10-01')].sort());
    expect(eur?.currency).toBe('EUR');
    expect(Object.keys(eur?.markets ?? {}).sort()).toEqual([...marketsOn('2026-07-01')].sort());
  });

  it('keep empty cells as unknown (null), never zero', () => {
    const usd = bundledCardById('meta-usd-2026-10-01');
    expect(usd?.markets.Brazil).toEqual({
      marketing: 62500,
      utility: 6800,
      authentication: 6800,
      authenticationInternational: null,
      service: 6800,
    });
    expect(usd?.markets.India?.authenticationInternational).toBe(30400);
    expect(usd?.markets.Bangladesh?.authenticationInternational).toBe(96000);
    expect(usd?.markets.Egypt?.authenticationInternational).toBeNull();
    const eur = bundledCardById('meta-eur-2026-07-01');
    expect(eur?.markets.Egypt?.utility).toBe(3000);
    expect(Object.values(eur?.markets ?? {}).every((rates) => rates.service === null)).toBe(true);
  });

  it.each(BUNDLED_CARDS.map((card) => [card.id, card] as const))(
    '%s round-trips through export and import',
    (_, card) => {
      const again = importRateCardCsv(exportRateCardCsv(card));
      expect(again).toMatchObject({ ok: true });
      if (again.ok) expect(again.card).toEqual(card);
    },
  );

  it('bundledCardFor picks the card in force, or the earliest with a note', () => {
    expect(bundledCardFor('2026-11-25')?.card.id).toBe('meta-usd-2026-10-01');
    expect(bundledCardFor('2026-08-01', 'EUR')?.card.id).toBe('meta-eur-2026-07-01');
    const early = bundledCardFor('2026-08-01', 'USD');
    expect(early?.card.id).toBe('meta-usd-2026-10-01');
    expect(early?.note).toMatch(/No bundled USD card was in force on 2026-08-01/);
    expect(bundledCardFor('2026-11-25', 'JPY')).toBeNull();
  });
});
