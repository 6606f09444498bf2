// A first-level region of another country than the described subject's, read by its name short of its division word
// ("the Southern Highlands" of New South Wales read as Papua New Guinea's Southern Highlands Province), is a namesake
// the gazetteer lacks (far-from-subject.ts). Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a region abroad read after "the" by its name short of its division word', () => {
	it("is left unmapped where the subject lies in another country", () => {
		const found = read('Kangaroo Valley is a village and locality in the City of Shoalhaven, New South Wales, Australia. The road from Moss Vale, in the Southern Highlands, runs down through the valley to Nowra.');
		expect(found.filter((t) => t.startsWith('Southern Highlands'))).toEqual([]);
		expect(found).toContain('Moss Vale → city AU/02');
	});

	it("stays in its own country's text, and a region abroad named in full stays", () => {
		expect(read('Mendi is a town in Papua New Guinea, the capital of the Southern Highlands. Tari lies to the west.')).toContain('Southern Highlands → region PG/05');
		expect(read('Orange is a city in New South Wales, Australia. Settlers came from Bavaria and from the Western Cape.')).toEqual(expect.arrayContaining(['Bavaria → region DE/02', 'Western Cape → region ZA/11']));
		// ... and so does a region abroad named bare by its short name, as an origin
		expect(read('Lindsborg is a city in McPherson County, Kansas, United States, founded in 1869 by settlers from Värmland.').filter((t) => t.startsWith('Värmland'))).toHaveLength(1);
	});
});
