// A US state's name as a side in a match's result against a capitalised opponent is a college's team
// (read only inside the team's name, off the map), whatever the text named before; a vote's count has no
// named opponent and leaves the state a place; a town's name as a side stays the town. Written for these tests
// (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TEAMS: TrapText[] = [
	{ text: 'Nebraska beat Kansas 31-20 on a cold Saturday afternoon.', places: [], notPlaces: [], embeddedOnly: ['Nebraska', 'Kansas'] },
	{ text: 'Oregon routed Iowa 42-7 before a sellout crowd.', places: [], notPlaces: [], embeddedOnly: ['Oregon', 'Iowa'] },
	{ text: "The freshman scored twice in Missouri's 28-10 win over Kentucky last week.", places: [], notPlaces: [], embeddedOnly: ['Missouri', 'Kentucky'] }
];

const VOTES: TrapText[] = [
	{ text: 'Voters in Ohio beat the tax measure 55-45 on Tuesday.', places: ['Ohio → US'], notPlaces: [] },
	{ text: 'The governor won Michigan 53-45 in a close race.', places: ['Michigan → US'], notPlaces: [] },
	{ text: 'Lawmakers passed the bill with a 59-41 win over Indiana objections.', places: ['Indiana → US'], notPlaces: [] },
	{ text: 'Ohio defeated the measure 55-45 on Tuesday, officials said.', places: ['Ohio → US'], notPlaces: [] },
	{ text: "Nevada's 59-41 win over the repeal surprised pollsters.", places: ['Nevada → US'], notPlaces: [] }
];

// a court's or a vote's count against a named side: the state is a party, not a college
const TALLIES: TrapText[] = [
	{ text: "The FTC's 5-4 loss to Montana at the Supreme Court surprised few lawyers.", places: ['Montana → US'], notPlaces: [] },
	{ text: 'Idaho beat Oregon 2-1 before an appeals panel in the water case.', places: ['Idaho → US', 'Oregon → US'], notPlaces: [] },
	{ text: "In Tuesday's ruling, Wyoming's 7-2 win over Colorado settled the river dispute.", places: ['Wyoming → US', 'Colorado → US'], notPlaces: [] }
];

// a town's (or a province's) name as a side is the club named by it, and the club stays the town on the map: GeoWebNews
// (../shared/eval) marks a team named by its town Metonymic at the town ("the fourth goal against Norwich"), the BBC
// hand sheets count it as the place, and the held-out batches grade it so (world-s42 A's round-up, world-s43)
const TOWN_SIDES: TrapText[] = [
	{ text: 'Girona beat Valencia 2-0 at Montilivi to go top, and Freiburg beat Mainz 2-1.', places: ['Girona → ES', 'Valencia → ES', 'Freiburg → DE', 'Mainz → DE'], notPlaces: [] }
];

describeTraps("a US state's name as a side in a match's result is a college's team", TEAMS);
describeTraps("a town's name as a side in a match's result stays the town", TOWN_SIDES);
describeTraps("a vote's count leaves the state a place", VOTES);
describeTraps("a court's or a vote's word in the sentence makes the count a tally: the states stay places", TALLIES);
