// "barge rates on the Mississippi": a state's name after "the", where the gazetteer knows a river of that name, is the
// river, placed along its course by the text's towns; a state's name that modifies the word after it stays the state.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a state’s name after "the" in a river’s slot', () => {
	it('is the river, placed by the towns on its course', () => {
		const text = 'DUBUQUE — The lock closes Dec. 15, ending the barge season on the upper Mississippi a week early. Tows turned back at Guttenberg.';
		const river = geoparse(text, gazetteer).find((t) => t.name === 'Mississippi')!;
		expect(`${river.kind} ${river.placeName}`).toBe('water Mississippi River');
		expect(Math.abs(river.lat - 42.5)).toBeLessThan(1);
	});

	it('is the river where a verb of water follows, after a dateline’s dash', () => {
		expect(placeOf(gazetteer, 'MARIETTA — The Ohio crested at 38 feet Tuesday, and Parkersburg closed its floodwall gates.', 'Ohio')).toBe('water US/null');
	});

	it('stays the state where it modifies the word after it', () => {
		expect(placeOf(gazetteer, 'The Mississippi legislature met in Jackson on Monday.', 'Mississippi')).toBe('region US/MS');
		expect(placeOf(gazetteer, 'Farmers on the Missouri side of the line near Cairo were flooded out.', 'Missouri')).toBe('region US/MO');
	});

	it('reads only American states so: a territory abroad named with its article stays the territory', () => {
		expect(placeOf(gazetteer, 'She moved to the Yukon in 1998 and now runs a lodge near Whitehorse.', 'Yukon')).toBe('region CA/12');
	});

	it('stays the state named without the article', () => {
		expect(placeOf(gazetteer, 'Low water in Mississippi has raised barge rates at Greenville.', 'Mississippi')).toBe('region US/MS');
	});
});
