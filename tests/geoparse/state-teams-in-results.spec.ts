// A state's name as a side in a match's result ("beat Kansas 31-20", "a 24-21 win over Ohio") is a
// college's team, not the state; a town's name there is left to the text (local news maps a school's
// town), and a state after "in" is where something happened. Written for these tests (none copied); no
// team is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const STATES_IN_RESULTS: TrapText[] = [
	{ text: 'Oregon State beat Kansas 31-20 on Saturday night in Eugene.', places: ['Eugene → US'], notPlaces: [], embeddedOnly: ['Kansas'] },
	{ text: 'The Wildcats held on for a 24-21 win over Ohio before a crowd of 60,000 in Lexington.', places: ['Lexington → US'], notPlaces: [], embeddedOnly: ['Ohio'] },
	{ text: 'Nebraska routed Iowa 42-7 to close the regular season.', places: [], notPlaces: [], embeddedOnly: ['Nebraska', 'Iowa'] },
	{ text: 'Voters in Ohio beat the tax measure 55-45 on Tuesday, officials in Columbus said.', places: ['Ohio → US', 'Columbus → US'], notPlaces: [] },
	{ text: 'In the late game in Clark County, Springfield beat Xenia 28-14 before a home crowd.', places: ['Springfield → US'], notPlaces: [] }
];

describeTraps("a state's name in a match's result names a college's team", STATES_IN_RESULTS);
