import { describe, expect, it } from 'vitest';
import { documentIdFromPath, SlugRegistry, slugify } from './ids.ts';

describe('slugify', () => {
	it('folds diacritics and punctuation', () => {
		expect(slugify('Ağdam / Qızılbulaq')).toBe('agdam-qizilbulaq');
		expect(slugify('geonames:587084')).toBe('geonames-587084');
	});
	it('never returns an empty name', () => {
		expect(slugify('…')).toBe('item');
	});
	it('caps the length without a trailing dash', () => {
		expect(slugify('a-'.repeat(100), 9)).toBe('a-a-a-a-a');
	});
});

describe('SlugRegistry', () => {
	it('keeps names unique, also across case', () => {
		const registry = new SlugRegistry();
		expect(registry.claim('Baku')).toBe('baku');
		expect(registry.claim('baku')).toBe('baku-2');
		expect(registry.claim('BAKU')).toBe('baku-3');
	});
});

describe('documentIdFromPath', () => {
	it('drops the extension and uses forward slashes', () => {
		expect(documentIdFromPath('news\\2021\\aghdam.txt')).toBe('news/2021/aghdam');
		expect(documentIdFromPath('./a.b.md')).toBe('a.b');
	});
});
