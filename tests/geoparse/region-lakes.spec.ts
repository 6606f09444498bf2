// "Kentucky Lake", "Utah Lake": a first-level region's name before a capitalised "Lake" names the lake (which
// the gazetteer lacks), not the state, whose point lies far from it and whose towns the text is not about.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe("a region's name before a capitalised Lake", () => {
	it('names the lake, not the region', () => {
		expect(placeOf(gazetteer, 'Anglers from Nashville crowd Kentucky Lake every spring, and the marinas are full by May.', 'Kentucky')).toBe('(none)');
		expect(placeOf(gazetteer, 'Utah Lake freezes most winters; fishermen drive out from Provo.', 'Utah')).toBe('(none)');
	});

	it('leaves the region named on its own, and a lake named first', () => {
		expect(placeOf(gazetteer, 'Anglers from Kentucky crowd the lake every spring.', 'Kentucky')).toBe('region US/KY');
		expect(placeOf(gazetteer, 'Boats on Lake Michigan returned to Chicago before the storm.', 'Chicago')).toBe('city US/IL');
	});

	it("keeps the region before a lake's own name", () => {
		expect(placeOf(gazetteer, 'The Ohio Lake Erie Commission met in Toledo.', 'Ohio')).toBe('region US/OH');
	});
});
