// "the Spanish town of X": a nationality's adjective before a lower-case "town", "city" or "village" says whose
// town it is, not a place called "Spanish Town" (Jamaica). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.country}`);

describe('a nationality before a lower-case town word', () => {
	it('reads the adjective as the country, not as a town named with both words', () => {
		expect(placesIn('Crowds filled the Spanish town of Ronda for the fair on Saturday.')).toEqual(['Spanish:ES', 'Ronda:ES']);
		expect(placesIn('Colonists founded the Spanish town in 1570 beside a river in Peru.')).toEqual(['Spanish:ES', 'Peru:PE']);
	});

	it('keeps the town whose name the text capitalises whole', () => {
		expect(placesIn('Two buses collided in Spanish Town, Jamaica, on Friday.')).toEqual(['Spanish Town:JM', 'Jamaica:JM']);
	});
});
