// A first-level region's name right before the name of a town in it, one space between, makes a club's or
// a firm's name ("Bayern Munich"); a place is written the other way round, with a comma. Written for these
// tests (none copied); no club is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const REGION_TOWN_PAIRS: TrapText[] = [
	{ text: 'Fans travelled from Dresden to watch Hessen Kassel lose again on Saturday.', places: ['Dresden → DE'], notPlaces: [], embeddedOnly: ['Hessen', 'Kassel'] },
	{ text: 'Ticket sales for Sachsen Leipzig rose after the club signed two forwards from Poland.', places: ['Poland → PL'], notPlaces: [], embeddedOnly: ['Sachsen', 'Leipzig'] },
	// the town and its region with a comma, and a town of another region after a region, stay places
	{ text: 'The old bridge in Kassel, Hesse, reopened after repairs.', places: ['Kassel → DE', 'Hesse → DE'], notPlaces: [] }
];

describeTraps("a region's name before a town of it names a club", REGION_TOWN_PAIRS);
