// A small town that is the only place of its name, in a country nothing else in the text names, lying
// more than 800 km from every other place of a text about several countries, is no place of the story
// (a river, a paper, a firm, a surname the gazetteer lacks otherwise); a town of 40,000 or more may be the
// story's own place. Nor are small towns chosen by their name alone (size, country, nearness) that only vouch for one
// another's country, where three firm mentions say where the text is. Written for these tests (none copied);
// lone-abroad.ts lists no place.
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
	},
	{
		// small towns that only vouch for each other's country (Takara by an alternate name as Tucker, Georgia; Eton as
		// the Georgia hamlet beside it for country and nearness alone): world-s44 A, Vanuatu
		text: 'Relief reached Tanna and Erromango, and power is back in Port Vila but not in the villages around Eton and Takara, officials in Vanuatu and Fiji said.',
		places: ['Port Vila → VU', 'Vanuatu → VU', 'Fiji → FJ'],
		notPlaces: ['Eton', 'Takara']
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
	},
	{
		// too few firm places to say where the text is: the towns may be its own
		text: 'He moved from Paris to Hermitage and then to Mona.',
		places: ['Hermitage → US'],
		notPlaces: []
	},
	{
		// a firm mention names the weakly chosen town's country
		text: 'Storms hit Hermitage and Mona, officials in the United States said, and Canada and Mexico sent crews.',
		places: ['Hermitage → US'],
		notPlaces: []
	},
	{
		// weakly chosen towns of three names lying together are a local story's own (us-local-s43 B: Maine's Oxford Hills)
		text: 'Students from France, Germany and Italy played in the tournament: Oxford beat Rumford 6-3, and Dixfield lost at Andover.',
		places: ['Oxford → US', 'Rumford → US', 'Dixfield → US', 'Andover → US'],
		notPlaces: []
	},
	{
		// a town read for its name alone (Chelsea, Massachusetts) whose namesake lies near the text's towns is for a
		// later pass to move there (BBC train-1036)
		text: 'Chelsea winger Arjen Robben was hurt in the win at Blackburn and told a Dutch paper it felt worse than the knock he took against Roma; he also missed the World Cup in Korea and Japan.',
		places: ['Chelsea → GB', 'Blackburn → GB'],
		notPlaces: []
	}
];

describeTraps('lone small towns far from all the text names', FAR_FROM_ALL);
describeTraps('lone towns the rule leaves', STILL_PLACES);
