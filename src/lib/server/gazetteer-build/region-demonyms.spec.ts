import { describe, expect, it } from 'vitest';
import { derivedDemonyms, namesItsPeople, regionDemonyms, type DemonymWords } from './region-demonyms.ts';

const words = (dictionary: string[], firstNames: string[] = [], taken: string[] = []): DemonymWords => ({
	key: (word) => word.toLowerCase(),
	plural: (word) => `${word}s`,
	taken: (key) => taken.includes(key),
	isWord: (key) => dictionary.includes(key),
	isFirstName: (key) => firstNames.includes(key)
});

describe('derivedDemonyms', () => {
	it('gives the endings English puts on a name by its last letter', () => {
		expect(derivedDemonyms('Nebraska')).toEqual(['Nebraskan']);
		expect(derivedDemonyms('Idaho')).toEqual(['Idahoan', 'Idahian']);
		expect(derivedDemonyms('Kentucky')).toEqual(['Kentuckian']);
		expect(derivedDemonyms('Kansas')).toEqual(['Kansan', 'Kansasian']);
		expect(derivedDemonyms('New Hampshire')).toEqual([]);
		expect(derivedDemonyms('Vermont')).toEqual(['Vermonter', 'Vermontian']);
	});

	it('leaves names with letters English endings do not fit alone', () => {
		expect(derivedDemonyms('Île-de-France')).toEqual([]);
		expect(derivedDemonyms('Baden-Württemberg')).toEqual([]);
	});
});

describe('regionDemonyms', () => {
	it('maps each derived word and its plural to the place', () => {
		const map = regionDemonyms([{ name: 'Nebraska', index: 7 }], words([]));
		expect([...map]).toEqual([
			['nebraskan', 7],
			['nebraskans', 7]
		]);
	});

	it('leaves out a derived word that is an English word, with its plural', () => {
		const map = regionDemonyms([{ name: 'Hamburg', index: 3 }], words(['hamburger']));
		expect(map.has('hamburger')).toBe(false);
		expect(map.has('hamburgers')).toBe(false);
		expect(map.get('hamburgian')).toBe(3);
	});

	it('derives nothing from a place named like a person, nor a word that is a given name', () => {
		expect(regionDemonyms([{ name: 'Victoria', index: 1 }], words([], ['victoria'])).size).toBe(0);
		expect(regionDemonyms([{ name: 'Mary', index: 1 }], words([], ['marian'])).size).toBe(0);
	});

	it('keeps a word for the first (most important) place and never takes a name or demonym already there', () => {
		const map = regionDemonyms(
			[
				{ name: 'Georgia', index: 0 },
				{ name: 'Santa Rosa', index: 1 },
				{ name: 'Santa Rosa', index: 2 }
			],
			words([], [], ['georgian'])
		);
		expect(map.has('georgian')).toBe(false);
		expect(map.get('santa rosan')).toBe(1);
	});
});

describe('namesItsPeople', () => {
	const region = (country: string) => ({ kind: 'region', id: `adm1:${country}.01`, country, population: 3_000_000 });
	it('takes the first-level regions of English-speaking countries and cities of a million', () => {
		expect(namesItsPeople(region('US'))).toBe(true);
		expect(namesItsPeople(region('CA'))).toBe(true);
		expect(namesItsPeople({ kind: 'city', id: 'gn:1', country: 'FR', population: 2_100_000 })).toBe(true);
	});
	it("leaves other countries' regions (an old people's or a language's name) and smaller towns", () => {
		expect(namesItsPeople(region('IT'))).toBe(false);
		expect(namesItsPeople({ kind: 'city', id: 'gn:2', country: 'US', population: 400_000 })).toBe(false);
	});
});
