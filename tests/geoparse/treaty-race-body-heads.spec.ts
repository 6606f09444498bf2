// A well-known place's name before the word that heads a treaty's, a race's or a public body's name ("the
// Warsaw Pact", "the Monaco Grand Prix", "the Washington State Patrol"): the head may name a small town
// somewhere ("Pact" in France, "Prix-lès-Mézières"), but that does not make a list of two places; a
// well-known place after the name does ("Baku Azerbaijan"). Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const NAME_HEADS: TrapText[] = [
	{ text: 'Historians in Prague said the Warsaw Pact troops crossed the border in August 1968.', places: ['Prague → CZ'], notPlaces: [], embeddedOnly: ['Warsaw'] },
	{ text: 'The Monaco Grand Prix drew fewer fans this year, hotel owners in Nice said.', places: ['Nice → FR'], notPlaces: [], embeddedOnly: ['Monaco'] },
	{ text: 'Troopers of the Oregon State Patrol closed Interstate 5 near Eugene.', places: ['Eugene → US'], notPlaces: [], embeddedOnly: ['Oregon', 'Oregon State'] },
	{ text: 'The convoy drove from Baku Azerbaijan to the border with Georgia.', places: ['Baku → AZ', 'Azerbaijan → AZ'], notPlaces: [] }
];

describeTraps('a well-known place before the head of a treaty\'s, a race\'s or a public body\'s name', NAME_HEADS);
