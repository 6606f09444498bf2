// A region's bare name that a big town also bears: the town takes it when it lies in the region or is
// a capital ("New York", "Washington", "Baku" keep "… State" for the region), the region keeps it when
// the town is a plain town elsewhere ("Mpumalanga" the province, not the KwaZulu-Natal township), or
// has the name only by dropping its "City" and is not its country's largest town ("Oklahoma").
import { beforeAll, describe, expect, it } from 'vitest';
import { lookupEntries, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { cityFormTakesName, namedWithCity } from '../../src/lib/server/gazetteer-build/city-form.ts';
import { townTakesName } from '../../src/lib/server/gazetteer-build/regions.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

// the entries the bare name itself finds (lookup also lists a withheld region last, as read with a division word)
const ids = (name: string) => lookupEntries(gazetteer, name).filter((entry) => entry.matchedBy !== 'name with a division word').map((entry) => entry.id);

describe('a region named like a big town', () => {
	it('keeps its bare name when the town is a plain town in another region with fewer people', () => {
		expect(ids('Mpumalanga')).toContain('adm1:ZA-MP');
		expect(ids('Wyoming')).toContain('adm1:US-WY');
		expect(ids('Caldas')).toContain('adm1:CO-CAL');
	});

	it('gives it up to the town in the region itself or to a capital (the region is "… State")', () => {
		for (const [name, region] of [
			['New York', 'adm1:US-NY'],
			['Washington', 'adm1:US-WA'],
			['Baku', 'adm1:AZ-BA']
		] as const) {
			expect(ids(name)).not.toContain(region);
			expect(ids(`${name} State`)).toContain(region);
		}
	});
});

describe('a region named like a town\'s "… City"', () => {
	it('keeps its bare name: "Oklahoma" is the state, not Oklahoma City ("Cebu", "Jeju" the provinces)', () => {
		for (const [name, region] of [
			['Oklahoma', 'adm1:US-OK'],
			['Cebu', 'adm1:PH-CEB'],
			['Jeju', 'adm1:KR-49']
		] as const) {
			expect(ids(name)).toContain(region);
		}
	});

	it('gives it up to its country\'s largest town in the region itself ("New York")', () => {
		expect(ids('New York')).not.toContain('adm1:US-NY');
	});

	it('namedWithCity: the bare name only with "City" after it among the town\'s own names', () => {
		expect(namedWithCity(new Set(['Oklahoma City']), 'Oklahoma')).toBe(true);
		expect(namedWithCity(new Set(['Baku']), 'Baku')).toBe(false);
		expect(namedWithCity(new Set(['Quebec City', 'Québec']), 'Quebec')).toBe(false);
		expect(cityFormTakesName({ admin1: 'NY' }, { admin1: 'NY' }, true)).toBe(true);
		expect(cityFormTakesName({ admin1: 'OK' }, { admin1: 'OK' }, false)).toBe(false);
		expect(cityFormTakesName({ admin1: 'NCR' }, { admin1: null }, true)).toBe(false);
	});
});

describe('townTakesName', () => {
	const region = { admin1: '07', people: 1_370_000 };
	it('weighs where the town lies, whether it is a capital and its people against the region', () => {
		expect(townTakesName({ population: 140_000, admin1: '02', featureCode: 'PPL' }, region)).toBe(false);
		expect(townTakesName({ population: 140_000, admin1: '07', featureCode: 'PPL' }, region)).toBe(true);
		expect(townTakesName({ population: 690_000, admin1: 'DC', featureCode: 'PPLC' }, region)).toBe(true);
		expect(townTakesName({ population: 2_000_000, admin1: '02', featureCode: 'PPL' }, region)).toBe(true);
		expect(townTakesName({ population: 40_000, admin1: '07', featureCode: 'PPLA' }, region)).toBe(false);
		expect(townTakesName({ population: 140_000, admin1: '02', featureCode: 'PPL' }, { admin1: null, people: 0 })).toBe(true);
	});
});

describe('a region whose name without its division word is an everyday English word', () => {
	it('is not found by that word: "Free" of Free State, "Pool" of the Pool Department', () => {
		expect(ids('Free')).not.toContain('adm1:ZA-FS');
		expect(ids('Pool')).not.toContain('adm1:CG-12');
		expect(ids('Free State')).toContain('adm1:ZA-FS');
		expect(ids('Pool Department')).toContain('adm1:CG-12');
	});

	it('keeps a bare name that is a rarer word: "Delta", "Plateau" (Nigerian states)', () => {
		expect(ids('Delta')).toContain('adm1:NG-DE');
		expect(ids('Plateau')).toContain('adm1:NG-PL');
	});

	it('so the word in a sentence is no place, and the full name still is', () => {
		const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);
		expect(places('Free tickets went on sale in Bloemfontein, the capital of the Free State.')).toEqual(['Bloemfontein ZA', 'Free State ZA']);
		expect(places('The band played for free. Free parking is offered in Pool A of the car park.')).toEqual([]);
	});

	it('reads the full name where text writes the division word in lower case ("the Pool department")', () => {
		const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);
		expect(places('Aid convoys reached the Pool department after the rains, the UN said.')).toEqual(['Pool department CG']);
		expect(places('Farmers in the Pool department sell cassava in Brazzaville markets.')).toContain('Pool department CG');
		// (a name that names the division alone keeps its own span)
		expect(places('Fires burned ranches across Santa Cruz department, Bolivian officials said.')).toContain('Santa Cruz BO');
	});
});
