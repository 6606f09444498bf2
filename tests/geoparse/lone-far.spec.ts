// A small town that is the only place of its name, in a country nothing else in the text names, lying
// more than 800 km from every other place of a text about several countries, is no place of the story
// (a river, a paper, a firm, a surname the gazetteer lacks otherwise); a town of 40,000 or more may be the
// story's own place. Written for these tests (none copied); lone-abroad.ts lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FAR_FROM_ALL: TrapText[] = [
	{
		text: 'Birds along the Po and the Danube carry the virus, officials in Italy and Serbia said.',
		places: ['Danube → null', 'Italy → IT', 'Serbia → RS'],
		notPlaces: ['Po']
	},
	{
		text: 'Source: The Herald [edited]. A cholera outbreak has hit Glen View in Harare, Zimbabwe, and cases were reported in Zambia.',
		places: ['Harare → ZW', 'Zimbabwe → ZW'],
		notPlaces: ['Herald']
	},
	{
		text: 'Thousands of families have fled to Tawila, aid groups in Port Sudan said, and Washington urged a truce.',
		places: ['Port Sudan → SD', 'Washington → US'],
		notPlaces: ['Tawila']
	}
];

const STILL_PLACES: TrapText[] = [
	{
		text: 'The singer has toured Canada and the US and played Las Vegas; this weekend the tribute show comes to Clacton.',
		places: ['Clacton → GB', 'Las Vegas → US'],
		notPlaces: []
	},
	{
		text: 'Thousands fled El Fasher for Tawila and crossed into Chad at Adre, aid groups in Sudan said.',
		places: ['Adre → TD', 'Chad → TD'],
		notPlaces: []
	}
];

describeTraps('lone small towns far from all the text names', FAR_FROM_ALL);
describeTraps('lone towns the rule leaves', STILL_PLACES);
