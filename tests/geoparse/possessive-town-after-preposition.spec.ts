// "in Marion's schools", "in Clinton's industrial park": a small town named in the possessive after a
// locative preposition is still a place; only a noun of a person's own affairs after the possessive
// ("in Hale's case", "in Mercer's opinion") moves the preposition off the name. Written for these tests
// (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TOWN_AND_PERSON_POSSESSIVES: TrapText[] = [
	{ text: 'Enrollment rose again this fall in Marion\'s schools, the superintendent told the board.', places: ['Marion → US'], notPlaces: [] },
	{ text: 'Two new plants opened in Clinton\'s industrial park last spring.', places: ['Clinton → US'], notPlaces: [] },
	{ text: 'Visitors stroll the shops in Beaufort\'s old town, on the South Carolina coast.', places: ['Beaufort → US'], notPlaces: [] },
	{ text: 'The lawyer argued that in Marion\'s case the charges were filed too late.', places: [], notPlaces: ['Marion'] },
	{ text: 'In Clinton\'s opinion the vote had been rushed.', places: [], notPlaces: ['Clinton'] }
];

describeTraps('a town or a person named in the possessive after a locative preposition', TOWN_AND_PERSON_POSSESSIVES);
