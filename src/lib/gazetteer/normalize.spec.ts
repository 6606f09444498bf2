import { describe, expect, it } from 'vitest';
import { isLatinName, nameKey } from './normalize.ts';

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
	it('tells Latin names from other scripts', () => {
		expect(isLatinName('Şuşa')).toBe(true);
		expect(isLatinName('Баку')).toBe(false);
		expect(isLatinName('123')).toBe(false);
	});
});
