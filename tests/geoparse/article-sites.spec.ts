// "outside the White House": a name after a lower-case "the" that the gazetteer has as a site and as a town
// is the site, even in a text about the town's own area. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a site’s name after "the"', () => {
	it('is the site, not the town of that name around the text’s places', () => {
		expect(placeOf(gazetteer, 'Officials from Nashville and Gallatin met outside the White House on Monday.', 'White House')).toBe('site US/null');
	});

	it('leaves the town named without the article', () => {
		expect(placeOf(gazetteer, 'Officials from Nashville and Gallatin met in White House, Tennessee, on Monday.', 'White House')).toBe('city US/TN');
	});
});
