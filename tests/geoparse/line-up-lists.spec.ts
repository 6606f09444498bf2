// A sports page's line-up runs surnames together with commas and semicolons; the few that are some small
// town's name too are players like the rest of the list, and so are the substitutes bracketed after a player
// with the minute they came on ("Sheridan (Burns 61), Arbuckle"); after a line-up's label ("Subs:", "Replacements:")
// a well-known town's name is a player too, as it is in a line-up with a substitute's minute. A list of places (most of its items places, or
// closed by "and"), a list a preposition opens, and a list of venues stay places. Written for these tests
// (none copied); no name is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LINE_UPS: TrapText[] = [
	{ text: 'The visitors named an unchanged side. Replacements: Peel, Hodgson, Corrigan, Marsh, Quigley, Stevens, Okafor.', places: [], notPlaces: ['Hodgson', 'Corrigan', 'Stevens'] },
	{ text: 'Kick-off is at 1500 GMT. Subs not used: Ferrie; Buxton, Tremayne, Oduya; Healey, Gallagher.', places: [], notPlaces: ['Buxton', 'Healey'] },
	{ text: 'Harriers: Lamb, Thompson, Okonkwo, Barraclough; Fenwick, Mawson, Dunleavy (capt).', places: [], notPlaces: ['Thompson', 'Mawson'] },
	{
		text: 'Rovers held on for the point. Hollis, Pratt, Okafor (Gibson 61), Denton, Malone, Quinlan (Pitman 78), Tully, Arbuckle, Keane (Morrison 84), Rowe, Dunleavy. Subs not used: Ferrie, Lamb.',
		places: [],
		notPlaces: ['Gibson', 'Malone', 'Pitman', 'Arbuckle', 'Morrison']
	},
	// after a line-up's label, a short run, a well-known town's name and a word of an item of two are players too
	{ text: 'Rovers were unchanged. Subs not used: Hislop, Quashie, Cairns.', places: [], notPlaces: ['Cairns'] },
	{ text: 'Harriers went ahead late. Replacements: Vaughan, Lloyd, Broster, Juninho Paulista, Rauluni.', places: [], notPlaces: ['Vaughan', 'Paulista'] },
	// a substitute's minute says line-up: a well-known town's name and an item ending in an English word are players
	{ text: 'United won it late. Hollis, Pratt, Daniel Williams, Denton, Scotland (Gibson 63), Tully, Keane (Jackson 84), Rowe.', places: [], notPlaces: ['Scotland', 'Jackson', 'Gibson'] },
	// after a label two items are a line-up, and a tie between a town and a name goes to the players
	{ text: 'Rovers were unchanged. Subs not used: Warrington, Maloney.', places: [], notPlaces: ['Warrington'] },
	// an Irish surname's "O'" or "D'" is no venue's common noun, whatever "kelly" is as a word
	{ text: "Ireland beat Italy in Rome on Saturday. Murphy, Horgan, D'Arcy, Hickie, Stringer, Corrigan, Byrne, O'Kelly, Leamy, Foley.", places: ['Ireland → IE', 'Italy → IT', 'Rome → IT'], notPlaces: ['Corrigan'] }
];

const PLACE_LISTS: TrapText[] = [
	{ text: 'The rail company will add services to Buxton, Matlock, Bakewell, Ashbourne next spring.', places: ['Buxton → GB', 'Matlock → GB', 'Bakewell → GB', 'Ashbourne → GB'], notPlaces: [] },
	{ text: 'Stops: Buxton, Matlock, Bakewell, Ashbourne.', places: ['Buxton → GB', 'Matlock → GB', 'Bakewell → GB', 'Ashbourne → GB'], notPlaces: [] },
	// another label before the colon: well-known towns stay towns
	{ text: 'Flights resume on Monday. Destinations: Cairns, Darwin, Hobart.', places: ['Cairns → AU', 'Darwin → AU', 'Hobart → AU'], notPlaces: [] },
	{ text: 'The new coach route links Thompson, Hodgson, Dauphin, Selkirk and Gimli in Manitoba.', places: ['Dauphin → CA', 'Selkirk → CA', 'Gimli → CA'], notPlaces: [] },
	// after a label two towns stay towns; a list of places with a bracketed town and figure stays places
	{ text: 'The festival opens next week. Venues used: Leeds, York.', places: ['Leeds → GB', 'York → GB'], notPlaces: [] },
	{ text: 'Medal table: Scotland (Glasgow 3), England (Leeds 2), Wales, Ireland.', places: ['Scotland → GB', 'Glasgow → GB', 'England → GB', 'Leeds → GB', 'Wales → GB', 'Ireland → IE'], notPlaces: [] },
	// bracketed figures, no substitute's name: the towns of the count stay towns
	{ text: 'Flood claims by town: Buxton (61), Matlock (78), Bakewell (40), Ashbourne (12).', places: ['Buxton → GB', 'Matlock → GB', 'Bakewell → GB', 'Ashbourne → GB'], notPlaces: [] }
];

describeTraps("a small town's name among a line-up's surnames is a player", LINE_UPS);
describeTraps('a list of places, one a preposition opens or one closed by "and" stays places', PLACE_LISTS);
