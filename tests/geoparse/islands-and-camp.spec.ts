// Gazetteer gaps a recall count of real news found (session 39): an island group and an island news names
// bare ("a Channel Islands athlete", "the MP for Sittingbourne and Sheppey"), and the camp news names by the
// German name of the town it stood beside, which the gazetteer had only as that town's alternate name (read
// only after a preposition: "the liberation of Auschwitz" was nothing). features.tsv has all three, their
// points checked against two public descriptions. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.placeName}:${t.country ?? '-'}`);
// where the text puts a name that starts with the words given: "country lat" in whole degrees
const whereIs = (text: string, name: string) => geoparse(text, gazetteer).filter((t) => t.name.startsWith(name)).map((t) => `${t.country ?? '-'} ${Math.round(t.lat)}`);

describe('islands and a camp the gazetteer lacked', () => {
	it('reads the island group and the island, bare and in a constituency', () => {
		expect(placesIn('A Channel Islands sprinter won the 400m, and tax rules in the Channel Islands changed.')).toEqual(['Channel Islands:Channel Islands:-', 'Channel Islands:Channel Islands:-']);
		expect(placesIn('The MP for Sittingbourne and Sheppey said the bridge to the Isle of Sheppey was late.')).toEqual(['Sittingbourne:Sittingbourne:GB', 'Sheppey:Isle of Sheppey:GB', 'Isle of Sheppey:Isle of Sheppey:GB']);
	});

	it("reads California's Channel Islands where the text is in California, not the British ones", () => {
		expect(whereIs('Boats leave Ventura for the Channel Islands, off the coast of Southern California, every morning.', 'Channel Islands')).toEqual(['US 34']);
		for (const text of ['Channel Islands National Park protects five islands off Santa Barbara and Ventura, California.', 'The students of California State University Channel Islands in Camarillo won the debate.']) {
			expect(whereIs(text, 'Channel Islands').filter((where) => where === '- 49')).toEqual([]);
		}
	});

	it('reads the camp without a preposition, and the town by its own name', () => {
		expect(placesIn('The anniversary of the liberation of Auschwitz was marked on Thursday.')).toEqual(['Auschwitz:Auschwitz:PL']);
		expect(placesIn('She was born in Oswiecim, a town near Krakow.')).toEqual(['Oswiecim:Oświęcim:PL', 'Krakow:Kraków:PL']);
	});
});
