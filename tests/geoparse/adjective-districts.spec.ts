// "a rural locality in Rybnovsky District of Ryazan Oblast": a district of Russia is named by the adjective
// of its centre (Rybnoye); the gazetteer has the town, and the district is read as it
// (geoparse/adjective-districts.ts), as "Orange County" is where the gazetteer lacks the county.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placeOf = (text: string, name: string) => placeNameOf(gazetteer, text, name);

describe('a district named by the adjective of its centre', () => {
	it('is read as the centre town, whichever way the adjective is made', () => {
		expect(placeOf('Konstantinovo is a rural locality (a selo) in Rybnovsky District of Ryazan Oblast, Russia.', 'Rybnovsky District')).toBe('Rybnoye');
		expect(placeOf('Kuzminki is a village in Kolomensky District of Moscow Oblast.', 'Kolomensky District')).toBe('Kolomna');
		expect(placeOf('Nikolskoye is a village in Istrinsky District, Moscow Oblast, Russia.', 'Istrinsky District')).toBe('Istra');
	});

	it('is the district of the centre, not a smaller town the adjective names too', () => {
		// Troitskiy, a village of the same oblast, is "Troitsky" since the gazetteer's English spellings
		expect(placeOf('Lesnoy is a settlement in Troitsky District of Chelyabinsk Oblast.', 'Troitsky District')).toBe('Troitsk');
	});

	it('is no place where the words are a surname and a court, or name no such town', () => {
		expect(geoparse('Mr. Kowalsky spoke in the District Court. The Chomsky District is a fictional place.', gazetteer)).toEqual([]);
	});
});
