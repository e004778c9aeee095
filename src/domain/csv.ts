/** CSV writing (RFC 4180) for exports. Pure. */

/**
 * Spreadsheets run cells that start with these as formulas (CSV injection, OWASP): such cells get
 * a leading apostrophe. Phone numbers ("+55...") are affected too; the importer strips it again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF terminator. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The export's guard taken off a cell again: `'+5511...` is read as `+5511...` (the import). */
export function unguardCell(text: string): string {
  return text.length > 1 && text.charCodeAt(0) === 39 && FORMULA_START.test(text.slice(1))
    ? text.slice(1)
    : text;
}
