import { describe, expect, it } from 'vitest';
import { capitalWordKeys } from './division-words.ts';
import type { DraftPlace } from './draft.ts';
import { divisionName, englishAdjective, seatOfAdjective, withoutGenitive } from './world-division-names.ts';
import { divisionPoint, readWorldDivisions } from './world-divisions.ts';

const town = (name: string, code: string, lat: number, lon: number, population: number): DraftPlace => {
	const [country, admin1, admin2] = code.split('.');
	return { id: `gn:${name}`, name, kind: 'city', featureCode: 'PPL', country: country!, admin1: admin1!, admin2: admin2 ?? null, lat, lon, population, geonameId: null, names: new Set([name]) };
};
const everywhere = () => true;

describe('divisionName', () => {
	it('splits the local administrative word off and gives its English word', () => {
		expect(divisionName('Okres Znojmo', 'CZ')).toEqual({ core: 'Znojmo', word: 'District', city: false });
		expect(divisionName('Umeå Kommun', 'SE')).toEqual({ core: 'Umeå', word: 'Municipality', city: false });
		expect(divisionName('Provincia de Los Andes', 'CL')).toEqual({ core: 'Los Andes', word: 'Province', city: false });
		expect(divisionName('Kintampo North Municipal District', 'GH')).toEqual({ core: 'Kintampo North', word: 'Municipal District', city: false });
		expect(divisionName('Nakagawa Gun', 'JP')).toEqual({ core: 'Nakagawa', word: 'District', city: false });
		expect(divisionName('Kwahu South', 'GH')).toEqual({ core: 'Kwahu South', word: null, city: false });
	});

	it("marks a city's own municipality", () => {
		expect(divisionName('Tatsuno-shi', 'JP').city).toBe(true);
		expect(divisionName('Kota Palu', 'ID').city).toBe(true);
	});

	it('writes adjectives, genitives and Polish county adjectives as English text does', () => {
		expect(englishAdjective('Zubtsovskiy')).toBe('Zubtsovsky');
		expect(englishAdjective('Kinnaur')).toBeNull();
		expect(withoutGenitive('Bodens', 'SE', new Set(['boden']))).toBe('Boden');
		expect(withoutGenitive('Vännäs', 'SE', new Set(['vannas']))).toBe('Vännäs');
		expect(seatOfAdjective('wielicki', [town('Wieliczka', 'PL.77', 50, 20, 23_000), town('Wieliszew', 'PL.77', 50, 20, 500), town('Niepołomice', 'PL.77', 50, 20, 14_000)])).toBe('Wieliczka');
	});
});

describe('divisionPoint', () => {
	it('is the population-weighted centre of its towns, across the antimeridian too', () => {
		const point = divisionPoint([town('A', 'RU.1.1', 65, 179.9, 3_000), town('B', 'RU.1.1', 65, -179.9, 1_000)], everywhere);
		expect(point.lat).toBeCloseTo(65);
		expect(point.lon).toBeCloseTo(179.95);
		expect(point.onTown).toBe(false);
	});

	it('is the most populous town where the centre falls outside the country or away from every town', () => {
		const towns = [town('Seat', 'NO.1.1', 60, 5, 10_000), town('Island', 'NO.1.1', 62, 5, 10_000)];
		expect(divisionPoint(towns, everywhere)).toEqual({ lat: 60, lon: 5, onTown: true });
		expect(divisionPoint(towns.slice(0, 1), () => false)).toEqual({ lat: 60, lon: 5, onTown: true });
	});
});

