// A town that nothing but its size chose among namesakes, in a country no other name of the text lies in, far from
// all the places of a story that lie in one country, listed with a place of that country, is a place of it the
// gazetteer lacks (a quarter, a village): left unmapped; so is a city of any size read there by another spelling of
// its name. A town standing alone (a trip abroad), two such names in
// one country, or a story that names the town's country stays. Written for these tests (none
// copied); lone-abroad.ts (sizedAbroad) lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LACKED_AT_HOME: TrapText[] = [
	{
		// world-s54 A: Nairobi's Eastleigh as Eastleigh, England, for its size alone
		text: 'NAIROBI - Police raided shops in Eastleigh and Kibera after the attack, and traders in Mombasa closed early.',
		places: ['NAIROBI → KE', 'Kibera → KE', 'Mombasa → KE'],
		notPlaces: ['Eastleigh']
	},
	{
		// world-s36 A: the Northwest Territories' Enterprise as Enterprise, Alabama
		text: 'YELLOWKNIFE - Crews from Inuvik and Fort Smith were sent to Hay River and Enterprise as the fire spread.',
		places: ['Inuvik → CA', 'Hay River → CA'],
		notPlaces: ['Enterprise']
	},
	{
		// world-s55 A: Samar, the Philippine island the gazetteer lacks, as Samara, Russia, which GeoNames also calls Samar
		text: 'TACLOBAN - The quake hit Leyte and Tacloban. In Samar, Guiuan and Borongan reported cracked bridges, and the airport at Catbalogan was closed.',
		places: ['Guiuan → PH', 'Borongan → PH'],
		notPlaces: ['Samar']
	}
];

const STILL_PLACES: TrapText[] = [
	{
		// an exonym of another root is the far city's well-known other name
		text: "NAIROBI - Kenya Airways resumed flights between Nairobi, Mombasa and Bombay on Monday, and Kisumu's airport reopened.",
		places: ['Bombay → IN', 'Mombasa → KE'],
		notPlaces: []
	},
	{
		// a trip abroad: the town stands alone after its preposition (the reviewer's probes)
		text: 'Tourists from Glasgow, Edinburgh and Dundee were stranded in Calais by the strike.',
		places: ['Calais → FR', 'Dundee → GB'],
		notPlaces: []
	},
	{
		text: 'A nurse from Dayton, Columbus and Cincinnati hospitals volunteered in Lourdes.',
		places: ['Lourdes → FR', 'Cincinnati → US'],
		notPlaces: []
	},
	{
		// the story names the town's country
		text: 'NAIROBI - Police raided shops in Kibera and Mombasa; the suspect had lived in Eastleigh, England, for years.',
		places: ['Eastleigh → GB', 'Kibera → KE'],
		notPlaces: []
	},
	{
		// two names read so in one country vouch for each other
		text: 'NAIROBI - Kenya sent runners from Kibera and Mombasa to races in Eastleigh and Romsey this spring.',
		places: ['Eastleigh → GB', 'Romsey → GB'],
		notPlaces: []
	},
	{
		// too few places to settle the story in one country
		text: 'He moved from Nairobi to Eastleigh.',
		places: ['Eastleigh → GB'],
		notPlaces: []
	}
];

describeTraps('towns abroad read for their size alone in a one-country story', LACKED_AT_HOME);
describeTraps('towns abroad the rule leaves', STILL_PLACES);
