// CSV for spreadsheets: RFC 4180 quoting, and text cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) are prefixed with an apostrophe. Numbers are
// written as numbers, so negative coordinates stay numeric.
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe to open in Excel, LibreOffice or Google Sheets. */
export function neutralizeFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'string' ? neutralizeFormula(value) : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows joined with CRLF (RFC 4180), header first, ending with a line break. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
	const lines = [header.map(csvCell).join(',')];
	for (const row of rows) lines.push(row.map(csvCell).join(','));
	return `${lines.join('\r\n')}\r\n`;
}
