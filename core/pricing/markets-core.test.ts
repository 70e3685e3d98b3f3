import { getCountries, getCountryCallingCode } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { CALLING_CODES } from './calling-codes';
import { callingCodeOf, listMarketCountries, resolveMarket, searchMarkets } from './markets-core';

// Order matters here: this file imports markets-core only, so until the last describe loads markets.ts no phone
// reader is installed — the situation of the content script.

describe('calling-code table', () => {
  it('is exactly what the installed libphonenumber-js says, in its order (regenerate calling-codes.ts if not)', () => {
    const expected = getCountries().map((iso) => [iso, getCountryCallingCode(iso)]);
    expect([...CALLING_CODES]).toEqual(expected);
  });

  it('gives "" for a code no region has', () => {
    expect(callingCodeOf('ZZ')).toBe('');
    expect(callingCodeOf('JE')).toBe('44');
  });
});

describe('markets-core without a phone reader (the content script)', () => {
  it('resolves market names, country names and ISO codes', () => {
    expect(resolveMarket('Rest of APAC', '2026-11-01')).toMatchObject({ ok: true, market: 'Rest of Asia Pacific' });
    expect(resolveMarket('kenya', '2026-11-01')).toMatchObject({
      ok: true,
      market: 'Rest of Africa',
      country: { iso: 'KE', callingCode: '254' },
    });
    expect(resolveMarket('BR', '2026-11-01')).toMatchObject({ ok: true, market: 'Brazil', via: 'iso' });
  });

  it('prices an unlisted country sharing a calling code like its listed sibling, with the calling code in the note', () => {
    const jersey = resolveMarket('JE', '2026-11-01');
    expect(jersey).toMatchObject({ ok: true, market: 'United Kingdom', country: { callingCode: '44' } });
    if (jersey.ok) expect(jersey.note).toMatch(/\+44/);
  });

  it('lists every region of the calling-code table in the market map', () => {
    const listed = listMarketCountries('2026-11-01').flatMap(({ countries }) => countries.map(({ iso }) => iso));
    expect(listed.sort()).toEqual([...CALLING_CODES.keys()].sort());
  });

  it('refuses a phone number with a clear message instead of guessing', () => {
    const result = resolveMarket('+55 11 98765 4321', '2026-11-01');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.error).toMatch(/phone number.*market, country or ISO/);
  });

  it('still finds countries by calling-code prefix in the picker search', () => {
    const found = searchMarkets('+35', '2026-11-01', 50).map((result) => result.country?.iso);
    expect(found).toEqual(expect.arrayContaining(['PT', 'IE', 'FI']));
  });
});

describe('after markets.ts is loaded (popup, options, CLI, the core/pricing index)', () => {
  it('phone numbers resolve through libphonenumber-js, area codes included', async () => {
    await import('./markets');
    expect(resolveMarket('+55 11 98765 4321', '2026-11-01')).toMatchObject({
      ok: true,
      market: 'Brazil',
      via: 'phone',
      country: { iso: 'BR' },
    });
    expect(resolveMarket('+1 787', '2026-11-01')).toMatchObject({ ok: true, country: { iso: 'PR' } });
    expect(searchMarkets('+7 701', '2026-11-01')).toMatchObject([{ market: 'Kazakhstan', matchedBy: 'phone-prefix' }]);
  });
});