describe('readWorldDivisions', () => {
	const words = new Map([
		['GH', ['District', 'Municipal District']],
		['FR', ['Department']]
	]);
	const towns = [town('Nkawkaw', 'GH.05.518', 6.55, -0.77, 60_000), town('Mpraeso', 'GH.05.518', 6.59, -0.73, 7_000), town('Aude town', 'FR.76.11', 43, 2.3, 1_000)];
	const names = [
		{ code: 'GH.05.518', name: 'Kwahu West' },
		{ code: 'GH.05.999', name: 'Empty' },
		{ code: 'FR.76.11', name: 'Aude' },
		{ code: 'ZZ.01.01', name: 'Unlisted' }
	];
	const region: DraftPlace = { ...town('Aude', 'FR.76.11', 43, 2.3, 1_000), id: 'adm1:FR-11', kind: 'region', featureCode: 'ADM1' };
	const { divisions, report } = readWorldDivisions(names, towns, [region], words, everywhere);

	it("adds a division named with its country's words only, weighed by its towns' people", () => {
		expect(divisions).toHaveLength(1);
		const [division] = divisions;
		expect(division).toMatchObject({ id: 'adm2:GH.05.518', name: 'Kwahu West District', kind: 'district', featureCode: 'ADM2', country: 'GH', admin1: '05', admin2: '518', population: 67_000 });
		// (and its bare name, which no town bears)
		expect([...division!.names]).toEqual(['Kwahu West District', 'Kwahu West Municipal District', 'Kwahu West']);
	});

	it('counts the divisions without towns and those a region already is', () => {
		expect(report).toMatchObject({ added: 1, withoutMembers: 1, regions: 1 });
	});

	it("places a division no gazetteer town carries the code of by cities1000's towns, with no people", () => {
		const coded = [{ name: 'Kibi', lat: 6.17, lon: -0.55, country: 'GH', admin1: '05', admin2: '999' }];
		const more = readWorldDivisions(names, towns, [region], words, everywhere, coded);
		// (no gazetteer town carries its code: the code would say none lies in it)
		expect(more.divisions.find((d) => d.id === 'adm2:GH.05.999')).toMatchObject({ lat: 6.17, lon: -0.55, population: 0, admin2: null });
		expect(more.report.placedByCities1000).toBe(1);
	});
});

