// A description that says how far a place it names lies from its subject ("Andes is 6 miles to the
// north-west", "Friesland is 5 km east of the village") puts that place there: a reading far beyond the
// stated distance (a mountain range, a province abroad) gives way to a namesake within it, or to none; a
// country abroad gives way only to a namesake within it (its border may lie that near).
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

describe('a place the description puts a stated short distance from its subject', () => {
	it('is the namesake within that distance, not a province abroad ("Friesland is 5 km east of the village")', () => {
		const found = read('Cambria is a village in Columbia County, Wisconsin, United States, with a feed mill and two churches.\n\nGeography\nFriesland is 5 km east of the village, across the marsh.');
		expect(found.filter((t) => t.startsWith('Friesland'))).toEqual(['Friesland → city US/WI']);
	});

	it('is the town within that distance, not the mountain range ("Andes is 6 miles to the north-west")', () => {
		const found = read('Margaretville is a village in Delaware County, New York, United States. The creamery closed in 1961.\n\nGeography\nAndes is 6 miles to the north-west, over the ridge.');
		expect(found.filter((t) => t.startsWith('Andes'))).toEqual(['Andes → city US/NY']);
	});

	it('keeps a city that lies about as far as stated ("about 60 miles to the north")', () => {
		const found = read('Colfax is a city in Whitman County, Washington, United States. The grain elevators stand beside the river.\n\nGeography\nSpokane is about 60 miles to the north, and Pullman 15 miles to the south-east.');
		expect(found).toContain('Spokane → city US/WA');
		expect(found).toContain('Pullman → city US/WA');
	});

	it('is read after a short apposition too ("Aurora, another mining camp, is 15 km to the west")', () => {
		const found = read('Goldfield is a census-designated place in Esmeralda County, Nevada, United States. It grew with the gold rush of 1902.\n\nGeography\nTonopah, the seat of Nye County, is 40 km to the north. Aurora, another mining camp, is 15 km to the west. Columbus, a borax camp, is 30 km to the north-west.');
		expect(found.filter((t) => t.startsWith('Aurora') || t.startsWith('Columbus'))).toEqual([]);
		expect(found).toContain('Tonopah → city US/NV');
	});

	it('leaves alone a distance from something else ("30 miles away from the farm")', () => {
		const found = read('Linden is a town in Perry County, Tennessee. The singer recorded her second album in London, 30 miles away from the farm where she was raised.');
		expect(found).toContain('London → city GB/ENG');
	});

	it('is the town named like a country within that distance, not the country ("Liberia, 50 km to the north-west")', () => {
		// (other countries named in the text made the country the likelier reading before)
		const costaRica = read('Cañas is a town in Guanacaste Province, Costa Rica. Rice growers from Nicaragua and Panama settled here in the 1950s.\n\nTransport\nThe nearest hospital is at Liberia, 50 km to the north-west.');
		expect(costaRica.filter((t) => t.startsWith('Liberia'))).toEqual(['Liberia → city CR/03']);
		const minnesota = read('Belle Plaine is a city in Scott County, Minnesota, United States. Its first settlers came from Germany and Norway.\n\nGeography\nJordan, 10 miles to the east, has the county fairground.');
		expect(minnesota.filter((t) => t.startsWith('Jordan'))).toEqual(['Jordan → city US/MN']);
	});

	it('keeps a neighbouring country with no namesake that near: its border lies a few km off ("Mexico, 1 km to the west")', () => {
		const found = read('Tecún Umán is a town in San Marcos Department, Guatemala, on the Suchiate River. Mexico, 1 km to the west across the bridge, is where most of its trade goes.');
		expect(found.filter((t) => t.startsWith('Mexico → ')).map((t) => t.split('/')[0])).toEqual(['Mexico → country MX']);
		const kehl = read('Kehl is a town in Baden-Württemberg, Germany, on the Rhine. France, 2 km to the west, is reached by the tram bridge to Strasbourg.');
		expect(kehl.filter((t) => t.startsWith('France → ')).map((t) => t.split('/')[0])).toEqual(['France → country FR']);
	});

});
