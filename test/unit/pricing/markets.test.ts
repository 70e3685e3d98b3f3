import { describe, expect, it } from 'vitest';
import { listMarketCountries, MARKETS, marketsOn, resolveMarket, searchMarkets } from '@/core/pricing';

function marketOf(input: string, date: string): string {
  const result = resolveMarket(input, date);
  if (!result.ok) throw new Error(`${input}: ${result.error}`);
  return result.market;
}

describe('resolveMarket: phone numbers from every group (recipient calling code decides)', () => {
  const cases: Array<[string, string, string]> = [
    ['+254 712 345678', 'KE', 'Rest of Africa'],
    ['+61 412 345 678', 'AU', 'Rest of Asia Pacific'],
    ['+30 691 234 5678', 'GR', 'Rest of Central & Eastern Europe'],
    ['+351 912 345 678', 'PT', 'Rest of Western Europe'],
    ['+593 99 123 4567', 'EC', 'Rest of Latin America'],
    ['+962 7 9012 3456', 'JO', 'Rest of Middle East'],
    ['+973 3600 1234', 'BH', 'Rest of Middle East'],
    ['+372 5123 4567', 'EE', 'Other'],
    ['+243 81 234 5678', 'CD', 'Other'],
    ['+55 11 98765 4321', 'BR', 'Brazil'],
    ['0055 11 98765 4321', 'BR', 'Brazil'],
  ];
  it.each(cases)('%s → %s → %s', (phone, iso, market) => {
    const result = resolveMarket(phone, '2026-11-01');
    expect(result).toMatchObject({ ok: true, market, via: 'phone', country: { iso } });
  });
});

describe('resolveMarket: NANP (+1) is split by area code', () => {
  it.each([
    ['+1 787 555 1234', 'PR', 'Rest of Latin America'],
    ['+1 939 555 1234', 'PR', 'Rest of Latin America'],
    ['+1 809 555 1234', 'DO', 'Rest of Latin America'],
    ['+1 829 555 1234', 'DO', 'Rest of Latin America'],
    ['+1 849 555 1234', 'DO', 'Rest of Latin America'],
    ['+1 876 555 1234', 'JM', 'Rest of Latin America'],
    ['+1 658 555 1234', 'JM', 'Rest of Latin America'],
    ['+1 242 555 1234', 'BS', 'Other'],
    ['+1 246 555 1234', 'BB', 'Other'],
    ['+1 212 555 1234', 'US', 'North America'],
    ['+1 416 555 1234', 'CA', 'North America'],
  ])('%s → %s → %s', (phone, iso, market) => {
    expect(resolveMarket(phone, '2026-11-01')).toMatchObject({ ok: true, market, country: { iso } });
  });

  it('a bare +1 is ambiguous and says which markets it could be', () => {
    const result = resolveMarket('+1', '2026-11-01');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.suggestions).toEqual(expect.arrayContaining(['North America', 'Rest of Latin America', 'Other']));
  });

  it('an area code alone is enough ("+1 787")', () => {
    expect(resolveMarket('+1 787', '2026-11-01')).toMatchObject({ ok: true, market: 'Rest of Latin America' });
  });
});

describe('resolveMarket: +7 Russia vs Kazakhstan (libphonenumber decides the country)', () => {
  it('Moscow number is Russia', () => {
    expect(resolveMarket('+7 495 123 4567', '2026-11-01')).toMatchObject({
      ok: true,
      market: 'Russia',
      country: { iso: 'RU' },
    });
  });
  it('Kazakh mobile is Kazakhstan from 2026-10-01 and Other (not listed, inferred) before', () => {
    expect(marketOf('+7 701 123 4567', '2026-10-01')).toBe('Kazakhstan');
    expect(marketOf('+7 701 123 4567', '2026-09-30')).toBe('Other');
  });
});

