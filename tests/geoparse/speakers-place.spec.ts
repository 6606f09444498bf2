// "Residents of Drexel Hill and Clifton Heights said …": after speakers ("residents", "officials"), "of"
// names their place as "in" does, so a small town there that is the subject of "said" is a place, not a
// person or a body named after it (src/lib/geoparse/phrase-cues.ts). Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a small town after "residents of" that speaks', () => {
	it('is the place, alone or last in a list', () => {
		expect(placeOf(gazetteer, 'Residents of Clifton Heights said drivers cut through their streets.', 'Clifton Heights')).toBe('city US/PA');
		expect(placeOf(gazetteer, 'Residents of Drexel Hill and Clifton Heights said drivers cut through.', 'Clifton Heights')).toBe('city US/PA');
	});

	it('is no place after "of" without speakers before it', () => {
		expect(placeOf(gazetteer, 'The training of Drexel Hill and Clifton Heights said much.', 'Clifton Heights')).toBe('(none)');
	});
});
