/**
 * Reading rates and counts as people type them in spreadsheets: "$0.0068", "0,0068 €", "1,234.50", "1.234,5",
 * "n/a", "--". Rates come back as integer micros, or null for an unknown (never zero).
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

/** Currency prefix/suffix allowed around a number: symbols or up to 3 letters ($, US$, R$, €, USD, EUR…). */
const MONEY_CELL = /^([^\d\s.,+-]{0,4})\s*([-+]?[\d][\d\s.,'\u00a0\u202f]*)\s*([^\d\s.,+-]{0,4})$/u;

export function parseRateCell(raw: string, delimiter: string): CellParse<Micros | null> {
  const text = raw.trim();
  if (UNKNOWN_TOKENS.has(text.toLowerCase())) return { ok: true, value: null };
  const match = MONEY_CELL.exec(text);
  if (!match)
    return {
      ok: false,
      message: `"${raw}" is not a rate (expected a number such as 0.0068, or empty / n/a for unknown)`,
    };
  const numberText = (match[2] ?? '').trim();
  if (numberText.startsWith('-')) return { ok: false, message: `"${raw}" is negative; rates cannot be` };
  const plain = plainDecimal(numberText.replace(/^\+/, ''), delimiter);
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
