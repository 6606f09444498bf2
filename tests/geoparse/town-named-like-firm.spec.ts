// A town's name opening a longer name is no organisation of that name unless the longer name ends in a
// firm's word ("Delta Air Lines", "Mayo Clinic", "Acme Corp"): a council, a hospital, a newspaper, a stadium
// or voters named after a town ("Aspen Council", "Concord Hospital", "The Aspen Times", "Gillette Stadium")
// leave the town's own later sentences to the town ("Aspen has agreed…"), and so does a title-case headline
// opening with the town, where every word is capitalised. Written for these tests (none copied); the firm
// side is firm-named-in-full.spec.ts.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TOWNS: TrapText[] = [
	{ text: 'Aspen Council Approves Worker Housing Plan\nAspen has agreed to build 300 apartments for its workers.', places: ['Aspen → US'], notPlaces: [] },
	{ text: 'Gillette Voters Back New Recreation Center\nGillette has approved a sales tax to pay for the building.', places: ['Gillette → US'], notPlaces: [] },
	{ text: 'Marquette Hospital Expands Cancer Wing\nMarquette has about 20,000 residents and the only hospital for miles.', places: ['Marquette → US'], notPlaces: [] },
	{ text: 'Concord Hospital opened a new wing on Monday. Concord has about 44,000 residents.', places: ['Concord → US'], notPlaces: [] },
	{ text: 'The Aspen Times reported the rise in rents. Aspen has fewer than 7,000 year-round residents, and many workers commute from Glenwood Springs.', places: ['Aspen → US', 'Glenwood Springs → US'], notPlaces: [] },
	{ text: "Gillette Stadium hosted the game. Gillette lost more than 300 residents last year, the Wyoming city's planner said.", places: ['Gillette → US'], notPlaces: [] },
	// (a headline's words are all capitalised: its last one may be a firm's word without a firm being named)
	{ text: 'Aspen Council Backs New Clinic\nAspen has agreed to lease land to the clinic for a dollar a year.', places: ['Aspen → US'], notPlaces: [] }
];

describeTraps('a town named in a civic, media or venue name, or opening a headline, stays the town in its own sentences', TOWNS);
