// Leaving place words inside organisations' names out of the answer (includeEmbedded: false, the CLI's
// --no-embedded) must not change where the text's other names are put: "The Oregon Department of Forestry"
// is no place on the map, but it says the text is in Oregon. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placed = (text: string, includeEmbedded: boolean) =>
	geoparse(text, gazetteer, { includeEmbedded }).map((t) => [t.name, t.usage, t.country, t.lat.toFixed(1), t.lon.toFixed(1)]);

describe('place words inside organisations named as context', () => {
	it('puts the other names where it does with the embedded ones in the answer, and leaves those out', () => {
		for (const text of [
			'The Oregon Department of Forestry said the fire near Albany was contained by Tuesday night.',
			'A New Mexico State Police officer stopped the truck in Santa Rosa before noon.',
			'The Kentucky Transportation Cabinet will repave the main road through Paris next summer.'
		]) {
			const all = placed(text, true);
			expect(all.some(([, usage]) => usage === 'embedded')).toBe(true);
			expect(placed(text, false)).toEqual(all.filter(([, usage]) => usage !== 'embedded'));
		}
	});
});
