// "the Bosphorus and Dardanelles Straits", "the Dardanelles Strait": a water body's name before "Strait" or
// "Straits" names that water, as before "Sea" or "Gulf"; the word was read as the rest of a longer name (a
// body's) and the strait left embedded, off the map (BBC audit, session 40). A land's name before it stays
// inside the strait's name: "the Georgia Strait" is not Georgia. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const mapped = (text: string) =>
	geoparse(text, gazetteer)
		.filter((t) => t.usage !== 'embedded')
		.map((t) => `${t.name}:${t.country ?? '-'}`);

describe('a name before "Strait" or "Straits"', () => {
	it('is the strait', () => {
		expect(mapped('Oil tankers queue for days at the Dardanelles Strait.')).toEqual(['Dardanelles:TR']);
		expect(mapped('A new pipeline would spare tankers the Bosphorus and Dardanelles Straits.')).toEqual(['Bosphorus:TR', 'Dardanelles:TR']);
	});

	it('leaves names that are no strait as they were', () => {
		expect(mapped('The Straits Times reported that Singapore would act.')).toEqual(['Singapore:SG']);
		expect(mapped('Dire Straits played two nights in London.')).toEqual(['London:GB']);
		expect(mapped('Warships sailed through the Taiwan Strait on Monday.')).toEqual(['Taiwan Strait:-']);
		// a strait named for a land elsewhere
		expect(mapped('Orcas were seen in the Georgia Strait near Vancouver.')).toEqual(['Vancouver:CA']);
		expect(mapped('The bridge over the Northumberland Strait links two provinces.')).toEqual([]);
	});
});
