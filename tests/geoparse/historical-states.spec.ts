// States that no longer exist and whose names carry no land word of today's gazetteer ("the Soviet Union",
// "Yugoslavia", "the Ottoman Empire") are curated entries (data/gazetteer/features.tsv) placed at the core of
// their territory; plain former names of one of today's countries ("Ceylon", "Siam") are its aliases.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName}`);

describe('historical states with no land word of their own', () => {
	it('are each one toponym at the state, in a history paragraph', () => {
		const text = 'The hamlet was ruled by the Byzantine Empire, then the Ottoman Empire and later Austria-Hungary; after 1918 it lay in Yugoslavia, while its sister village lay in Czechoslovakia.';
		expect(read(text)).toEqual(['Byzantine Empire → Byzantine Empire', 'Ottoman Empire → Ottoman Empire', 'Austria-Hungary → Austria-Hungary', 'Yugoslavia → Yugoslavia', 'Czechoslovakia → Czechoslovakia']);
	});

	it('reads the Soviet Union and its abbreviations as one state, whole after "the former"', () => {
		expect(read('Pensions from the former Soviet Union, the USSR or the U.S.S.R. were paid.')).toEqual(['Soviet Union → Soviet Union', 'USSR → Soviet Union', 'U.S.S.R. → Soviet Union']);
	});

	it('places the Soviet Union within 800 km of the centre of its territory', () => {
		const [soviet] = geoparse('Her parents left the Soviet Union in 1979.', gazetteer);
		expect(soviet?.placeName).toBe('Soviet Union');
		expect(Math.abs(soviet!.lat - 60)).toBeLessThan(5);
		expect(Math.abs(soviet!.lon - 100)).toBeLessThan(10);
	});

	it('tells the two German states of 1949–90 from today\'s Germany', () => {
		expect(read('He fled East Germany for West Germany; the German Democratic Republic joined the Federal Republic of Germany in 1990.')).toEqual([
			'East Germany → East Germany',
			'West Germany → West Germany',
			'German Democratic Republic → East Germany',
			'Federal Republic of Germany → Germany',
		]);
	});

	it('leaves "Soviet" before a noun the demonym of Russia and reads "Yugoslav" as the state', () => {
		const toponyms = geoparse('Soviet troops and Yugoslav partisans met near the river.', gazetteer);
		expect(toponyms.map((t) => `${t.name} ${t.placeName} ${t.usage}`)).toEqual(['Soviet Russia associative', 'Yugoslav Yugoslavia associative']);
	});

	// GeoWebNews annotates the adjective of a state as that state, a modifier ("a Yugoslavist group" is
	// Yugoslavia), as it does a demonym; a dynasty's name ("Habsburg") and a style ("Byzantine") are not states
	it('reads the adjectives of states with no land word of their own as those states, as demonyms', () => {
		const toponyms = geoparse('The mill paid tithes under Ottoman rule; Prussian engineers rebuilt the weir, and Czechoslovak officials ran it after 1920.', gazetteer);
		expect(toponyms.map((t) => `${t.name} ${t.placeName} ${t.usage}`)).toEqual(['Ottoman Ottoman Empire associative', 'Prussian Prussia associative', 'Czechoslovak Czechoslovakia associative']);
		expect(read('The last Habsburg emperor prayed in the Byzantine chapel.')).toEqual([]);
	});
});

describe('former names of one of today\'s countries', () => {
	it('are that country', () => {
		expect(read('Tea from Ceylon, rice from Siam, carpets from Persia and copper from Zaire and Rhodesia.')).toEqual([
			'Ceylon → Sri Lanka',
			'Siam → Thailand',
			'Persia → Iran',
			'Zaire → DR Congo',
			'Rhodesia → Zimbabwe',
		]);
	});
});
