// "Ashwood is a hamlet in west-central Alberta, Canada, within Clearwater County": a description may name the
// province and the country first and the county that holds the subject after them. A county read only by its
// name at a namesake outside them (Clearwater County, Minnesota) is one the gazetteer lacks: no dot is better
// than one on the wrong side of the border. A county inside the land named first stays placed, and so does one
// named after a town across the border ("facing the city of Pembina in Pembina County").
// Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const ABROAD: TrapText[] = [
	{ text: 'Ashwood is a hamlet in west-central Alberta, Canada, within Clearwater County, 40 km from the mountains.', places: ['Alberta → CA', 'Canada → CA'], notPlaces: ['Clearwater County'] },
	{ text: 'Kerrow is a village in southern Saskatchewan, Canada, within Lincoln County, near the river.', places: ['Saskatchewan → CA', 'Canada → CA'], notPlaces: ['Lincoln County'] }
];

const INSIDE: TrapText[] = [
	{ text: 'Millbrook is a village in eastern Ohio, United States, within Holmes County, near the river.', places: ['Ohio → US', 'Holmes County → US'], notPlaces: [] },
	{ text: 'Tamarack is a hamlet in central Alberta, Canada, within Lamont County, near the lakes.', places: ['Alberta → CA', 'Lamont County → CA'], notPlaces: [] }
];

// a town named between the country and the county begins the chain of a place across the border
const ACROSS: TrapText[] = [
	{ text: 'Eastbrook is a village in Manitoba, Canada, on the border facing the city of Pembina in Pembina County.', places: ['Pembina County → US'], notPlaces: [] },
	{ text: 'Glenhaven is a village in Quebec, Canada, across the border from Derby Line in Orleans County.', places: ['Orleans County → US'], notPlaces: [] }
];

describeTraps('a county named after the province or country that holds the subject is not read abroad', ABROAD);
describeTraps('a county inside the province or country named first stays placed', INSIDE);
describeTraps('a county after a town across the border stays placed', ACROSS);
