// "To" and "from" follow verbs of passing, giving and speaking as often as verbs of going: after a text has
// named a person by first name and surname, the surname after "to" or "from" (or before ", who") is that person, not a small town
// of the name that nothing but its size or its country chose. A large town, a residence ("X, from Y"), a name
// never read as a surname and a town the text's other places or its state place stay places.
// Written for these tests (none copied); no name is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { kmFromReading } from '../helpers/km-from.ts';

const PEOPLE: TrapText[] = [
	{ text: 'Striker Danny Crawford was lively all afternoon. Midway through the half the winger cut inside and squared to Crawford, who shot wide.', places: [], notPlaces: ['Crawford'] },
	{ text: 'The keeper, Tom Bellamy, had little to do. The best chance fell late on, but the save from Bellamy kept the score level.', places: [], notPlaces: ['Bellamy'] },
	// (", who" after the name speaks of a person whatever word placed it: "visited")
	{ text: 'The film is based on the novels of Philip Pullman. The director said he had visited Pullman, who had backed the changes in the script.', places: [], notPlaces: ['Pullman'] }
];

const PLACES: TrapText[] = [
	{ text: 'Danny Crawford grew up in Texas. Last summer he drove to Dallas to see his family.', places: ['Dallas → US'], notPlaces: [] },
	{ text: 'The new bus route runs from Crawford to Lincoln, Nebraska, twice a day.', places: ['Lincoln → US'], notPlaces: [] },
	// (", who" after a place is no person where the text names none by it)
	{ text: 'The minister visited Pullman, who lost its mill last year, and then drove on to Seattle.', places: ['Pullman → US'], notPlaces: [] }
];

describeTraps('a surname the text gave a person is that person after "to" or "from"', PEOPLE);
describeTraps('a place after "to" or "from" stays a place where no surname reading was given', PLACES);

describe('a town named like a person of the text stays the town after "to" or "from" where the text places it', () => {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await testGazetteer();
	});
	it('keeps the Clinton near the Davenport it is driven to', () => {
		const text = 'Councilwoman Ann Clinton said the bridge closure hurts commuters. Many residents who drive from Clinton to Davenport each morning now add twenty minutes to the trip.';
		expect(kmFromReading(gazetteer, text, 'Clinton', [41.84, -90.19])).toBeLessThan(20);
	});
	it('keeps the Marion near the Carbondale of the arrest', () => {
		const text = 'Sheriff Tom Marion said the suspect was driven to Marion for booking after the arrest in Carbondale on Tuesday night.';
		expect(kmFromReading(gazetteer, text, 'Marion', [37.73, -88.93])).toBeLessThan(20);
	});
	it('keeps the Newton the text calls a Kansas town', () => {
		const text = 'Former mayor Bill Newton moved to Newton last spring. He said the Kansas town reminded him of home.';
		expect(kmFromReading(gazetteer, text, 'Newton', [38.05, -97.35])).toBeLessThan(20);
	});
});
