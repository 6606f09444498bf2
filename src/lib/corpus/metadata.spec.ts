import { describe, expect, it } from 'vitest';
import { extractDocument, parseFrontMatter, parseHeaderLine, shortenTitle } from './metadata.ts';

describe('parseHeaderLine', () => {
	it('takes the date and a "By" byline, dropping the line', () => {
		const parsed = parseHeaderLine(' date 2021-11-23 By Leyla Aliyeva\n\nDeminers reached the town.');
		expect(parsed?.meta).toEqual({ date: '2021-11-23', author: 'Leyla Aliyeva' });
		expect(parsed?.text).toBe('\nDeminers reached the town.');
	});
	it('takes an agency in brackets and a name before "Read more"', () => {
		const parsed = parseHeaderLine(' date 2024-08-19 (MENAFN- AzerNews) Rauf Mammadov Read more\nBody.');
		expect(parsed?.meta).toEqual({ date: '2024-08-19', source: 'AzerNews', author: 'Rauf Mammadov' });
		expect(parsed?.text).toBe('Body.');
	});
	it('keeps a dateline as prose', () => {
		const parsed = parseHeaderLine(' date 2022-12-13 BAKU, Azerbaijan, December 13. Activists gathered.\nMore.');
		expect(parsed?.meta).toEqual({ date: '2022-12-13' });
		expect(parsed?.text).toBe('BAKU, Azerbaijan, December 13. Activists gathered.\nMore.');
	});
	it('ignores lines that only start with the word date', () => {
		expect(parseHeaderLine('Date night in Baku is popular.')).toBeNull();
	});
});

describe('parseFrontMatter', () => {
	it('reads known keys, aliases and quotes', () => {
		const parsed = parseFrontMatter('---\ntitle: "Shusha: a festival"\npublished: 2023-05-10\nby: A. Writer\ncolour: red\n---\nText');
		expect(parsed?.meta).toEqual({ title: 'Shusha: a festival', date: '2023-05-10', author: 'A. Writer' });
		expect(parsed?.body).toBe('Text');
	});
	it('returns null without a closing fence', () => {
		expect(parseFrontMatter('---\ntitle: x\nno end')).toBeNull();
	});
});

describe('extractDocument', () => {
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
	it('normalises hint dates and line endings', () => {
		const doc = extractDocument('\uFEFFLine one\r\nLine two  \r\n\r\n\r\n\r\nEnd', 'html', { date: '12 March 2023' });
		expect(doc.meta.date).toBe('2023-03-12');
		expect(doc.text).toBe('Line one\nLine two\n\nEnd');
	});
});

describe('shortenTitle', () => {
	it('skips a dateline', () => {
		expect(shortenTitle('BAKU, Azerbaijan, December 13. Activists gathered near the town.')).toBe('Activists gathered near the town');
		expect(shortenTitle('YEREVAN, May 3. Talks resumed.')).toBe('Talks resumed');
	});
	it('keeps a short sentence whole, without its full stop', () => {
		expect(shortenTitle('Mines cleared. More later.')).toBe('Mines cleared');
	});
});
