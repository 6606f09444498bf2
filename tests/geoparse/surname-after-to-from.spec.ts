// "To" and "from" follow verbs of passing, giving and speaking as often as verbs of going: after a text has
// named a person by first name and surname, the surname after "to" or "from" is that person, not a small town
// of the name. A large town, a residence ("X, from Y") and a name never read as a surname stay places.
// Written for these tests (none copied); no name is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PEOPLE: TrapText[] = [
	{ text: 'Striker Danny Crawford was lively all afternoon. Midway through the half the winger cut inside and squared to Crawford, who shot wide.', places: [], notPlaces: ['Crawford'] },
	{ text: 'The keeper, Tom Bellamy, had little to do. The best chance fell late on, but the save from Bellamy kept the score level.', places: [], notPlaces: ['Bellamy'] }
];

const PLACES: TrapText[] = [
	{ text: 'Danny Crawford grew up in Texas. Last summer he drove to Dallas to see his family.', places: ['Dallas → US'], notPlaces: [] },
	{ text: 'The new bus route runs from Crawford to Lincoln, Nebraska, twice a day.', places: ['Lincoln → US'], notPlaces: [] }
];

describeTraps('a surname the text gave a person is that person after "to" or "from"', PEOPLE);
describeTraps('a place after "to" or "from" stays a place where no surname reading was given', PLACES);
