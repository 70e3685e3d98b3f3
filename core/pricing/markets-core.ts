/**
 * Recipient → pricing market without phone-number parsing. Meta prices by the recipient's country calling code,
 * never the business's country; unlisted countries map to "Other" (reference §4.4). The mapping is dated: see
 * MARKET_MOVES.
 *
 * Why this is separate from markets.ts: reading a phone number ("+1 787 555 0100" → Puerto Rico) needs
 * libphonenumber-js's metadata, about 140 KB minified. The content script only ever resolves market names, so it
 * imports this module (through the estimator) and never loads that metadata. markets.ts installs the
 * libphonenumber-js reader on load; every importer of markets.ts or of the core/pricing index therefore resolves
 * phone numbers exactly as before.
 */
import { CALLING_CODES } from './calling-codes';
import { isIsoDate } from './dates';
import {
  COUNTRY_ALIASES,
  LISTED_COUNTRIES,
  MARKET_ALIASES,
  MARKET_MOVES,
  MARKET_SINCE,
  MARKETS,
  type Market,
} from './market-data';

export interface CountryInfo {
  iso: string;
  name: string;
  /** Without the plus sign, e.g. "55". */
  callingCode: string;
}

export type ResolvedVia = 'iso' | 'phone' | 'calling-code' | 'country-name' | 'market-name';

export type MarketResolution =
  | { ok: true; market: Market; country?: CountryInfo; via: ResolvedVia; note?: string }
  | { ok: false; error: string; suggestions: string[] };

/** Lowercase, accents stripped, "&" read as "and", everything but letters and digits removed. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}

const LISTED_BY_ISO = new Map(LISTED_COUNTRIES.map(([iso, name, market]) => [iso, { name, market }]));
const PHONE_COUNTRIES: readonly string[] = [...CALLING_CODES.keys()];
const KNOWN_COUNTRIES = new Set<string>([...PHONE_COUNTRIES, ...LISTED_BY_ISO.keys()]);

const MARKET_BY_NORMALIZED = new Map<string, Market>();
for (const market of MARKETS) MARKET_BY_NORMALIZED.set(normalizeName(market), market);
for (const [alias, market] of Object.entries(MARKET_ALIASES)) MARKET_BY_NORMALIZED.set(normalizeName(alias), market);

let displayNames: Intl.DisplayNames | null | undefined;
function englishRegionName(iso: string): string {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      displayNames = null;
    }
  }
  try {
    return displayNames?.of(iso) ?? iso;
  } catch {
    return iso;
  }
}

/** Meta's spelling for listed countries, the runtime's English name (Intl.DisplayNames) for the rest. */
export function countryName(iso: string): string {
  return LISTED_BY_ISO.get(iso)?.name ?? englishRegionName(iso);
}

/** Calling code without the plus sign, or "" for a region code with none. */
export function callingCodeOf(iso: string): string {
  return CALLING_CODES.get(iso) ?? '';
}

function countryInfo(iso: string): CountryInfo {
  return { iso, name: countryName(iso), callingCode: callingCodeOf(iso) };
}

let countryByNormalizedName: Map<string, string> | undefined;
function countryNameIndex(): Map<string, string> {
  if (countryByNormalizedName) return countryByNormalizedName;
  const index = new Map<string, string>();
  for (const iso of KNOWN_COUNTRIES) index.set(normalizeName(englishRegionName(iso)), iso);
  for (const [alias, iso] of Object.entries(COUNTRY_ALIASES)) index.set(normalizeName(alias), iso);
  // Meta's spellings win over the runtime's.
  for (const [iso, { name }] of LISTED_BY_ISO) index.set(normalizeName(name), iso);
  countryByNormalizedName = index;
  return index;
}

export function isMarket(name: string): name is Market {
  return (MARKETS as readonly string[]).includes(name);
}

/** A market name as typed (any case, aliases such as "UAE" or "Rest of APAC") → the canonical name. */
export function canonicalMarketName(text: string): Market | null {
  return MARKET_BY_NORMALIZED.get(normalizeName(text)) ?? null;
}

/** Whether the market had its own card row on `date` (the "Rest of" groups and Other always did). */
export function marketExistsOn(market: Market, date: string): boolean {
  const since = MARKET_SINCE[market];
  return since === undefined || date >= since;
}

export function marketsOn(date: string): Market[] {
  return MARKETS.filter((market) => marketExistsOn(market, date));
}

/** Listed country sharing this calling code outside NANP (+44 Jersey → United Kingdom), DERIVED from the calling-code rule. */
function listedSiblingByCallingCode(iso: string): string | null {
  const code = callingCodeOf(iso);
  if (!code || code === '1') return null; // NANP countries are told apart by area code, and Meta lists them one by one.
  for (const [listedIso] of LISTED_COUNTRIES) {
    if (listedIso !== iso && callingCodeOf(listedIso) === code) return listedIso;
  }
  return null;
}

