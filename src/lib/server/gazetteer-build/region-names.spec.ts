import { describe, expect, it } from 'vitest';
import type { DraftPlace } from './draft.ts';
import { addEnglishNames, agreedNames, checkAddedNames } from './region-names.ts';

const region = (id: string, name: string, admin1: string): DraftPlace => ({
	id,
	name,
	kind: 'region',
	featureCode: 'ADM1',
	country: id.slice(5, 7),
	admin1,
	lat: 50,
	lon: 22,
	population: 1_000_000,
	geonameId: null,
	names: new Set([name])
});
const town = (name: string, country: string, alternates: string[] = []): DraftPlace => ({
	...region(`gn:${name}`, name, '80'),
	kind: 'city',
	featureCode: 'PPL',
	country,
	alternateNames: new Set(alternates)
});
const typeWord = (name: string) => /\s(Voivodeship|oblast)$/.exec(name)?.[1] ?? null;

describe('English names of regions', () => {
	it('takes a name two sources agree on, in another spelling too, and not one source alone', () => {
		const rows = [
			{ iso: 'PL-PK', name: 'Subcarpathian', sources: ['naturalearth', 'woe'] },
			{ iso: 'PL-PK', name: 'Holy Cross', sources: ['cldr'] },
			{ iso: 'PL-PK', name: 'Subcarpathia', sources: ['cldr'] }
		];
		expect(agreedNames(rows, ['Podkarpackie Voivodeship'])).toEqual(['Subcarpathian', 'Subcarpathia']);
		expect(agreedNames([{ iso: 'PL-PK', name: 'Podkarpackie', sources: ['cldr'] }], ['Podkarpackie Voivodeship', 'Podkarpackie'])).toEqual(['Podkarpackie']);
	});

	it('adds the name with the region type word, but not alone where a town of the country bears it, a country has it or it is an English word', () => {
		const regions = [region('adm1:PL-PK', 'Podkarpackie Voivodeship', '80'), region('adm1:UA-32', 'Kyivska oblast', '13')];
		const rows = [
			{ iso: 'PL-PK', name: 'Subcarpathian', sources: ['naturalearth', 'woe'] },
			{ iso: 'PL-PK', name: 'Central', sources: ['naturalearth', 'woe'] },
			{ iso: 'PL-PK', name: 'Niger', sources: ['naturalearth', 'woe'] },
			{ iso: 'UA-32', name: 'Kiev', sources: ['naturalearth', 'woe'] }
		];
		const added = addEnglishNames(regions, rows, () => true, [town('Kyiv', 'UA', ['Kiev'])], new Set(['niger']), (name) => name.toLowerCase() === 'central', typeWord);
		expect(added.map((a) => a.name)).toEqual(['Subcarpathian', 'Subcarpathian Voivodeship', 'Central Voivodeship', 'Niger Voivodeship', 'Kiev oblast']);
		expect([...regions[1]!.names]).toEqual(['Kyivska oblast', 'Kiev oblast']);
	});

	it('takes a name that only a village in another region bears, not one a village of its own bears', () => {
		const coahuila = region('adm1:MX-COA', 'Coahuila de Zaragoza', '07');
		const rows = [{ iso: 'MX-COA', name: 'Coahuila', sources: ['naturalearth', 'woe'] }];
		const village = (admin1: string): DraftPlace => ({ ...town('Coahuila', 'MX'), admin1, population: 626 });
		const added = (bearer: DraftPlace) => addEnglishNames([coahuila], rows, () => true, [bearer], new Set(), () => false, typeWord).map((a) => a.name);
		expect(added(village('31'))).toEqual(['Coahuila']);
		expect(added(village('07'))).toEqual([]);
		expect(added({ ...village('31'), population: 50_000 })).toEqual([]);
	});

	it('takes no name by an ISO code the sources give to different regions', () => {
		const rows = [{ iso: 'IR-10', name: 'Khuzestan', sources: ['naturalearth', 'woe'] }];
		const added = (same: boolean) => addEnglishNames([region('adm1:IR-10', 'Isfahan', '28')], rows, () => same, [], new Set(), () => false, typeWord).map((a) => a.name);
		expect(added(false)).toEqual([]);
		expect(added(true)).toEqual(['Khuzestan']);
	});

	it('fails the check for a name that is not found as its region', () => {
		const added = [{ regionId: 'adm1:PL-PK', country: 'PL', name: 'Subcarpathian' }];
		const places = [{ id: 'adm1:PL-PK', country: 'PL' }, { id: 'adm1:UA-21', country: 'UA' }];
		expect(checkAddedNames(added, new Map([['subcarpathian', [0]]]), (value) => places[value >>> 1]!)).toEqual([]);
		expect(checkAddedNames(added, new Map([['subcarpathian', [2]]]), (value) => places[value >>> 1]!)).toHaveLength(1);
	});
});
