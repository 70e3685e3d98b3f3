/**
 * Reading a spreadsheet export the way people actually produce them: optional BOM, a title or notes above the
 * header row, `,` `;` or tab delimiters, CRLF or LF. Returns rows with their 1-based line numbers so errors can
 * point at the line a user sees in a text editor.
 */
import Papa from 'papaparse';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: string;
  /** Rows above the header (titles, notes, our own `# key: value` metadata). */
  preamble: CsvRow[];
  header: CsvRow;
  rows: CsvRow[];
}

export type CsvTableResult = { ok: true; table: CsvTable } | { ok: false; message: string };

export interface CsvError {
  /** 1-based line in the file; 0 when the problem is not tied to a line (e.g. a missing option). */
  line: number;
  /** Header of the column concerned, or null for whole-row / whole-file problems. */
  column: string | null;
  message: string;
}

/**
 * The importers' public entry: a non-string input or anything thrown while reading becomes one whole-file error,
 * so a bad file never throws out of a public function.
 */
export function readNeverThrowing<R>(text: unknown, read: (text: string) => R): R | { ok: false; errors: CsvError[] } {
  const fail = (message: string) => ({ ok: false as const, errors: [{ line: 0, column: null, message }] });
  if (typeof text !== 'string') return fail('No CSV text given.');
  try {
    return read(text);
  } catch (error) {
    return fail(`Could not read the file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/** Offsets of every line start, for offset → line number by binary search. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * Parse `text` and find the header row: the first row for which `isHeader(normalisedCells)` is true.
 * The delimiter is the one that occurs most often on the header line itself (the preamble can mislead guessers).
 */
export function readCsvTable(
  text: string,
  isHeaderLine: (line: string) => boolean,
  isHeader: (cells: string[]) => boolean,
): CsvTableResult {
  // One line-ending style: files pasted together often mix CRLF and LF, and papaparse follows the first it sees.
  // A lone CR counts as a line break, as text editors show it, so line numbers still match what the user sees.
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  if (!body.trim()) return { ok: false, message: 'The file is empty.' };

  const lines = body.split('\n');
  const headerLine = lines.find(isHeaderLine);
  if (headerLine === undefined) return { ok: false, message: 'No header row found (expected a "Market" column).' };
  let delimiter: string = ',';
  let best = -1;
  for (const candidate of DELIMITERS) {
    const count = countOutsideQuotes(headerLine, candidate);
    if (count > best) {
      best = count;
      delimiter = candidate;
    }
  }

  const starts = lineStarts(body);
  const rows: CsvRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      // meta.cursor is the offset just past this row; the row began where the previous one ended.
      rows.push({ line: lineOf(starts, rowStart), cells: result.data });
      rowStart = result.meta.cursor;
      while (body[rowStart] === '\n') rowStart++;
    },
  });

  const headerIndex = rows.findIndex((row) => isHeader(row.cells));
  const header = rows[headerIndex];
  if (!header) return { ok: false, message: 'No header row found (expected a "Market" column).' };
  return {
    ok: true,
    table: {
      delimiter,
      preamble: rows.slice(0, headerIndex),
      header,
      rows: rows.slice(headerIndex + 1).filter((row) => row.cells.some((cell) => cell.trim() !== '')),
    },
  };
}

/** Join cells into one CSV line (quoting as needed), CRLF-terminated like Meta's files. */
export function toCsv(rows: string[][]): string {
  return `${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`;
}
