/**
 * Money as integer micro-units (1e-6 of the currency unit), so sums and products never drift the way
 * binary floats do (0.0068 × 10,000 must be exactly 68.00). Rates on Meta's cards have at most 4 decimals,
 * so micro-units hold every published rate exactly.
 */

export type Micros = number;

export const MICROS_PER_UNIT = 1_000_000;

/**
 * Parse a plain decimal string ("0.0068", "12", "1234.5") into micros.
 * Returns null when the text is not a non-negative decimal with at most 6 fractional digits,
 * or when the value would not fit a safe integer.
 */
export function decimalToMicros(text: string): Micros | null {
  const match = /^(\d+)(?:\.(\d{0,6}))?$/.exec(text);
  if (!match) return null;
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').padEnd(6, '0');
  const micros = BigInt(whole) * 1_000_000n + BigInt(fraction);
  if (micros > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(micros);
}

/** Micros → shortest exact decimal string ("68", "0.0068", "625.5"). */
export function microsToDecimal(micros: Micros): string {
  const negative = micros < 0;
  const abs = BigInt(Math.abs(micros));
  const whole = abs / 1_000_000n;
  const fraction = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Micros → a JS number in currency units (68_000_000 → 68), for JSON output. Exact for ≤ 6 decimals. */
export function microsToUnits(micros: Micros): number {
  return Number(microsToDecimal(micros));
}

/**
 * quantity × rate in micros, computed in BigInt. Returns null if the product does not fit a safe integer
 * (a 10-million-message month on a high-denomination card such as IDR can get close).
 */
export function multiplyMicros(quantity: number, rate: Micros): Micros | null {
  const product = BigInt(quantity) * BigInt(rate);
  if (product > BigInt(Number.MAX_SAFE_INTEGER) || product < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(product);
}

/** Sum of micros; null if any term is null or the sum leaves the safe-integer range. */
export function sumMicros(values: readonly (Micros | null)[]): Micros | null {
  let total = 0n;
  for (const value of values) {
    if (value === null) return null;
    total += BigInt(value);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(total);
}

/** total ÷ count rounded half-up to the nearest micro (an average price per message). */
export function divideMicrosRounded(total: Micros, count: number): Micros {
  if (count <= 0) return 0;
  const t = BigInt(total);
  const c = BigInt(count);
  return Number((t * 2n + c) / (2n * c));
}

export interface FormatMoneyOptions {
  /** Fixed number of fraction digits; default: the currency's own (2 for USD/EUR). Per-message rates use 4. */
  fractionDigits?: number;
}

// Building an Intl.NumberFormat costs far more than using one, and the panel formats a dozen amounts per keystroke.
const formats = new Map<string, Intl.NumberFormat>();
function currencyFormat(locale: string, currency: string, digits: number | undefined): Intl.NumberFormat {
  const key = `${locale}|${currency}|${digits ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(digits === undefined ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * Format micros in the card's currency with Intl.NumberFormat. The amount goes to Intl as an exact decimal
 * string, so no float rounding happens before Intl's own rounding. Unknown currency codes fall back to
 * "<amount> <CODE>" instead of throwing.
 */
export function formatMoney(
  micros: Micros,
  currency: string,
  locale = 'en-US',
  options: FormatMoneyOptions = {},
): string {
  const digits = options.fractionDigits;
  const decimal = microsToDecimal(micros);
  try {
    const format = currencyFormat(locale, currency, digits);
    // Intl.NumberFormat accepts decimal strings exactly (ES2023 NumberFormat v3); the cast is for older lib typings.
    return format.format(decimal as unknown as number);
  } catch {
    return `${decimal} ${currency}`;
  }
}

/** A per-message rate: 4 decimals, as Meta publishes them. */
export function formatRate(micros: Micros, currency: string, locale = 'en-US'): string {
  return formatMoney(micros, currency, locale, { fractionDigits: 4 });
}
