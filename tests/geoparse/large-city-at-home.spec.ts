// A small town placed only by its state named elsewhere (a dateline's "Ohio") yields to a far larger city
// of its country that bears the name (src/lib/geoparse/large-city-at-home.ts); neighbours named, the
// state named on its own, or the town named with its state elsewhere keep the small town. Sentences
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import type { GazetteerPlace } from '../../src/lib/gazetteer/types.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { largeCityAtHome } from '../../src/lib/geoparse/large-city-at-home.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Every toponym called `name`, each as "country/admin1". */
function resolved(text: string, name: string): string[] {
	return geoparse(text, gazetteer, { includeEmbedded: true })
		.filter((t) => t.name === name)
		.map((t) => {
			const place = gazetteer.places[gazetteer.byId.get(t.placeId)!]!;
			return `${place.country}/${place.admin1}`;
		});
}

const DATELINE = 'COLUMBUS, Ohio (AP) — The Buckeyes won again on Saturday. The coach praised his defence.';

describe('a large city against a small namesake in a state the text names', () => {
	it('keeps the large city where the state only qualifies the dateline', () => {
		expect(resolved(`${DATELINE} Next week they play at Louisville in a sold-out stadium.`, 'Louisville')).toEqual(['US/KY']);
	});

	it('gives the small town where its neighbours are named', () => {
		expect(resolved('COLUMBUS, Ohio — Storms hit the state on Saturday. Power lines fell across roads. Crews from Louisville and Alliance worked through the night.', 'Louisville')).toEqual(['US/OH']);
	});

	it('gives the small town where the text names its state on its own', () => {
		expect(resolved('Louisville keeps the charm of its past. Its streets are lined with Ohio farmhouses. The mayor wants more visitors.', 'Louisville')).toEqual(['US/OH']);
	});

	it('gives the small town to a bare mention where the text names it with its state elsewhere', () => {
		expect(resolved('COLUMBUS, Ohio — The state will pay for new bridges. The work starts in May. Downtown Louisville will gain a footbridge. The old bridge in Louisville, Ohio, opened in 1950.', 'Louisville')).toEqual(['US/OH', 'US/OH']);
	});

	it('leaves a large city abroad to the rule for cities known abroad, and a town placed locally alone', () => {
		const town = (country: string, population: number, placedLocally = false) => ({ place: { kind: 'city', country, population } as GazetteerPlace, importance: population, alternate: false, placedLocally });
		expect(largeCityAtHome([town('US', 9_000), town('US', 240_000)])?.place.population).toBe(240_000);
		expect(largeCityAtHome([town('US', 9_000, true), town('US', 240_000)])).toBeNull();
		expect(largeCityAtHome([town('US', 9_000), town('GB', 400_000)])).toBeNull();
		expect(largeCityAtHome([town('US', 30_000), town('US', 240_000)])).toBeNull();
	});
});
