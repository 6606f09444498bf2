import { describe, expect, it } from 'vitest';
import { csvCell, neutralizeFormula, toCsv } from './csv.ts';

describe('csv', () => {
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('Baku')).toBe('Baku');
		expect(csvCell('Baku, Azerbaijan')).toBe('"Baku, Azerbaijan"');
		expect(csvCell('the "Middle" corridor')).toBe('"the ""Middle"" corridor"');
		expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
		expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
	});

	it('writes empty cells for null and undefined, and numbers as numbers', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(-46.75)).toBe('-46.75');
		expect(csvCell(0)).toBe('0');
	});

	it('neutralizes text that a spreadsheet would run as a formula', () => {
		for (const payload of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
			expect(neutralizeFormula(payload).startsWith("'")).toBe(true);
		}
		expect(csvCell('=1+1')).toBe("'=1+1");
		expect(csvCell('=HYPERLINK("a","b")')).toBe('"\'=HYPERLINK(""a"",""b"")"');
		expect(neutralizeFormula('Baku = capital')).toBe('Baku = capital');
	});

	it('joins rows with CRLF and ends with a line break', () => {
		expect(toCsv(['id', 'name'], [['a', 'Baku'], ['b', 'x,y']])).toBe('id,name\r\na,Baku\r\nb,"x,y"\r\n');
		expect(toCsv(['id'], [])).toBe('id\r\n');
	});
});
