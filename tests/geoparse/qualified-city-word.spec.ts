// "BACOLOD, Philippines": GeoNames files some large cities under "<name> City" (Bacolod City) with the bare name among
// their other names. Qualified by its country or region, the bare name is that city, not a village that bears it as
// its own name (Bacolod, Lanao del Norte, 304 km off). Another town's old or foreign name still goes after the own
// name ("Washington, Virginia" is not Tappahannock). Written for these tests (none copied); no name is listed in the
// geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function placeOf(text: string, name: string): string {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.placeName ?? 'none';
}

describe('a bare name before its country for a large city filed as "<name> City"', () => {
	it('reads a BACOLOD, Philippines dateline as Bacolod City', () => {
		expect(placeOf('BACOLOD, Philippines - Schools in the city were closed on Monday after ash fell overnight.', 'BACOLOD')).toBe('Bacolod City');
	});

	it('keeps a town bearing the name as its own before one that has it as an old name', () => {
		expect(placeOf('WASHINGTON, Virginia - The town council met on Monday to vote on the budget.', 'WASHINGTON')).toBe('Washington');
	});
});