function listedMarketOn(iso: string, date: string): Market | null {
  const listed = LISTED_BY_ISO.get(iso);
  if (!listed) return null;
  let market = listed.market;
  // Roll back moves that had not happened yet on `date` (latest first, so the earliest placement wins).
  const moves = MARKET_MOVES.filter((move) => move.iso === iso).sort((a, b) => b.from.localeCompare(a.from));
  for (const move of moves) if (date < move.from) market = move.before;
  return market;
}

/** The market a recipient in country `iso` was priced in on `date`. */
export function marketOfCountry(iso: string, date: string): { market: Market; note?: string } {
  const listed = listedMarketOn(iso, date);
  if (listed) return { market: listed };
  const sibling = listedSiblingByCallingCode(iso);
  if (sibling) {
    const market = listedMarketOn(sibling, date) ?? 'Other';
    return {
      market,
      note: `${countryName(iso)} shares calling code +${callingCodeOf(iso)} with ${countryName(sibling)}; Meta prices by calling code, so it is priced as ${market} (inferred).`,
    };
  }
  return { market: 'Other' };
}

export interface MarketCountries {
  market: Market;
  countries: CountryInfo[];
}

/** Every market on `date` with the countries priced in it (for the options page's market map). */
export function listMarketCountries(date: string): MarketCountries[] {
  const byMarket = new Map<Market, CountryInfo[]>(marketsOn(date).map((market) => [market, []]));
  for (const iso of KNOWN_COUNTRIES) {
    const { market } = marketOfCountry(iso, date);
    byMarket.get(market)?.push(countryInfo(iso));
  }
  return [...byMarket].map(([market, countries]) => ({
    market,
    countries: countries.sort((a, b) => a.name.localeCompare(b.name, 'en')),
  }));
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Closest market name by edit distance on normalised names (aliases count), for "did you mean". */
export function closestMarketName(text: string): Market {
  const wanted = normalizeName(text);
  let best: Market = 'Other';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [normalized, market] of MARKET_BY_NORMALIZED) {
    const distance = levenshtein(wanted, normalized);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = market;
    }
  }
  return best;
}

function closestCountryNames(text: string, limit: number): string[] {
  const wanted = normalizeName(text);
  const scored: Array<[string, number]> = [];
  for (const [normalized, iso] of countryNameIndex()) scored.push([countryName(iso), levenshtein(wanted, normalized)]);
  scored.sort((a, b) => a[1] - b[1]);
  return [...new Set(scored.map(([name]) => name))].slice(0, limit);
}

const PHONE_LIKE = /^(\+|00)[\d\s().-]+$/;

/** What a phone-number reader makes of "+…" digits: the calling code, and the country when it can tell. */
export interface PhoneReading {
  callingCode?: string;
  iso?: string;
}
export type PhoneReader = (digits: string) => PhoneReading;

let phoneReader: PhoneReader | null = null;

/** Called once by markets.ts with its libphonenumber-js reader; until then phone numbers are not resolved. */
export function installPhoneReader(reader: PhoneReader): void {
  phoneReader = reader;
}

function resolvePhone(input: string, date: string): MarketResolution {
  if (!phoneReader) {
    return {
      ok: false,
      error: `"${input}" looks like a phone number, and phone numbers are not read here; give a market, country or ISO country code.`,
      suggestions: [],
    };
  }
  const digits = input.replace(/^00/, '+').replace(/[^\d+]/g, '');
  const { callingCode, iso } = phoneReader(digits);
  if (iso) {
    const { market, note } = marketOfCountry(iso, date);
    const nationalDigits = callingCode ? digits.length - 1 - callingCode.length : 0;
    const via: ResolvedVia = nationalDigits > 0 ? 'phone' : 'calling-code';
    return { ok: true, market, country: countryInfo(iso), via, ...(note ? { note } : {}) };
  }
  if (!callingCode) {
    return { ok: false, error: `"${input}" does not start with a known country calling code.`, suggestions: [] };
  }
  // A calling code shared by several countries (+1, +7, +44…): fine if they all price the same, else ambiguous.
  const sharing = PHONE_COUNTRIES.filter((country) => callingCodeOf(country) === callingCode);
  const markets = [...new Set(sharing.map((country) => marketOfCountry(country, date).market))];
  if (markets.length === 1 && markets[0]) {
    return { ok: true, market: markets[0], via: 'calling-code' };
  }
  return {
    ok: false,
    error: `+${callingCode} is shared by several countries in different markets (${sharing.map(countryName).join(', ')}); give more digits of the number.`,
    suggestions: markets,
  };
}