describe("readWorldDivisions and a big city's districts", () => {
	const words = new Map([['TR', ['District']]]);
	// a city of millions, a district beside it whose seat no town of the region is named for, one named
	// with its word, one whose seat is a town of its name, and one far out in the country
	const towns = [
		town('Bigport', 'TR.34.1', 41.0, 29.0, 9_000_000),
		town('Yalıbaşı', 'TR.34.2', 41.15, 29.05, 3_000),
		town('Dereköy', 'TR.34.3', 41.05, 29.2, 2_000),
		town('Tepeli', 'TR.34.4', 40.95, 28.8, 4_000),
		town('Ovacık', 'TR.34.4', 40.96, 28.82, 1_000),
		town('Uzakyurt', 'TR.34.5', 39.5, 31.0, 55_000)
	];
	const names = [
		{ code: 'TR.34.2', name: 'Kuzeykaya' },
		{ code: 'TR.34.3', name: 'Dereboyu District' },
		{ code: 'TR.34.4', name: 'Tepeli' },
		{ code: 'TR.34.5', name: 'Bozkırlı' }
	];
	const { divisions, report } = readWorldDivisions(names, towns, [], words, everywhere);
	const namesOf = (id: string) => [...(divisions.find((d) => d.id === id)?.names ?? [])];

	it('names a district of the city bare where GeoNames does and no town of its region has the name', () => {
		expect(namesOf('adm2:TR.34.2')).toEqual(['Kuzeykaya District', 'Kuzeykaya']);
	});

	it('keeps a district with its word where a town abroad, a town of some size at home or a first name bears its bare name', () => {
		const near = [
			town('Bigport', 'TR.34.1', 41.0, 29.0, 9_000_000),
			town('Yalıbaşı', 'TR.34.2', 41.15, 29.05, 3_000),
			town('Dereköy', 'TR.34.3', 41.05, 29.2, 2_000),
			town('Çamlık', 'TR.34.4', 40.95, 28.8, 4_000),
			town('Kuzeykaya', 'GR.01.1', 38.0, 23.0, 800),
			town('Ovapınar', 'TR.06.1', 39.9, 32.8, 40_000)
		];
		const districts = [
			{ code: 'TR.34.2', name: 'Kuzeykaya' },
			{ code: 'TR.34.3', name: 'Ovapınar' },
			{ code: 'TR.34.4', name: 'Selin' }
		];
		const read = readWorldDivisions(districts, near, [], words, everywhere, [], {}, (key) => key === 'selin');
		const bare = (id: string) => [...(read.divisions.find((d) => d.id === id)?.names ?? [])];
		expect(bare('adm2:TR.34.2')).toEqual(['Kuzeykaya District']);
		expect(bare('adm2:TR.34.3')).toEqual(['Ovapınar District']);
		expect(bare('adm2:TR.34.4')).toEqual(['Selin District']);
		expect(read.report.bareNames).toBe(0);
	});

	it("keeps a district with its word where a big city of its country bears its bare name as another spelling", () => {
		// the city's other spelling is the district's GeoNames name: the bare name means the city
		const city = { ...town('Hawlerport', 'IQ.11.1', 36.19, 44.01, 1_600_000), alternateNames: new Set(['Arbelport']) };
		const small = { ...town('Qalatin', 'IQ.11.3', 36.3, 44.1, 100_000), alternateNames: new Set(['Dashtkan']) };
		// a big city abroad spells its name like the second district: the district keeps its bare name
		const abroad = { ...town('Lahoria', 'PK.04.1', 31.5, 74.3, 11_000_000), alternateNames: new Set(['Kuzeyava']) };
		const districts = [
			{ code: 'IQ.11.1', name: 'Arbelport' },
			{ code: 'IQ.11.2', name: 'Kuzeyava' },
			{ code: 'IQ.11.3', name: 'Dashtkan' }
		];
		const read = readWorldDivisions(districts, [city, town('Birkan', 'IQ.11.2', 36.25, 44.05, 2_000), small, abroad], [], new Map([['IQ', ['District']]]), everywhere);
		const bare = (id: string) => [...(read.divisions.find((d) => d.id === id)?.names ?? [])];
		expect(bare('adm2:IQ.11.1')).toEqual(['Arbelport District']);
		expect(bare('adm2:IQ.11.2')).toEqual(['Kuzeyava District', 'Kuzeyava']);
		// a smaller town's other spelling does not take the name from the district
		expect(bare('adm2:IQ.11.3')).toEqual(['Dashtkan District', 'Dashtkan']);
	});

	it("keeps the bare name its seat's and a division named with its word, with their word", () => {
		expect(namesOf('adm2:TR.34.4')).toEqual(['Tepeli District']);
		expect(namesOf('adm2:TR.34.3')).toEqual(['Dereboyu District']);
	});

	it('names a division far from a big city bare only where no town anywhere and no English word bears the name, and it holds 50,000 people ("Wayanad"; not "Fjord", nor "Heim")', () => {
		expect(namesOf('adm2:TR.34.5')).toEqual(['Bozkırlı District', 'Bozkırlı']);
		expect(report.bareNames).toBe(2);
		const far = [...towns, town('Bozkırlı', 'GR.01.1', 38.0, 23.0, 800), town('Otyurt', 'TR.34.6', 39.6, 31.2, 51_500), town('Küçükköy', 'TR.34.7', 39.8, 31.4, 6_000)];
		const read = readWorldDivisions([...names, { code: 'TR.34.6', name: 'Fjord' }, { code: 'TR.34.7', name: 'Heimova' }], far, [], words, everywhere, [], {}, () => false, (key) => key === 'fjord');
		const bare = (id: string) => [...(read.divisions.find((d) => d.id === id)?.names ?? [])];
		expect(bare('adm2:TR.34.5')).toEqual(['Bozkırlı District']);
		expect(bare('adm2:TR.34.6')).toEqual(['Fjord District']);
		expect(bare('adm2:TR.34.7')).toEqual(['Heimova District']);
	});

	it('keeps a far division with its word where its name opens with a first name or a title, as a person\'s does', () => {
		const far = [...towns, town('Otyurt', 'TR.34.6', 39.6, 31.2, 61_500), town('Yukarı', 'TR.34.7', 39.7, 31.3, 71_200)];
		const persons = [{ code: 'TR.34.6', name: 'Rosa Kalender' }, { code: 'TR.34.7', name: 'General Ovalı' }];
		const read = readWorldDivisions(persons, far, [], words, everywhere, [], {}, (key) => key === 'rosa');
		expect(read.divisions.map((d) => [...d.names])).toEqual([['Rosa Kalender District'], ['General Ovalı District']]);
	});
});

