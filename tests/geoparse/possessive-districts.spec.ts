// A town's possessive before a name makes that name a part of the town ("London's West End"): where one of the
// name's places lies in the town, it is that place, and so are the name's later mentions that only repeated the
// namesake size had chosen (possessive-districts.ts; session 42's BBC hand audit found London's West End read as
// West End, British Columbia). Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName} ${t.country}`);

describe("a name after a town's possessive", () => {
	it("is the town's part of that name, at its later mentions too", () => {
		expect(places("Dame Julie returned to the stage in London's West End last night.")).toContain('West End → West End of London GB');
		expect(places("The revival opened in London's West End in May. It has been one of the West End's hottest tickets since.")).toEqual([
			'London → London GB',
			'West End → West End of London GB',
			'West End → West End of London GB'
		]);
	});

	it('keeps its reading where no place of the name lies in the town', () => {
		expect(places("Trains from Moscow's Kazan station reach Kazan overnight.")).toContain('Kazan → Kazan RU');
	});
});
