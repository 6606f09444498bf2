// A town that nothing but its size chose among namesakes, in a country no other name of the text lies in, far from
// all the places of a story that lie in one country, is a place of that country the gazetteer lacks (a quarter, a
// village): left unmapped. A town that outgrows the mark of the known-abroad, a capital, two such names in one
// country, a town near the story's places, or a story that names its country stays. Written for these tests (none
// copied); sized-abroad.ts lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LACKED_AT_HOME: TrapText[] = [
	{
		// world-s54 A: Nairobi's Eastleigh as Eastleigh, England, for its size alone
		text: 'NAIROBI - Police raided shops in Eastleigh and Kibera after the attack, and traders in Mombasa closed early.',
		places: ['NAIROBI → KE', 'Kibera → KE', 'Mombasa → KE'],
		notPlaces: ['Eastleigh']
	},
	{
		text: 'Mourners gathered in Maiduguri, Borno State, for the 57th Independence anniversary, Nigerian officials said.',
		places: ['Maiduguri → NG', 'Borno State → NG'],
		notPlaces: ['Independence']
	}
];

const STILL_PLACES: TrapText[] = [
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