/**
 * Resolve what a user typed (ISO code "BR", market name "Rest of Africa", country name "Kenya", or phone number
 * "+1 787 555 0100") to the market a message to that recipient was priced in on `date`. Never throws.
 */
export function resolveMarket(input: string, date: string): MarketResolution {
  if (typeof input !== 'string' || typeof date !== 'string') {
    return { ok: false, error: 'Market and date must be text.', suggestions: [] };
  }
  if (!isIsoDate(date)) return { ok: false, error: `"${date}" is not a date in YYYY-MM-DD form.`, suggestions: [] };
  const text = input.trim();
  if (!text) return { ok: false, error: 'No market, country or phone number given.', suggestions: [] };
  if (PHONE_LIKE.test(text)) return resolvePhone(text, date);

  const upper = text.toUpperCase();
  if (/^[A-Z]{2}$/.test(upper)) {
    const iso = upper === 'UK' ? 'GB' : upper;
    if (KNOWN_COUNTRIES.has(iso)) {
      const { market, note } = marketOfCountry(iso, date);
      return { ok: true, market, country: countryInfo(iso), via: 'iso', ...(note ? { note } : {}) };
    }
  }

  const normalized = normalizeName(text);
  const market = MARKET_BY_NORMALIZED.get(normalized);
  const countryIso = countryNameIndex().get(normalized);
  if (countryIso) {
    const { market: countryMarket, note } = marketOfCountry(countryIso, date);
    const via: ResolvedVia = market === countryMarket ? 'market-name' : 'country-name';
    return { ok: true, market: countryMarket, country: countryInfo(countryIso), via, ...(note ? { note } : {}) };
  }
  if (market) {
    if (!marketExistsOn(market, date)) {
      return {
        ok: false,
        error: `${market} was not a separate market on ${date} (it is one from ${MARKET_SINCE[market]}).`,
        suggestions: [],
      };
    }
    return { ok: true, market, via: 'market-name' };
  }
  const suggestions = [...new Set([closestMarketName(text), ...closestCountryNames(text, 3)])];
  return {
    ok: false,
    error: `"${text}" is not a market, country, ISO country code or phone number (with + and calling code).`,
    suggestions,
  };
}

export interface MarketSearchResult {
  market: Market;
  country?: CountryInfo;
  matchedBy: 'market-name' | 'country-name' | 'iso' | 'phone-prefix';
}

/**
 * Search for the options page / popup picker: by market name, country name, ISO code or phone prefix ("+1 787").
 * Exact matches first, then prefix, then substring matches. At most `limit` results.
 */
export function searchMarkets(query: string, date: string, limit = 20): MarketSearchResult[] {
  if (typeof query !== 'string' || !isIsoDate(date)) return [];
  const text = query.trim();
  if (!text) return [];
  if (/^(\+|00)/.test(text)) {
    const resolved = resolvePhone(text, date);
    if (resolved.ok) {
      return [
        {
          market: resolved.market,
          ...(resolved.country ? { country: resolved.country } : {}),
          matchedBy: 'phone-prefix',
        },
      ];
    }
    const code = text.replace(/^00/, '').replace(/\D/g, '');
    return [...KNOWN_COUNTRIES]
      .filter((iso) => callingCodeOf(iso).startsWith(code) && code.length > 0)
      .map((iso) => ({
        market: marketOfCountry(iso, date).market,
        country: countryInfo(iso),
        matchedBy: 'phone-prefix' as const,
      }))
      .sort(
        (a, b) =>
          a.country.callingCode.length - b.country.callingCode.length || a.country.name.localeCompare(b.country.name),
      )
      .slice(0, limit);
  }
  const wanted = normalizeName(text);
  const scored: Array<{ result: MarketSearchResult; rank: number; label: string }> = [];
  const rankOf = (candidate: string): number =>
    candidate === wanted ? 0 : candidate.startsWith(wanted) ? 1 : candidate.includes(wanted) ? 2 : -1;
  for (const market of marketsOn(date)) {
    const rank = rankOf(normalizeName(market));
    if (rank >= 0) scored.push({ result: { market, matchedBy: 'market-name' }, rank, label: market });
  }
  for (const iso of KNOWN_COUNTRIES) {
    const name = countryName(iso);
    const isoRank = iso.toLowerCase() === wanted ? 0 : -1;
    const nameRank = rankOf(normalizeName(name));
    const rank = isoRank === 0 ? 0 : nameRank;
    if (rank < 0) continue;
    scored.push({
      result: {
        market: marketOfCountry(iso, date).market,
        country: countryInfo(iso),
        matchedBy: isoRank === 0 ? 'iso' : 'country-name',
      },
      rank,
      label: name,
    });
  }
  scored.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label, 'en'));
  return scored.slice(0, limit).map(({ result }) => result);
}