describe('dated market table', () => {
  it('Zimbabwe moved Other → Rest of Africa on 2025-10-01', () => {
    expect(marketOf('+263 77 123 4567', '2025-09-30')).toBe('Other');
    expect(marketOf('+263 77 123 4567', '2025-10-01')).toBe('Rest of Africa');
    expect(marketOf('ZW', '2025-10-01')).toBe('Rest of Africa');
  });

  it.each([
    ['HK', 'Rest of Asia Pacific', 'Hong Kong'],
    ['SG', 'Rest of Asia Pacific', 'Singapore'],
    ['PL', 'Rest of Central & Eastern Europe', 'Poland'],
    ['HU', 'Rest of Central & Eastern Europe', 'Hungary'],
    ['RO', 'Rest of Central & Eastern Europe', 'Romania'],
    ['QA', 'Rest of Middle East', 'Qatar'],
  ])('July 2026 split: %s was %s until 2026-06-30, %s from 2026-07-01', (iso, before, after) => {
    expect(marketOf(iso, '2026-06-30')).toBe(before);
    expect(marketOf(iso, '2026-07-01')).toBe(after);
  });

  it.each([
    ['+880 1712 345678', 'Rest of Asia Pacific', 'Bangladesh'],
    ['+977 984 1234567', 'Rest of Asia Pacific', 'Nepal'],
    ['+94 71 234 5678', 'Rest of Asia Pacific', 'Sri Lanka'],
    ['+380 50 123 4567', 'Rest of Central & Eastern Europe', 'Ukraine'],
    ['+964 770 123 4567', 'Rest of Middle East', 'Iraq'],
    ['+965 5000 1234', 'Rest of Middle East', 'Kuwait'],
    ['+968 9212 3456', 'Rest of Middle East', 'Oman'],
    ['+212 612 345678', 'Rest of Africa', 'Morocco'],
  ])('October 2026 split: %s was %s until 2026-09-30, %s from 2026-10-01', (phone, before, after) => {
    expect(marketOf(phone, '2026-09-30')).toBe(before);
    expect(marketOf(phone, '2026-10-01')).toBe(after);
  });

  it('a standalone market name before its split resolves to its country’s group, not an error', () => {
    expect(resolveMarket('Hong Kong', '2026-05-01')).toMatchObject({
      ok: true,
      market: 'Rest of Asia Pacific',
      via: 'country-name',
    });
  });

  it('has 47 markets from 2026-10-01, 38 in July 2026 and 32 before', () => {
    expect(marketsOn('2026-10-01')).toHaveLength(47);
    expect(marketsOn('2026-07-01')).toHaveLength(38);
    expect(marketsOn('2026-06-30')).toHaveLength(32);
    expect(MARKETS).toHaveLength(47);
  });
});

