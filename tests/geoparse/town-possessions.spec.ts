// "Walnut Grove's Main Street", "Thomaston's First Methodist": a small town's name in the possessive before its main
// street or its First church is the town; before another capitalised noun it names a site or a firm ("Eva's
// Village"). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe("a small town's possessive", () => {
	it('before its main street or its First church is the town', () => {
		const text = "Road work. The bridge north of Ghent reopened Monday; Minneota's Main Street resurfacing is finished, and Ivanhoe's First Lutheran serves supper Sunday in Marshall.";
		expect(names(text)).toEqual(['Ghent', 'Minneota', 'Ivanhoe', 'Marshall']);
	});

	it('before another capitalised noun names no town', () => {
		expect(names("Eva's Village opened a shelter in Paterson.")).toEqual(['Paterson']);
	});
});
