// A country's native or alternate spelling that is an English given name is a person in English text: "Maurice said"
// names no Mauritius (its French name), "Dominique told reporters" no Dominica. The country keeps its English names, and a
// spelling that opens its English name stays ("Aland": the Åland Islands). countries.ts, at build time; sentences
// written for these tests (none copied), against the built gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe("a country's spelling that is a given name", () => {
	it('is no country', () => {
		expect(placeOf(gazetteer, 'Maurice said the plan would work, and Dominique told reporters the team was ready.', 'Maurice')).not.toBe('country MU/null');
		expect(placeOf(gazetteer, 'Maurice said the plan would work, and Dominique told reporters the team was ready.', 'Dominique')).not.toBe('country DM/null');
	});

	it('leaves the country its English names and a spelling that opens them', () => {
		expect(placeOf(gazetteer, 'Tourists returned to Mauritius and Dominica this winter.', 'Mauritius')).toBe('country MU/null');
		expect(placeOf(gazetteer, 'Tourists returned to Mauritius and Dominica this winter.', 'Dominica')).toBe('country DM/null');
		expect(placeOf(gazetteer, 'Ferries to Aland were cancelled by the storm.', 'Aland')).toBe('country AX/null');
	});
});
