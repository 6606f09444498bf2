// A saint's name in the possessive ("St. Mary's hall") names a church, a school, a hospital or a ground, not one of
// the towns named for saints, which drop the possessive ("St. Marys", "Saint Johns"); more than the name alone still
// holds such a town ("St. Mary's, Ga."; "… in Perth County, Ontario"), and a place whose own name keeps the
// possessive stays (St. John's, Newfoundland).
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe("a saint's name in the possessive (saint-possessives.ts)", () => {
	it('reads no town named for the saint without the possessive', () => {
		expect(placeOf(gazetteer, "Blood drives this week: the Elks lodge in Ottumwa (Monday), St. Mary's hall in Albia (Wednesday) and the high school in Oskaloosa.", "St. Mary's")).toBe('(none)');
	});

	it('keeps such a town where more than its name holds it: a qualifier, its region', () => {
		expect(placeOf(gazetteer, "The ferry from St. Mary's, Ga., to Cumberland Island runs daily.", "St. Mary's")).toBe('city US/GA');
		expect(placeOf(gazetteer, "He was born in St. Mary's, a small town on the Thames River in Perth County, Ontario.", "St. Mary's")).toBe('city CA/08');
	});

	it('keeps a place whose own name has the possessive', () => {
		expect(placeOf(gazetteer, "The wildfire near St. John's forced evacuations across Newfoundland.", "St. John's")).toBe('city CA/05');
	});
});