describe('readWorldDivisions without towns of its code', () => {
	it('places a division on the town of its name in its first-level region, that town its people', () => {
		const words = new Map([['GH', ['District']]]);
		const towns = [town('Keta', 'GH.08.999', 5.92, 0.99, 40_000), town('Keta', 'GH.02.1', 7, -1, 90_000)];
		const { divisions, report } = readWorldDivisions([{ code: 'GH.08.402', name: 'Keta' }], towns, [], words, everywhere);
		expect(divisions[0]).toMatchObject({ id: 'adm2:GH.08.402', name: 'Keta District', lat: 5.92, lon: 0.99, population: 40_000, admin2: null });
		expect(report).toMatchObject({ added: 1, placedOnSeat: 1, withoutMembers: 0 });
	});

	it('leaves it out where no town of the region bears its name', () => {
		const words = new Map([['IN', ['District']]]);
		const { divisions, report } = readWorldDivisions([{ code: 'IN.11.034', name: 'Kinnaur' }], [town('Shimla', 'IN.11.033', 31.1, 77.17, 170_000)], [], words, everywhere);
		expect(divisions).toEqual([]);
		expect(report.withoutMembers).toBe(1);
	});
});

describe('readWorldDivisions of a country of mixed kinds (no words listed)', () => {
	const words = new Map([['CA', [] as string[]]]);
	// invented codes and towns: a county named for no town in it, a namesake town far off, a region named bare
	const towns = [town('Avonton', 'CA.08.3531', 43.4, -81.0, 30_000), town('Lanton', 'CA.08.3509', 44.9, -76.2, 6_000), town('Lanton', 'CA.08.9999', 48, -80, 2_000)];
	const names = [
		{ code: 'CA.08.3531', name: 'Lanton County' },
		{ code: 'CA.08.3532', name: 'Avonton County' },
		{ code: 'CA.08.3540', name: 'Tamarack' }
	];
	const { divisions, report } = readWorldDivisions(names, towns, [], words, everywhere);

	it('adds only the divisions whose name carries its kind, under that name, placed by the towns carrying its code', () => {
		expect(divisions.map((d) => [d.name, [...d.names], d.lat])).toEqual([['Lanton County', ['Lanton County'], 43.4]]);
		expect(report).toMatchObject({ added: 1, unnamed: 1 });
	});

	it('places none at a town of its bare name (a county is not named for its seat there)', () => {
		// no town carries CA.08.3532; Avonton, the town of its name, is not taken for its seat
		expect(divisions.find((d) => d.id === 'adm2:CA.08.3532')).toBeUndefined();
		expect(report).toMatchObject({ placedOnSeat: 0, withoutMembers: 1 });
	});
});

describe('readWorldDivisions and ordinary English words', () => {
	it('leaves out a division whose name without its word is an ordinary word, and counts it; a rare one stays', () => {
		const words = new Map([['AR', ['Department']]]);
		const towns = [town('Resistencia', 'AR.03.001', -27.46, -58.98, 290_000), town('Perico', 'AR.10.002', -24.38, -65.11, 40_000)];
		const names = [
			{ code: 'AR.03.001', name: 'Capital' },
			{ code: 'AR.10.002', name: 'Perico' }
		];
		const lexicon = { capital: 648, perico: 40 };
		const { divisions, report } = readWorldDivisions(names, towns, [], words, everywhere, [], lexicon);
		expect(divisions.map((d) => d.name)).toEqual(['Perico Department']);
		expect(report).toMatchObject({ added: 1, commonWords: 1 });
	});
});

describe('capitalWordKeys', () => {
	it("keeps each of a division's names with its word capital-only, not only the last given", () => {
		const added = [
			{ id: 'adm2:IN.16.521', key: 'pune district' },
			{ id: 'adm2:IN.16.521', key: 'pune division' }
		];
		expect(capitalWordKeys(added, () => ['adm2:IN.16.521']).sort()).toEqual(['pune district', 'pune division']);
		// a key another place bears too is read in either case
		expect(capitalWordKeys(added, (key) => (key === 'pune district' ? ['adm2:IN.16.521', 'cur:other'] : ['adm2:IN.16.521']))).toEqual(['pune division']);
	});
});
