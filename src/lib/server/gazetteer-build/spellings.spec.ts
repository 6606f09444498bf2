import { describe, expect, it } from 'vitest';
import { adjectiveEndingSpellings, otherSpelling, taMarbutaSpelling } from './spellings.ts';

describe('the other spelling of a name key', () => {
	it('spells out or abbreviates Saint, Sainte, Mount and Fort, wherever they stand', () => {
		expect(otherSpelling('saint croix county')).toBe('st croix county');
		expect(otherSpelling('st louis')).toBe('saint louis');
		expect(otherSpelling('ste genevieve county')).toBe('sainte genevieve county');
		expect(otherSpelling('mount vernon')).toBe('mt vernon');
		expect(otherSpelling('ft lauderdale')).toBe('fort lauderdale');
		expect(otherSpelling('port saint louis du rhone')).toBe('port st louis du rhone');
	});

	it('leaves names without those words, and lone words, alone', () => {
		expect(otherSpelling('saintes')).toBeNull();
		expect(otherSpelling('saint')).toBeNull();
		expect(otherSpelling('stuttgart')).toBeNull();
		expect(otherSpelling('fortaleza')).toBeNull();
	});
});

describe('the other spelling of an Arabic name\'s last vowel', () => {
	it('adds or drops the "h" English writes after a final "a" in countries of Arabic names', () => {
		expect(taMarbutaSpelling('Hodeida', 'YE')).toBe('Hodeidah');
		expect(taMarbutaSpelling('Fallujah', 'IQ')).toBe('Falluja');
		expect(taMarbutaSpelling('Jedda', 'SA')).toBe('Jeddah');
	});

	it('leaves other countries, short names and names ending otherwise alone', () => {
		expect(taMarbutaSpelling('Pamplona', 'ES')).toBeNull();
		expect(taMarbutaSpelling('Sara', 'SY')).toBeNull();
		expect(taMarbutaSpelling('Riyadh', 'SA')).toBeNull();
		expect(taMarbutaSpelling('Hodeida', null)).toBeNull();
	});
});

describe('the English spelling of a Russian or Ukrainian adjective ending', () => {
	it('writes -iy and -yy as -y in Russian names, -yy as -yi in Ukrainian ones, in every word', () => {
		expect(adjectiveEndingSpellings('Zhukovskiy', 'RU')).toEqual(['Zhukovsky']);
		expect(adjectiveEndingSpellings('Dolgoprudnyy', 'RU')).toEqual(['Dolgoprudny']);
		expect(adjectiveEndingSpellings('Pavlovskiy Posad', 'RU')).toEqual(['Pavlovsky Posad']);
		expect(adjectiveEndingSpellings('Spassk-Dal’niy', 'RU')).toEqual(['Spassk-Dal’ny']);
		expect(adjectiveEndingSpellings('Kropyvnytskyy', 'UA')).toEqual(['Kropyvnytskyi']);
	});

	it('leaves other countries, short words and other endings alone', () => {
		expect(adjectiveEndingSpellings('Zhukovskiy', 'US')).toEqual([]);
		expect(adjectiveEndingSpellings('Kiy', 'RU')).toEqual([]);
		expect(adjectiveEndingSpellings('Moskva', 'RU')).toEqual([]);
		expect(adjectiveEndingSpellings('Yaroslavl', 'RU')).toEqual([]);
	});
});
