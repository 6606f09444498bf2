// "Durham County, Ontario": what qualifies a county after its comma is the state, province or country it
// lies in, never a town of that name, also where the text's other places lie in the town's country.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('the name after "X County," or "X Parish,"', () => {
	it('is the province or state, not a town of the name in the country the text is about', () => {
		const text = 'John Smith (1850–1920) was an American farmer. He was born in Durham County, Ontario, and moved to Michigan in 1870, where he farmed near Lansing.';
		expect(placeOf(gazetteer, text, 'Ontario')).toBe('region CA/08');
		expect(placeOf(gazetteer, 'Her brother farmed in Lafourche Parish, Louisiana, for twenty years.', 'Louisiana')).toBe('region US/LA');
	});

	it('but the town where nothing calls for a county qualifier', () => {
		expect(placeOf(gazetteer, 'Upland is a city in San Bernardino County, California, beside Ontario and Rancho Cucamonga.', 'Ontario')).toBe('city US/CA');
	});
});
