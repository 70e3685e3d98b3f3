/**
 * Reading rates and counts as people type them in spreadsheets: "$0.0068", "0,0068 €", "1,234.50", "1.234,5",
 * "n/a", "--", and the usual local forms of the 16 currencies Meta publishes cards in ("R$ 0,3217", "Rp 1.234,56",
 * "₹1,23,456.78", "S/ 0,2345", "د.إ 0.2296", "0,0529 €"). Rates come back as integer micros, or null for an unknown
 * (never zero). Meta does not document how each currency's file writes numbers (core/template/formats.md §7), so
 * the reader accepts each currency's usual forms.
 */
import { decimalToMicros, type Micros } from './money';

/** Cells that mean "not published / unknown". */
const UNKNOWN_TOKENS = new Set(['', 'n/a', 'na', 'n.a.', '-', '--', '---', '—', '–', '?', 'unknown', 'null', 'none']);

export type CellParse<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Decide which of "." and "," is the decimal mark and return a plain "123.45" string, or an error.
 * Rules: if both occur, the last one is the decimal mark; one kind occurring several times is a thousands
 * separator; a single "," is a thousands separator only when the file is comma-delimited and it is followed by
 * exactly three digits after a non-zero 1–3 digit group ("1,234"), otherwise it is a decimal comma.
 */
