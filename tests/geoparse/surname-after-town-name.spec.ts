// A country's name right after a first name is a surname ("Andrew Jordan"); so it is where the first name
// is also a town's ("linebacker Austin Jordan", "Florence Chad"), unless a town of that name lies in the
// country, which makes "Paris France" a town and its country. Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const SURNAMES_AFTER_TOWN_NAMES: TrapText[] = [
	{ text: 'Quarterback Austin Jordan threw for 300 yards in the win at Tuscaloosa.', places: ['Tuscaloosa → US'], notPlaces: ['Jordan'] },
	{ text: 'Striker Florence Chad scored twice as her club won in Lyon.', places: ['Lyon → FR'], notPlaces: ['Chad'] },
	{ text: 'Flights from Paris France to Lagos resumed on Monday.', places: ['France → FR', 'Lagos → NG'], notPlaces: [] }
];

describeTraps('a country\'s name after a first name that is also a town\'s', SURNAMES_AFTER_TOWN_NAMES);
