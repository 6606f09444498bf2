// A demonym the table gives one country may be another's people, and the text says which: a country's name and
// "n" is that country's people where the text names it and not the table's country ("Dominicans" in a text about
// Dominica), and a compass word before a demonym is the place the two make where the gazetteer has it ("the
// Northern Irish FA": Northern Ireland). Texts written for these tests (none copied).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The place name and country of the toponym whose text is `surface`. */
function placeOf(text: string, surface: string): string {
	const found = geoparse(text, gazetteer).find((t) => text.slice(t.start, t.end) === surface);
	return found ? `${found.placeName}, ${found.country ?? '-'}` : '-';
}

describe("a demonym of the country the text names", () => {
	it('reads "Dominicans" as the people of Dominica in a text about Dominica, and of the Dominican Republic otherwise', () => {
		expect(placeOf('Hundreds of Dominicans applied to be extras when the film crew came to Dominica last spring.', 'Dominicans')).toBe('Dominica, DM');
		expect(placeOf('Thousands of Dominicans live in New York, far from the Dominican Republic.', 'Dominicans')).toBe('Dominican Republic, DO');
		expect(placeOf('Thousands of Dominicans live in New York.', 'Dominicans')).toBe('Dominican Republic, DO');
	});

	it('reads a compass word and a demonym as the place the two name ("Northern Irish", "Southern African")', () => {
		expect(placeOf('The chief executive of the Northern Irish FA will propose the plan.', 'Northern Irish')).toBe('Northern Ireland, GB');
		expect(placeOf('The firm employs 130,000 Southern African workers in its mines.', 'Southern African')).toBe('Southern Africa, -');
		// ... and the country's part where the gazetteer has no such place
		expect(placeOf('Rain is forecast for Southern Italians this week.', 'Southern Italians')).toBe('Italy, IT');
	});
});
