// A place named inside a sporting event's name ("the US Open", "the Paris Marathon") says where that event is
// held, not which country the text's other names lie in (event-names.ts, document-context.ts). Sentences
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placeOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name && t.usage === 'literal')?.country;

describe('a country named only inside an event’s name', () => {
	it('does not make a namesake of that country the text’s place', () => {
		expect(placeOf('The Belgian had won the US Open in September, a month after her Olympic gold in Athens.', 'Athens')).toBe('GR');
		expect(placeOf('Since the US Women’s Open she has trained in Athens with her coach from Brussels.', 'Athens')).toBe('GR');
	});

	it('leaves the place the rest of the text points to', () => {
		expect(placeOf('Runners in the Boston Marathon set off from Hopkinton before dawn and passed Wellesley at nine.', 'Hopkinton')).toBe('US');
		expect(placeOf('After the Australian Open the champion flew home to Perth, where crowds met her at the airport.', 'Perth')).toBe('AU');
		expect(placeOf('The Georgia Bulldogs beat Auburn at home in Athens on Saturday, a day after the Masters.', 'Athens')).toBe('US');
	});

	it('still counts a country the text names outside the event', () => {
		expect(placeOf('The US team flew home after the US Open, and the coach returned to Athens, where the university awaits.', 'Athens')).toBe('US');
	});
});