describe('resolveMarket: other inputs', () => {
  it('accepts ISO codes in any case, UK for GB, market names with aliases and country names', () => {
    expect(resolveMarket('br', '2026-11-01')).toMatchObject({ ok: true, market: 'Brazil', via: 'iso' });
    expect(resolveMarket('UK', '2026-11-01')).toMatchObject({ ok: true, market: 'United Kingdom' });
    expect(resolveMarket('rest of apac', '2026-11-01')).toMatchObject({
      ok: true,
      market: 'Rest of Asia Pacific',
      via: 'market-name',
    });
    expect(resolveMarket('Rest of Central and Eastern Europe', '2026-11-01')).toMatchObject({ ok: true });
    expect(resolveMarket('Kenya', '2026-11-01')).toMatchObject({
      ok: true,
      market: 'Rest of Africa',
      via: 'country-name',
    });
    expect(resolveMarket('Côte d’Ivoire', '2026-11-01')).toMatchObject({ ok: true, market: 'Rest of Africa' });
    expect(resolveMarket('Brasil', '2026-11-01')).toMatchObject({ ok: true, market: 'Brazil' });
    expect(resolveMarket('United Arab Emirates', '2026-11-01')).toMatchObject({
      ok: true,
      market: 'United Arab Emirates',
      via: 'market-name',
    });
  });

  it('never uses the business country: a US business texting Brazil pays Brazil', () => {
    // The only input is the recipient; there is no way to pass the sender, by design.
    expect(marketOf('+55 21 99876 5432', '2026-11-01')).toBe('Brazil');
  });

  it('Jersey shares +44 with the UK and is priced as the UK, with an inferred note', () => {
    const result = resolveMarket('JE', '2026-11-01');
    expect(result).toMatchObject({ ok: true, market: 'United Kingdom' });
    if (result.ok) expect(result.note).toMatch(/inferred/);
  });

  it('rejects nonsense with the closest names, and bad dates, without throwing', () => {
    const result = resolveMarket('Brazl', '2026-11-01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestions[0]).toBe('Brazil');
    expect(resolveMarket('BR', '2026-13-01')).toMatchObject({ ok: false });
    expect(resolveMarket('', '2026-11-01')).toMatchObject({ ok: false });
    expect(resolveMarket('+999 123', '2026-11-01')).toMatchObject({ ok: false });
    expect(resolveMarket(undefined as unknown as string, '2026-11-01')).toMatchObject({ ok: false });
  });
});

describe('listMarketCountries', () => {
  it('lists every market of the date once, with countries and calling codes', () => {
    const map = listMarketCountries('2026-10-01');
    expect(map.map((m) => m.market)).toEqual(marketsOn('2026-10-01'));
    const africa = map.find((m) => m.market === 'Rest of Africa');
    expect(africa?.countries.map((c) => c.iso)).toEqual(expect.arrayContaining(['ZW', 'KE', 'DZ', 'SZ', 'CI']));
    expect(africa?.countries.find((c) => c.iso === 'KE')).toEqual({ iso: 'KE', name: 'Kenya', callingCode: '254' });
    const northAmerica = map.find((m) => m.market === 'North America');
    expect(northAmerica?.countries.map((c) => c.iso).sort()).toEqual(['CA', 'US']);
    // Each country appears in exactly one market.
    const all = map.flatMap((m) => m.countries.map((c) => c.iso));
    expect(new Set(all).size).toBe(all.length);
  });

  it('moves countries between markets by date', () => {
    const before = listMarketCountries('2025-09-30');
    expect(before.find((m) => m.market === 'Other')?.countries.some((c) => c.iso === 'ZW')).toBe(true);
    expect(before.some((m) => m.market === 'Bangladesh')).toBe(false);
    const apac = before.find((m) => m.market === 'Rest of Asia Pacific')?.countries.map((c) => c.iso);
    expect(apac).toEqual(expect.arrayContaining(['HK', 'SG', 'BD', 'NP', 'LK']));
  });
});

describe('searchMarkets', () => {
  it('finds by country name prefix, ISO code, market name and phone prefix', () => {
    expect(searchMarkets('ken', '2026-11-01')[0]).toMatchObject({ market: 'Rest of Africa', country: { iso: 'KE' } });
    expect(searchMarkets('JM', '2026-11-01')[0]).toMatchObject({ market: 'Rest of Latin America', matchedBy: 'iso' });
    expect(searchMarkets('rest of', '2026-11-01').map((r) => r.market)).toEqual(
      expect.arrayContaining(['Rest of Africa', 'Rest of Middle East']),
    );
    expect(searchMarkets('+1 876', '2026-11-01')[0]).toMatchObject({
      market: 'Rest of Latin America',
      matchedBy: 'phone-prefix',
    });
    expect(searchMarkets('+88', '2026-11-01').map((r) => r.country?.iso)).toEqual(expect.arrayContaining(['BD']));
  });

  it('returns nothing for empty queries or bad dates', () => {
    expect(searchMarkets('  ', '2026-11-01')).toEqual([]);
    expect(searchMarkets('Brazil', 'tomorrow')).toEqual([]);
  });
});
