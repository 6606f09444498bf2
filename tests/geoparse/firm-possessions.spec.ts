// What only a firm owns or is run by (its shares, shareholders, chief executive, chairman), after the
// possessive of a town's or a region's name, makes the name a firm's, not the place; what a town or a
// county has too (a mayor, earnings from tourism, a board's chairman) leaves it the place. Written for
// these tests (none copied); no firm is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FIRMS: TrapText[] = [
	{ text: "Toyota's chief executive apologised for the recall on Tuesday.", places: [], notPlaces: ['Toyota'] },
	{ text: "Tata's shareholders approved the deal in Mumbai.", places: ['Mumbai → IN'], notPlaces: ['Tata'] }
];

const PLACES: TrapText[] = [
	{ text: "Toyota's mayor said the city would build a new stadium.", places: ['Toyota → JP'], notPlaces: [] },
	{ text: "Kane County's chairman proposed a new budget.", places: ['Kane County → US'], notPlaces: [] },
	{ text: "Dubai's earnings from tourism rose 12% last year.", places: ['Dubai → AE'], notPlaces: [] }
];

describeTraps("a town's or a region's name before a firm's possessions is the firm", FIRMS);
describeTraps("a town's or a county's own possessions leave it the place", PLACES);
