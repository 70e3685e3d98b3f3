/**
 * Recipient → pricing market, phone numbers included: markets-core.ts plus libphonenumber-js to tell which country a
 * number belongs to ("+1 787 555 0100" → Puerto Rico, "+7 7…" → Kazakhstan). Importing this module installs that
 * reader for every user of markets-core (the estimator too). Code that never reads phone numbers (the content
 * script) imports markets-core.ts instead and stays free of the phone-number metadata.
 */
import { AsYouType } from 'libphonenumber-js';
import { installPhoneReader, type PhoneReading } from './markets-core';

/** How libphonenumber-js reads "+…" digits, typed so far or complete. */
function readPhoneDigits(digits: string): PhoneReading {
  const typed = new AsYouType();
  typed.input(digits);
  const callingCode = typed.getCallingCode();
  const iso = typed.getCountry() ?? typed.getNumber()?.country;
  return { ...(callingCode ? { callingCode } : {}), ...(iso ? { iso } : {}) };
}

installPhoneReader(readPhoneDigits);

export {
  type CountryInfo,
  callingCodeOf,
  canonicalMarketName,
  closestMarketName,
  countryName,
  isMarket,
  levenshtein,
  listMarketCountries,
  type MarketCountries,
  type MarketResolution,
  type MarketSearchResult,
  marketExistsOn,
  marketOfCountry,
  marketsOn,
  normalizeName,
  type ResolvedVia,
  resolveMarket,
  searchMarkets,
} from './markets-core';
