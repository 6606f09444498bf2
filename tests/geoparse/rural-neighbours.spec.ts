// Rural towns a county or two apart, in a text that names no state (session 30, found on
// tests/geoparse/held-out-us-local-s30.ts): beyond the 50 km of a near name, each further name within
// 100 km adds a little to a town some name is already near, so the small Conway of the White Mountains
// among Berlin, Gorham, Lancaster and Littleton outweighs Conway, Arkansas, 35 times its size. Texts
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The state each name of the text is mapped in. */
function states(text: string): Record<string, string> {
	return Object.fromEntries(geoparse(text, gazetteer).map((t) => [t.name, `${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`]));
}

describe('a small town among the towns around it', () => {
	it('is the namesake near the others, not a larger one elsewhere, where no state is named', () => {
		expect(states('The Gorham girls beat Berlin 3-1 on Saturday. Next week they play at Littleton, host Lancaster and finish the season in Conway.').Conway).toBe('US/NH');
		expect(states('Plows worked through the night in Berlin, Gorham and Lancaster. Schools in Conway and Littleton opened two hours late.').Conway).toBe('US/NH');
	});
});
