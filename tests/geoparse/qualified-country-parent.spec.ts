// A name that is both a country and a state (Georgia) stops being the state once a qualifier has made it
// the country ("TBILISI, Georgia"): where it recurs later, its state reading is no parent of the names
// around it, so a capital standing for its government in the same sentence ("Georgia's allies … and
// Washington urged") is not read as the state's town of that name. Where the text makes it the state, the
// state still places its towns, and so does it in a text that points at the US as well ("a trade mission from
// the American state … back home in Georgia"). Written for these tests (none copied), against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The country and first-level region of each toponym called `name`. */
function placed(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => `${t.country}:${t.lat.toFixed(0)}`);
}

describe('a country a qualifier settled, named again beside a capital', () => {
	it('leaves the capital the capital when the country recurs in its sentence', () => {
		const text = "TBILISI, Georgia — Thousands rallied outside parliament on Monday. Brussels said it would look again at Georgia's bid to join the bloc, and Washington asked for calm.";
		expect(placed(text, 'Washington')).toEqual(['US:39']);
	});

	it('does so when the country recurs as the subject of its sentence', () => {
		const text = 'BATUMI, Georgia (AP) — The port reopened after the storm. Georgia and Washington signed a trade accord on Friday.';
		expect(placed(text, 'Washington')).toEqual(['US:39']);
	});

	it('keeps the state a parent where the text points at the US as well', () => {
		const text = 'TBILISI, Georgia — A trade mission from the American state ended its visit on Friday. Back home in Georgia, officials in Albany and Columbus said the deals would bring jobs.';
		expect(placed(text, 'Albany')).toEqual(['US:32']);
		expect(placed(text, 'Columbus')).toEqual(['US:32']);
	});

	it('takes no "Latin American" for a pointer at the US', () => {
		const text = "TBILISI, Georgia — Latin American envoys met Georgia's president. Georgia and Washington signed a trade accord on Friday.";
		expect(placed(text, 'Washington')).toEqual(['US:39']);
	});

	it('still places a town in the state where the text makes Georgia the state', () => {
		const text = 'ATHENS, Georgia — Farmers near Washington, in Wilkes County, Georgia, said the peach crop was lost to a late frost.';
		expect(placed(text, 'Washington')).toEqual(['US:34']);
	});
});
