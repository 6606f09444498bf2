// A capital is named from anywhere by its own name, but a name that reaches it only as another of its names
// (GeoNames calls Malé "Malle" too) is no mention of it in a text about other countries, far from all their
// places; its own name stays. Written for these tests (none copied); no name is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function countryOf(text: string, name: string): string {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.country ?? 'none';
}

describe('a capital reached only by another of its names', () => {
	it('leaves Malle of an Ethiopian and Kenyan story off the map (not Malé)', () => {
		const text = 'NAIROBI - Health teams from Kenya and Uganda joined Ethiopian staff in Jinka on Monday, and contacts are being traced in Malle and Bena Tsemay districts, near the border with South Sudan.';
		expect(countryOf(text, 'Malle')).toBe('none');
	});

	it('keeps Male, the capital by its own name, in a story of Sri Lanka', () => {
		expect(countryOf('COLOMBO - Sri Lanka and the Maldives signed a ferry deal on Monday. Boats will run from Colombo to Male twice a week.', 'Male')).toBe('MV');
	});
});
