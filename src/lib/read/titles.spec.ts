import { describe, expect, it } from 'vitest';
import { shortenTitle, titleLine } from './titles.ts';

describe('shortenTitle', () => {
	it('skips a dateline', () => {
		expect(shortenTitle('BAKU, Azerbaijan, December 13. Activists gathered near the town.')).toBe('Activists gathered near the town');
		expect(shortenTitle('YEREVAN, May 3. Talks resumed.')).toBe('Talks resumed');
	});
	it('keeps a short sentence whole, without its full stop', () => {
		expect(shortenTitle('Mines cleared. More later.')).toBe('Mines cleared');
	});
	it('does not cut at an abbreviation or an initial', () => {
		expect(shortenTitle('The U.S. economy grew last year. Analysts expect more.')).toBe('The U.S. economy grew last year');
		expect(shortenTitle('An E. coli outbreak closed schools in Baku. Officials said more.')).toBe('An E. coli outbreak closed schools in Baku');
	});
	it('cuts a long first line at a word', () => {
		expect(shortenTitle(`  ${'word '.repeat(200_000)}`)).toBe(`${'word '.repeat(17)}word…`);
	});
});

describe('titleLine', () => {
	it('takes a short first line before a blank line', () => {
		expect(titleLine('Baku hosts talks\n\nBody.')).toBe('Baku hosts talks');
		expect(titleLine('Not a title, it goes on.\n\nBody.')).toBeNull();
	});
});
