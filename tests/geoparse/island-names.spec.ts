// Islands news names without their country (Gozo, Mahé, Stewart Island, Bornholm, Rarotonga, Pemba Island): the
// gazetteer has them (data/gazetteer/features.tsv), each where it lies, and a town abroad of the same name
// (Mahē in India) does not take the island's place in a text about its country. Sentences written for these
// tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('an island named without its country', () => {
	it('is the island', () => {
		expect(pointOf(gazetteer, 'Ferries to Gozo were cancelled on Friday, the transport ministry said.', 'Gozo')).toBe('MT 36,14');
		expect(pointOf(gazetteer, 'A fishing boat sank off Stewart Island, south of Invercargill.', 'Stewart Island')).toBe('NZ -47,168');
		expect(pointOf(gazetteer, 'Tourists flocked to Bornholm and Rügen this summer.', 'Bornholm')).toBe('DK 55,15');
		expect(pointOf(gazetteer, 'Flights to Rarotonga resumed after the storm.', 'Rarotonga')).toBe('CK -21,-160');
	});

	it('is the island, not a town abroad of its name, in a text about its country', () => {
		expect(placeOf(gazetteer, 'Three people on Mahé have died of dengue this year, the Seychelles health ministry said.', 'Mahé')).toBe('landform SC/null');
	});
});
