// "in Noma's case", "In Marlow's view": before a possessive, a locative preposition governs the possessed
// noun, not the name, so it is no cue that the name is a place; a town's own name there is still read by
// the other rules ("in Kilrush's harbour", "in Boston's suburbs"). Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const POSSESSIVES_AFTER_PREPOSITIONS: TrapText[] = [
	{ text: 'Prosecutors said the delay in Morales\'s case was caused by missing records.', places: [], notPlaces: ['Morales'] },
	{ text: 'The judge noted that in Noma’s case the officer had not taken a statement.', places: [], notPlaces: ['Noma'] },
	{ text: 'In Marlow\'s view the committee acted too late.', places: [], notPlaces: ['Marlow'] },
	{ text: 'Tourists crowd the cafes in Kilrush\'s harbour every summer, far from Limerick.', places: ['Kilrush → IE', 'Limerick → IE'], notPlaces: [] },
	{ text: 'Traffic in Boston\'s suburbs was heavy after the storm.', places: ['Boston → US'], notPlaces: [] },
	// a second possessive name joined to the first: the preposition governs the noun after both
	{ text: "In Marlow's and Morales's cases, the judges ruled for the state.", places: [], notPlaces: ['Marlow', 'Morales'] },
	{ text: "Crime fell in Dayton's and Akron's neighborhoods last year.", places: ['Dayton → US', 'Akron → US'], notPlaces: [] }
];

describeTraps('a name with a possessive after a locative preposition', POSSESSIVES_AFTER_PREPOSITIONS);
