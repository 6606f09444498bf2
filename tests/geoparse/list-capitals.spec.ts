// "Jaipur, Bhopal and Raipur": a list whose other items are first-order capitals (GeoNames PPLA) of one country names
// capitals, and an item with such a namesake in that country is that capital, not the small namesake beside another
// item (Raipur, Rajasthan, beside Jaipur). Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const latitudeOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.lat;

describe('a list of a country’s state capitals', () => {
	it('reads an item with a capital namesake in that country as the capital', () => {
		// (Raipur, Chhattisgarh's seat, at 21.2° N; the Rajasthan village beside Jaipur lies at 26.0° N)
		const text = 'Heavy rain closed schools in Jaipur, Bhopal and Raipur on Tuesday, officials said.';
		expect(latitudeOf(text, 'Raipur')).toBeCloseTo(21.23, 1);
	});

	it('leaves the item alone where another item is no capital', () => {
		// (Pali is a district town of Rajasthan: the list is of Rajasthan's towns, and Raipur the one beside them)
		const text = 'Heavy rain closed schools in Jaipur, Pali and Raipur on Tuesday, officials said.';
		expect(latitudeOf(text, 'Raipur')).toBeCloseTo(26.04, 1);
	});
});
