import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldedKey, isLatinName, nameKey } from './normalize.ts';

describe('nameKey', () => {
	it('folds case, diacritics and Azerbaijani letters', () => {
		expect(nameKey('Ağdam')).toBe('agdam');
		expect(nameKey('Qarabağ')).toBe('qarabag');
		expect(nameKey('Kəlbəcər')).toBe('kalbacar');
		expect(nameKey('Bakı')).toBe('baki');
	});
	it('drops apostrophes and dots, and treats hyphens as spaces', () => {
		expect(nameKey("Côte d'Ivoire")).toBe('cote divoire');
		expect(nameKey('Gilgit-Baltistan')).toBe('gilgit baltistan');
		expect(nameKey('St. Louis')).toBe('st louis');
		expect(nameKey('  New   York ')).toBe('new york');
	});
	it('takes the short way only where the long way gives the same key', () => {
		// ASCII words, and everything the short way must leave to the long one: spaces at the ends or
		// doubled, tabs, hyphens, apostrophes, dots, diacritics, folded letters, other scripts (typographic
		// quotes, apostrophes, dashes and the no-break space are taken the short way too)
		const characters = fc.constantFrom(...'aZq09  \t\n-_/\'`’‘´“”.,()"&:!éÉəßİıЖ\u0301\u00a0\u2009–—‐‑‒'.split(''));
		fc.assert(fc.property(fc.array(characters, { maxLength: 12 }), (chars) => nameKey(chars.join('')) === foldedKey(chars.join(''))), { numRuns: 5000 });
		expect(nameKey('New York')).toBe('new york');
		expect(nameKey('New  York ')).toBe('new york');
		expect(nameKey('Russia’s “Baku–Tbilisi”')).toBe('russias baku tbilisi');
	});
	it('tells Latin names from other scripts', () => {
		expect(isLatinName('Şuşa')).toBe(true);
		expect(isLatinName('Баку')).toBe(false);
		expect(isLatinName('123')).toBe(false);
	});
});
