// "across the Washington line": a name between "the" and "line" is a land's border, so a bare name that is
// a city's (Washington, D.C.) reads as the state there (src/lib/geoparse/mention-cue.ts). Sentences written
// for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name before "line"', () => {
	it('is the state, where the bare name is a city', () => {
		expect(placeOf(gazetteer, 'Crews wait for help from Pullman, eight miles west across the Washington line.', 'Washington')).toBe('region US/WA');
	});

	it('leaves the city where "line" does not follow', () => {
		expect(placeOf(gazetteer, 'Crews wait for help from Pullman, eight miles west, and from Washington.', 'Washington')).toBe('city US/DC');
	});
});
