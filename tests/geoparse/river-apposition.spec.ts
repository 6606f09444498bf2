// An apposition calling a name a tributary, river or stream ("the Maranhão, a small tributary of the Paraopeba")
// says the name is a river's there: a reading as a state or a town of that name is its namesake, and the name is
// left off the map where the gazetteer has no river of the name. Not the apposition that ends a sentence calling
// its own subject a river, nor a name after no "the", nor "a river port", nor "a river of money".
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a name an apposition calls a river', () => {
	it('is not the state of its name ("on the Maranhão, a small tributary of the Paraopeba")', () => {
		const found = read('Ouro Branco is a municipality in the state of Minas Gerais, Brazil. The town lies near the Maranhão, a small tributary of the Paraopeba.');
		expect(found.filter((t) => t.startsWith('Maranhão'))).toEqual([]);
		expect(found.filter((t) => t.startsWith('Minas Gerais → region BR'))).toHaveLength(1);
	});

	it('is not the country of its name ("the Jordan, a river that forms the border")', () => {
		const found = read('The town lies on the Jordan, a river that forms the border.');
		expect(found.filter((t) => t.startsWith('Jordan'))).toEqual([]);
	});

	it('is not the town of its name ("the Shannon, the longest river in Ireland")', () => {
		const found = read('Athlone is a town in County Westmeath, Ireland, on the Shannon, the longest river in Ireland.');
		expect(found.filter((t) => t.startsWith('Shannon'))).toEqual([]);
	});
});

describe('a name an apposition about something else follows', () => {
	it('keeps the country that ends a sentence calling its subject a river', () => {
		const found = read('The Jizera is a river in the north of the Czech Republic, a right tributary of the Elbe, 167 km long.');
		expect(found.filter((t) => t.startsWith('Czech Republic'))).toHaveLength(1);
	});

	it('keeps a country written without "the" ("and western Ukraine, a right tributary of the Vistula")', () => {
		const found = read('The San flows through south-eastern Poland and western Ukraine, a right tributary of the Vistula.');
		expect(found.filter((t) => t.startsWith('Ukraine'))).toHaveLength(1);
	});

	it('keeps a country before the idiom "a river of money" (rolling review)', () => {
		const found = read('Remittances from the United States, a river of money that props up the economy, rose again.');
		expect(found.filter((t) => t.startsWith('United States'))).toHaveLength(1);
	});

	it('keeps a town called a river port ("the Penedo, a river port")', () => {
		const found = read('Boats sail down to the Penedo, a river port of Alagoas, Brazil.');
		expect(found.filter((t) => t.startsWith('Alagoas'))).toHaveLength(1);
	});
});
