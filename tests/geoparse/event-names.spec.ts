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

describe('a city named like a first name before the games it hosted', () => {
	const mapped = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.country;

	it('is the host city, not a first name before a surname', () => {
		expect(mapped('She was a Sydney Olympic gold medallist before she coached swimmers in Leeds.', 'Sydney')).toBe('AU');
		expect(mapped('Tickets for the Denver Paralympic trials sold out within an hour, organisers said.', 'Denver')).toBe('US');
	});

	it('does not place the text’s other names near that city', () => {
		expect(placeOf('The Atlanta Olympic champion ran her last race in Athens on Friday, finishing fourth.', 'Athens')).toBe('GR');
		expect(mapped('The Atlanta Olympic champion ran her last race in Athens on Friday, finishing fourth.', 'Atlanta')).toBe('US');
	});

	it('stays a first name before a surname, with the games later in the sentence', () => {
		expect(mapped('Sydney Clarke won Olympic gold in the relay and now coaches in Leeds.', 'Sydney')).toBeUndefined();
		expect(mapped('Austin Reed, an Olympic rower, opened a gym near Bristol.', 'Austin')).toBeUndefined();
	});
});
