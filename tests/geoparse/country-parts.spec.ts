// A word of a country's name of several parts ("Trinidad" of Trinidad and Tobago) is that country in a text
// that names it: country-parts.ts splits each country's name once and remembers the parts, so the second
// text that names the country reads the same as the first. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Each toponym as "name → place id". */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeId}`);
}

describe("a part of a country's name", () => {
	// (where the gazetteer has the island of that name, the island: it lies in the country, and says more)
	it('is the country the text names or its island of that name, in the first text and in every later one', () => {
		const first = 'The envoy of Trinidad and Tobago met reporters in Washington. Back in Trinidad, the ministry said nothing.';
		expect(read(first)).toContain('Trinidad → cur:trinidad');
		expect(read(first)).toContain('Trinidad → cur:trinidad');
		expect(read('Trinidad and Tobago and Antigua and Barbuda signed the pact. Officials in Trinidad and in Antigua welcomed it.')).toEqual([
			'Trinidad and Tobago → cc:TT',
			'Antigua and Barbuda → cc:AG',
			'Trinidad → cur:trinidad',
			'Antigua → cur:antigua'
		]);
	});
});
