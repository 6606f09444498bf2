// A firm's capitalised name ending in a word such names end in ("Motor", "Manufacturing", "Bank") right
// before a place names the firm's branch for that land, not the land ("HSBC Bank Malta" is read so by
// GeoWebNews too). Written for these tests (none copied); no firm is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FIRM_BRANCHES: TrapText[] = [
	{ text: 'Nissan Motor Manufacturing Tennessee said output at its plant rose 4% in June.', places: [], notPlaces: [], embeddedOnly: ['Tennessee'] },
	{ text: 'Shares of Bancorp Bank Cyprus fell after the results, traders in Nicosia said.', places: ['Nicosia → CY'], notPlaces: [], embeddedOnly: ['Cyprus'] },
	{ text: 'Honda Motor Europe opened a training centre for dealers last year.', places: [], notPlaces: [], embeddedOnly: ['Europe'] },
	// a lower-case word before the place, or no firm's name before the tail word, leaves the place
	{ text: 'The bank moved 200 jobs to Ohio and kept its office in Cleveland.', places: ['Ohio → US', 'Cleveland → US'], notPlaces: [] }
];

describeTraps("a firm's name ending before a place names the firm's branch", FIRM_BRANCHES);
