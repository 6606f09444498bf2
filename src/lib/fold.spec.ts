import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from './corpus/ids.ts';
import { foldText } from './fold.ts';
import { fileSlug } from './share/downloads.ts';
import { normalizeText } from './state/filter.ts';
import { foldText as storeFold } from './store/text.ts';

describe('one text folding', () => {
	it('folds the letters NFKD leaves alone, so "Baki" finds "Bakı"', () => {
		expect(foldText('Bakı')).toBe('baki');
		expect(foldText('Ağdam Şəki Øresund Łódź Straße')).toBe('agdam seki oresund lodz strasse');
	});

	it('is the folding of the explorer search, the store search, slugs and file names', () => {
		for (const name of ['Bakı', 'Şəki', 'Gdańsk', 'Łódź', 'Ærø']) {
			expect(normalizeText(name)).toBe(foldText(name));
			expect(storeFold(name)).toBe(foldText(name));
			expect(slugify(name)).toBe(foldText(name).replace(/[^a-z0-9]+/g, '-'));
			expect(fileSlug(name)).toBe(slugify(name));
		}
	});

	it('folds plain ASCII (its shortcut) as the full folding does', () => {
		const EXTRA: Record<string, string> = { ı: 'i', ə: 'e', ø: 'o', đ: 'd', ł: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ð: 'd', ħ: 'h' };
		const full = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ıəøđłßæœþðħ]/g, (c) => EXTRA[c] ?? c);
		fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Baku', 'NEW YORK', 'São Paulo', 'Bakı\u0000Azerbaijan')), (text) => foldText(text) === full(text)));
	});
});
