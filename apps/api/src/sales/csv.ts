// CSV as RFC 4180 writes it (fields separated by commas, records by CRLF, a field quoted when it holds
// a quote, a comma or a line break, its quotes doubled), with the guard spreadsheets need: a cell that
// starts like a formula (= + - @, or a tab or carriage return before one) is prefixed with an
// apostrophe, so that a buyer's or product's name cannot run as a formula in the seller's spreadsheet.

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvRecord = (cells: readonly string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Spreadsheets read UTF-8 (accents of French names) when the file starts with its byte order mark. */
export const CSV_BOM = '\ufeff';
