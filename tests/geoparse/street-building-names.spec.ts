// A town's name that opens a square's or a street's name going on to a building's head ("… Square
// Garden", "… Square Theatre") names the building on that square, not the town: the town's name is read
// only inside the longer name. Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const BUILDINGS: TrapText[] = [
	{ text: 'The Knicks beat the Nets 110-98 at Madison Square Garden on Friday night.', places: [], notPlaces: [], embeddedOnly: ['Madison'] },
	{ text: 'Tickets for the play at the Boston Square Theatre sold out in Toronto last week.', places: ['Toronto → CA'], notPlaces: [], embeddedOnly: ['Boston'] }
];

describeTraps("a town's name opening a square's name that goes on to a building's head is the building's", BUILDINGS);
