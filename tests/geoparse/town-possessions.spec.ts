// "Walnut Grove's Main Street", "Thomaston's First Methodist": a small town's name in the possessive before its main
// street or its First church is the town, as it is before one of its people named in full ("Ruleville's Kendra
// Lee"), its festival ("Kalona's Fall Festival") or a public building of its ("Maryport's Ellen Walker Hospital") in a local text, one naming another place of the town's state;
// before another capitalised noun it names a site or a firm ("Eva's Village"). Sentences written for these tests,
// against the real gazetteer.
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

	it('before a person named in full, the town\'s player, is the town', () => {
		const text = 'Signing day. Four Delta athletes signed letters Wednesday. Ruleville\'s Kendra Lee will run track near Clarksdale, and Indianola\'s Marcus Hill chose a school in Cleveland.';
		expect(names(text)).toEqual(['Ruleville', 'Clarksdale', 'Indianola', 'Cleveland']);
	});

	it("before a person named in full, a British club's player, is no town", () => {
		expect(names("Wales have injury worries before the friendly in Cardiff. West Ham's Gavin Williams looks certain to miss it.")).toEqual(['Wales', 'Cardiff']);
	});

	it('before a public building named after a person or a word is the town, in a text naming its region', () => {
		const text = "Beds are short in Kendal and Penrith, and the ward at Maryport's Ellen Walker Hospital has closed; Workington's Victoria Infirmary is full.";
		expect(names(text)).toEqual(['Kendal', 'Penrith', 'Maryport', 'Workington']);
	});

	it("before a building names no town where the text names no other place of the town's region", () => {
		expect(names("Kellogg's Cereal City Museum drew crowds in Battle Creek, and Maryport's Ellen Walker Hospital was praised.")).toEqual(['Battle Creek']);
	});

	it('before its festival is the town', () => {
		const text = "Kalona's Fall Festival comes in September, while Decorah's Nordic Fest fills the streets of Pella in late July.";
		expect(names(text)).toEqual(['Kalona', 'Decorah', 'Pella']);
	});

	it("names no town where the text names no other place of the town's state", () => {
		expect(names("Millions watched Macy's Thanksgiving Day Parade in Manhattan, and Kellogg's Harvest Festival drew crowds in Battle Creek.")).toEqual(['Manhattan', 'Battle Creek']);
		expect(names("Harvard's Larry Summers told the panel in Washington that rates would rise.")).toEqual(['Washington']);
		expect(names("Romney's Paul Ryan spoke in Janesville on Tuesday.")).toEqual(['Janesville']);
	});

	it('before a single given name or a bare festival word still names no town', () => {
		expect(names("Eva's Kendra opened a shelter in Paterson, and Eva's Festival sold out in Clifton.")).toEqual(['Paterson', 'Clifton']);
	});

	it('before another capitalised noun names no town', () => {
		expect(names("Eva's Village opened a shelter in Paterson.")).toEqual(['Paterson']);
	});
});
