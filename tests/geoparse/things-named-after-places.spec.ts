// A capitalised word that is no English word and no first name, after an article or a possessive, names
// the maker or owner of a thing called after the place that follows ("a Hyundai Tucson", "the JW Marriott
// Tucson"): the place is a word of that thing's name. Written for these tests (none copied); no maker,
// model or hotel is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const MAKERS_BEFORE_PLACES: TrapText[] = [
	{ text: 'My neighbour bought a Hyundai Tucson last spring and drove it to Denver.', places: ['Denver → US'], notPlaces: [], embeddedOnly: ['Tucson'] },
	{ text: 'The Dodge Durango sold well in Texas again this year.', places: ['Texas → US'], notPlaces: [], embeddedOnly: ['Durango'] },
	{ text: 'Her Hyundai Santa Fe was stolen from a driveway in Boulder.', places: ['Boulder → US'], notPlaces: [], embeddedOnly: ['Santa Fe'] },
	// the place itself after an article and a lower-case word, or a position word
	{ text: 'He grew up in the historic Tucson barrio and later moved to Austin, Texas.', places: ['Tucson → US', 'Austin → US'], notPlaces: [] },
	{ text: 'Traffic in the Greater Tucson area was slow on Monday.', places: ['Tucson → US'], notPlaces: [] }
];

describeTraps('a maker before a place names a thing called after the place', MAKERS_BEFORE_PLACES);
