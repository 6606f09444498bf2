// A town's name followed by a nationality in the plural that ends the capitalised run names a team ("the
// Cleveland Indians"); the town is a word of the team's name and the nationality no country. Written for
// these tests (none copied); no team is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TEAMS_OF_TOWNS: TrapText[] = [
	{ text: 'The Kolkata Nigerians won their third match in a row at home on Sunday.', places: [], notPlaces: ['Nigerians'], embeddedOnly: ['Kolkata'] },
	{ text: 'Fans of the Toronto Brazilians packed the stadium in Hamilton, Ontario, before the final.', places: ['Hamilton → CA', 'Ontario → CA'], notPlaces: ['Brazilians'], embeddedOnly: ['Toronto'] },
	// a nationality after a word that names a town somewhere, or a town then a longer name, stays a people
	{ text: 'As Mexicans, we may disagree about trade, the minister said in Monterrey.', places: ['Mexicans → MX', 'Monterrey → MX'], notPlaces: [] },
	{ text: 'Thousands of Kenyans living in Dubai sent money home to Nairobi last year.', places: ['Kenyans → KE', 'Dubai → AE', 'Nairobi → KE'], notPlaces: [] }
];

describeTraps('a town before a plural nationality names a team', TEAMS_OF_TOWNS);
