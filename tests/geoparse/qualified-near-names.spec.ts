// "Fairview, Texas" names one of several towns of that name in the state: the one the text's other names lie
// near, not the most populous, unless that one has names near it too or is a large city or capital.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { kilometres } from '../helpers/kilometres.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string, name: string): Toponym | undefined => geoparse(text, gazetteer).find((t) => t.name === name);
const within = (toponym: Toponym | undefined, point: [number, number], km = 30) => toponym !== undefined && kilometres([toponym.lat, toponym.lon], point) < km;

describe('a town qualified by its state, where the state has several of its name', () => {
	it('is the bearer the other names of the text lie near', () => {
		// Fairview in Wise County, Texas, beside Decatur and Bridgeport (not the larger one in Collin County)
		expect(within(named('Volunteers from Decatur and Bridgeport drove to Fairview, Texas, for the cook-off.', 'Fairview'), [33.02, -97.55])).toBe(true);
		// Centerville in Dorchester County, S.C., beside Summerville (not the larger one in Anderson County)
		expect(within(named('Families from Summerville and Goose Creek met in Centerville, S.C., on Sunday.', 'Centerville'), [33.0, -80.17])).toBe(true);
		expect(within(named('Families from Summerville and Goose Creek met in Centerville, South Carolina, on Sunday.', 'Centerville'), [33.0, -80.17])).toBe(true);
	});

	it('stays the most important bearer where names lie near it, or none lie near any', () => {
		expect(within(named('Volunteers from McKinney and Allen drove to Fairview, Texas, for the cook-off.', 'Fairview'), [33.16, -96.63])).toBe(true);
		expect(within(named('He moved to Fairview, Texas, after the war and opened a feed store.', 'Fairview'), [33.16, -96.63])).toBe(true);
		// (a name its own qualifier settles elsewhere speaks only for that place: Decatur, Ill. is near no Fairview)
		expect(within(named('Born in Fairview, Texas, she moved to Decatur, Ill., in 1990.', 'Fairview'), [33.16, -96.63])).toBe(true);
		expect(within(named('Families from Anderson and Belton met in Centerville, S.C., on Sunday.', 'Centerville'), [34.53, -82.7])).toBe(true);
	});

	it('stays a large city or capital, whatever towns of its name lie near the other names', () => {
		expect(within(named('The governor signed the bill in Springfield, Ill., and flew back to Chicago and Naperville.', 'Springfield'), [39.8, -89.64])).toBe(true);
	});
});