function plainDecimal(numberText: string, delimiter: string): CellParse<string> {
  const compact = numberText.replace(/[\s'\u00a0\u202f]/g, '');
  if (!/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) return { ok: false, message: 'not a number' };
  const dots = compact.split('.').length - 1;
  const commas = compact.split(',').length - 1;
  let decimalMark: '.' | ',' | null = null;
  if (dots && commas) decimalMark = compact.lastIndexOf('.') > compact.lastIndexOf(',') ? '.' : ',';
  else if (dots === 1) decimalMark = '.';
  else if (commas === 1) {
    const looksGrouped = /^[1-9]\d{0,2},\d{3}$/.test(compact);
    decimalMark = delimiter === ',' && looksGrouped ? null : ',';
  }
  const thousandsMark = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : dots ? '.' : ',';
  const [integerPart = '', fractionPart, ...rest] = decimalMark ? compact.split(decimalMark) : [compact];
  if (rest.length > 0) return { ok: false, message: `more than one decimal mark "${decimalMark}"` };
  if (fractionPart !== undefined && (fractionPart.includes('.') || fractionPart.includes(','))) {
    return { ok: false, message: 'a thousands separator after the decimal mark' };
  }
  if (integerPart.includes(thousandsMark)) {
    if (!new RegExp(`^\\d{1,3}(\\${thousandsMark}\\d{3})+$`).test(integerPart)) {
      return { ok: false, message: `misplaced thousands separator "${thousandsMark}"` };
    }
  }
  const integerDigits = integerPart.split(thousandsMark).join('') || '0';
  if (fractionPart === '') return { ok: false, message: 'nothing after the decimal mark' };
  return { ok: true, value: fractionPart === undefined ? integerDigits : `${integerDigits}.${fractionPart}` };
}

/**
 * Currency symbols as written beside amounts, longest first, and the ISO code each stands for (null: several
 * currencies write it, such as "$"). Codes themselves (USD, BRL…) are handled by MONEY_CELL.
 */
const CURRENCY_SYMBOLS: ReadonlyArray<readonly [symbol: string, code: string | null]> = (
  [
    ['US$', 'USD'],
    ['$US', 'USD'],
    ['R$', 'BRL'],
    ['A$', 'AUD'],
    ['AU$', 'AUD'],
    ['S$', 'SGD'],
    ['MX$', 'MXN'],
    ['Mex$', 'MXN'],
    ['COL$', 'COP'],
    ['CLP$', 'CLP'],
    ['ARS$', 'ARS'],
    ['S/.', 'PEN'],
    ['S/', 'PEN'],
    ['RM', 'MYR'],
    ['Rp.', 'IDR'],
    ['Rp', 'IDR'],
    ['Rs.', 'INR'],
    ['Rs', 'INR'],
    ['₹', 'INR'],
    ['€', 'EUR'],
    ['£', 'GBP'],
    ['د.إ', 'AED'],
    ['ر.س', 'SAR'],
    ['﷼', 'SAR'],
    ['$', null],
  ] as ReadonlyArray<readonly [string, string | null]>
).toSorted((a, b) => b[0].length - a[0].length);

/** Currencies whose rates run into the hundreds or thousands: "1.234" there is a thousands group, not 1.234. */
const LARGE_UNIT_CURRENCIES = new Set(['CLP', 'COP', 'IDR']);

/** Strips one known currency symbol from either end; reports the code it stands for (null: ambiguous "$"). */
function stripSymbol(text: string): { rest: string; code?: string | null } {
  for (const [symbol, code] of CURRENCY_SYMBOLS) {
    if (text.startsWith(symbol)) return { rest: text.slice(symbol.length).trim(), code };
    if (text.endsWith(symbol)) return { rest: text.slice(0, -symbol.length).trim(), code };
  }
  return { rest: text };
}

/** The ISO code a Currency cell means: "USD", or a symbol such as "$US" / "R$" on older cards. */
export function currencyCode(text: string): string | null {
  const t = text.trim();
  if (/^[A-Za-z]{3}$/.test(t)) return t.toUpperCase();
  const stripped = stripSymbol(t);
  return stripped.rest === '' && stripped.code ? stripped.code : null;
}

/** Currency prefix/suffix allowed around a number: symbols or up to 3 letters ($, US$, R$, €, USD, EUR…). */
const MONEY_CELL = /^([^\d\s.,+-]{0,4})\s*([-+]?[\d][\d\s.,'\u00a0\u202f]*)\s*([^\d\s.,+-]{0,4})$/u;

/**
 * One rate cell. `currency` (the card's ISO code, when known) lets a symbol be checked against it and decides the
 * readings that depend on the currency: Indian digit grouping for INR ("1,23,456.78"), and "1.234" as a thousands
 * group in currencies whose rates run into the thousands (CLP, COP, IDR; DERIVED — Meta writes four decimals).
 */
export function parseRateCell(raw: string, delimiter: string, currency?: string): CellParse<Micros | null> {
  const text = raw.trim();
  if (UNKNOWN_TOKENS.has(text.toLowerCase())) return { ok: true, value: null };
  const symbol = stripSymbol(text);
  if (symbol.code && currency && symbol.code !== currency)
    return { ok: false, message: `"${raw}" is written in ${symbol.code}, but the card is in ${currency}` };
  const match = MONEY_CELL.exec(symbol.rest);
  if (!match)
    return {
      ok: false,
      message: `"${raw}" is not a rate (expected a number such as 0.0068, or empty / n/a for unknown)`,
    };
  const code = (match[1] || match[3] || '').trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code) && currency && code !== currency)
    return { ok: false, message: `"${raw}" is written in ${code}, but the card is in ${currency}` };
  let numberText = (match[2] ?? '').trim();
  if (numberText.startsWith('-')) return { ok: false, message: `"${raw}" is negative; rates cannot be` };
  numberText = numberText.replace(/^\+/, '');
  const compact = numberText.replace(/[\s'\u00a0\u202f]/g, '');
  // Indian grouping: 1,23,456.78 (lakh, crore).
  if (currency === 'INR' && /^\d{1,2}(,\d{2})+,\d{3}(\.\d+)?$/.test(compact)) numberText = compact.replace(/,/g, '');
  else if (currency && LARGE_UNIT_CURRENCIES.has(currency) && /^\d{1,3}[.,]\d{3}$/.test(compact))
    numberText = compact.replace(/[.,]/, '');
  const plain = plainDecimal(numberText, delimiter);
  if (!plain.ok) return { ok: false, message: `"${raw}" is not a rate: ${plain.message}` };
  const fraction = plain.value.split('.')[1] ?? '';
  if (fraction.length > 6) return { ok: false, message: `"${raw}" has more than 6 decimal places` };
  const micros = decimalToMicros(plain.value);
  if (micros === null) return { ok: false, message: `"${raw}" is too large` };
  return { ok: true, value: micros };
}

/** A whole message count ("25000001", "25,000,001", "25.000.001"); empty → null when `allowEmpty`. */
export function parseCountCell(raw: string, allowEmpty: boolean): CellParse<number | null> {
  const text = raw.trim();
  if (allowEmpty && UNKNOWN_TOKENS.has(text.toLowerCase())) return { ok: true, value: null };
  const compact = text.replace(/[\s'\u00a0\u202f]/g, '');
  if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(compact))
    return { ok: false, message: `"${raw}" is not a whole number of messages` };
  const value = Number(compact.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, message: `"${raw}" is too large` };
  return { ok: true, value };
}
