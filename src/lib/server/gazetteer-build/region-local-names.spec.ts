import { describe, expect, it } from 'vitest';
import type { DraftPlace } from './draft.ts';
import { addLocalNames, isoNameForms } from './region-local-names.ts';

// invented regions and names: what the rules do, not what the standard lists
const region = (id: string, name: string, population = 900_000): DraftPlace => ({
	id,
	name,
	kind: 'region',
	featureCode: 'ADM1',
	country: id.slice(5, 7),
	admin1: '07',
	lat: 44,
	lon: 11,
	population,
	geonameId: null,
	names: new Set([name])
});
const town = (name: string, country: string, population: number, alternates: string[] = []): DraftPlace => ({
	...region(`gn:${name}`, name, population),
	kind: 'city',
	featureCode: 'PPL',
	country,
	alternateNames: new Set(alternates)
});
const isWord = (name: string) => ['north', 'west', 'capital', 'territory'].includes(name.toLowerCase());
const noFirstName = () => false;
const everyCode = () => true;

describe('the names ISO 3166-2 gives a subdivision', () => {
	it('turns the standard\'s sorting order back, splits a name in two languages, and drops notes', () => {
		expect(isoNameForms('Norvale, Comunidad de')).toEqual(['Comunidad de Norvale']);
		expect(isoNameForms('Ostrana, Región')).toEqual(['Región Ostrana']);
		expect(isoNameForms('Val Bianca, Vallée Blanche')).toEqual(['Val Bianca', 'Vallée Blanche']);
		expect(isoNameForms('Kernau (de, lb)')).toEqual(['Kernau']);
		expect(isoNameForms('Mirosa / Mirozë')).toEqual(['Mirosa', 'Mirozë']);
	});

	it('takes no name cut short, a list of places, one in another script, or one that starts in lower case', () => {
		expect(isoNameForms('Notia Ostria kai')).toEqual([]);
		expect(isoNameForms('Belorsky-')).toEqual([]);
		expect(isoNameForms('Porto Alto, Lima y Santa Sal')).toEqual([]);
		expect(isoNameForms('Βόρεια Ακτή')).toEqual([]);
		expect(isoNameForms('oblasti e veriut')).toEqual([]);
	});
});

describe('own-language names of regions', () => {
	it('adds the standard\'s name to the region of its code', () => {
		const regions = [region('adm1:IT-61', 'Ostrany')];
		const added = addLocalNames(regions, [{ code: 'IT-61', parent: 'IT', name: 'Ostrania' }], [], new Set(), isWord, noFirstName, everyCode);
		expect(added).toEqual([{ regionId: 'adm1:IT-61', country: 'IT', name: 'Ostrania' }]);
		expect([...regions[0]!.names]).toEqual(['Ostrany', 'Ostrania']);
	});

	it('leaves a region whose code the other sources give another division', () => {
		const regions = [region('adm1:ID-QQ', 'West Morava')];
		expect(addLocalNames(regions, [{ code: 'ID-QQ', parent: 'ID', name: 'Morava' }], [], new Set(), isWord, noFirstName, () => false)).toEqual([]);
	});

	it('leaves a name a big town of the country bears, even as an alternate name, to the town', () => {
		const regions = [region('adm1:IT-VR', 'Province of Verano')];
		const city = town('Verano', 'IT', 300_000, ['Veranna']);
		expect(addLocalNames(regions, [{ code: 'IT-VR', parent: 'IT-61', name: 'Veranna' }], [city], new Set(), isWord, noFirstName, everyCode)).toEqual([]);
	});

	it('leaves out a name of compass or English words only, a first name, a country, another region\'s name, and a small region', () => {
		const regions = [region('adm1:CM-QW', 'Upper Plain'), region('adm1:CM-QE', 'Lower Plain'), region('adm1:MT-99', 'Kalbira', 3_000)];
		const entries = [
			{ code: 'CM-QW', parent: 'CM', name: 'North-West' },
			{ code: 'CM-QW', parent: 'CM', name: 'Capital Territory' },
			{ code: 'CM-QW', parent: 'CM', name: 'Maisie' },
			{ code: 'CM-QW', parent: 'CM', name: 'Gabon' },
			{ code: 'CM-QW', parent: 'CM', name: 'Lower Plain' },
			{ code: 'MT-99', parent: 'MT', name: 'Kalbra' }
		];
		const added = addLocalNames(regions, entries, [], new Set(['gabon']), isWord, (name) => name === 'Maisie', everyCode);
		expect(added).toEqual([]);
	});
});
