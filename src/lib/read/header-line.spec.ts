import { describe, expect, it } from 'vitest';
import { parseHeaderLine } from './header-line.ts';

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
	it('keeps what follows an agency as prose when it is not a name', () => {
		const parsed = parseHeaderLine(' date 2024-08-19 (AzerNews) Talks resumed in Baku today. Read more\nBody.');
		expect(parsed?.meta).toEqual({ date: '2024-08-19', source: 'AzerNews', author: null });
		expect(parsed?.text).toBe('Talks resumed in Baku today.\nBody.');
	});
	it('keeps a dateline as prose', () => {
		const parsed = parseHeaderLine(' date 2022-12-13 BAKU, Azerbaijan, December 13. Activists gathered.\nMore.');
		expect(parsed?.meta).toEqual({ date: '2022-12-13' });
		expect(parsed?.text).toBe('BAKU, Azerbaijan, December 13. Activists gathered.\nMore.');
	});
	it('ignores lines that only start with the word date', () => {
		expect(parseHeaderLine('Date night in Baku is popular.')).toBeNull();
	});
	it('reads a byline of 2,000 capitals at once (the byline pattern used to backtrack for ever)', () => {
		const capitals = 'A'.repeat(2000);
		expect(parseHeaderLine(` date 2021-11-24 By ${capitals}1\nBody.`)).toEqual({ meta: { date: '2021-11-24' }, text: `By ${capitals}1\nBody.` });
		expect(parseHeaderLine(` date 2021-11-24 By ${'Ab '.repeat(700)}x`)?.meta.author).toBeUndefined();
	});
	it('does not read six words as a name', () => {
		expect(parseHeaderLine(' date 2021-11-24 By Aa Bb Cc Dd Ee Ff\nx')?.meta).toEqual({ date: '2021-11-24' });
		expect(parseHeaderLine(' date 2021-11-24 By Aa Bb Cc Dd Ee\nx')?.meta).toEqual({ date: '2021-11-24', author: 'Aa Bb Cc Dd Ee' });
	});
});
