import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, loadMarkdownReader, tidy } from './extract.ts';

describe('extractDocument', () => {
	beforeAll(loadMarkdownReader);
	it('uses a short first line as the title', () => {
		const doc = extractDocument('Baku hosts climate talks\n\nDelegates arrived on Monday.', 'text');
		expect(doc.title).toBe('Baku hosts climate talks');
		expect(doc.meta.date).toBeNull();
	});
	it('falls back to a shortened first sentence', () => {
		const doc = extractDocument('Deminers from several countries met in the capital to compare methods for clearing farmland, roads and villages. Next.', 'text');
		expect(doc.title).toBe('Deminers from several countries met in the capital to compare methods for clearing…');
	});
	it('lets front matter win over a header line, and reads markdown headings', () => {
		const doc = extractDocument('---\ndate: 2024-11-12\nsource: Example Wire\n---\n date 2020-01-01 By Someone Else\n# The *White City*\n\nText.', 'markdown');
		expect(doc.meta).toMatchObject({ date: '2024-11-12', source: 'Example Wire', author: 'Someone Else' });
		expect(doc.title).toBe('The White City');
		expect(doc.text).toBe('The White City\n\nText.');
	});
	it('reads YAML front matter in a markdown file: quotes, comments, lists', () => {
		const doc = extractDocument('---\ntitle: "Baku: a city of winds" # headline\nauthor: [Leyla Aliyeva, Rauf Mammadov]\n---\nThe wind rose.', 'markdown');
		expect(doc.title).toBe('Baku: a city of winds');
		expect(doc.meta.author).toBe('Leyla Aliyeva, Rauf Mammadov');
		expect(doc.text).toBe('The wind rose.');
	});
	it('reads front matter in a text file', () => {
		const doc = extractDocument('---\ntitle: Shusha\ndate: 10 May 2023\n---\nThe festival opened.', 'text');
		expect(doc).toMatchObject({ title: 'Shusha', text: 'The festival opened.', meta: { date: '2023-05-10' } });
	});
	it('normalises hint dates and line endings', () => {
		const doc = extractDocument('\uFEFFLine one\r\nLine two  \r\n\r\n\r\n\r\nEnd', 'html', { date: '12 March 2023' });
		expect(doc.meta.date).toBe('2023-03-12');
		expect(doc.text).toBe('Line one\nLine two\n\nEnd');
	});
});

describe('tidy', () => {
	it('drops trailing blanks and extra blank lines', () => {
		expect(tidy('\uFEFF a \t\r\nb\n\n\n\nc  ')).toBe('a\nb\n\nc');
	});
	it('tidies a text whose only untidy part is one line or one run of blank lines (texts with none are returned trimmed, unsplit)', () => {
		expect(tidy('a\n\n\n\nb')).toBe('a\n\nb');
		expect(tidy('a \nb')).toBe('a\nb');
		expect(tidy('a\nb\t\nc')).toBe('a\nb\nc');
		expect(tidy('a\n  \n\nb')).toBe('a\n\nb');
		expect(tidy('  a\nb \t ')).toBe('a\nb');
		expect(tidy('\n\na\n\nb\n')).toBe('a\n\nb');
	});
	it('handles one line of a million spaces in one pass (the trailing-blank pattern was quadratic)', () => {
		expect(tidy(`a${' '.repeat(1_000_000)}b`)).toBe(`a${' '.repeat(1_000_000)}b`);
		expect(tidy(' '.repeat(1_000_000))).toBe('');
	});
});
