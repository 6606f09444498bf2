// "Sandusky Bay", "Leyte Gulf", "the Malvern Hills": a place's name before a capitalised "Gulf" or "Hills", the
// gazetteer lacking the whole name, names the water or the hills, not the place (the toponym is the whole name,
// which the gazetteer would have matched had it known it): judge.ts with FEATURE_HEADS. A town's name before
// "Bay" is read whole, at the town the bay lies off (feature-head-span.ts: "Sandusky Bay", not Sandusky); a place
// the gazetteer knows whole stays ("Green Bay", "the Tampa Bay area"). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FEATURES_NAMED_AFTER_PLACES: TrapText[] = [
	{
		text: 'Marblehead is a village in Ottawa County, Ohio, on the shore of Sandusky Bay.',
		places: ['Ohio → US', 'Sandusky Bay → US'],
		notPlaces: ['Sandusky']
	},
	{
		text: 'A church group from Dothan, Alabama, walked the Malvern Hills on its tour of England.',
		places: ['Dothan → US'],
		notPlaces: ['Malvern']
	},
	{
		text: 'The fleet sailed into Leyte Gulf in October 1944.',
		places: [],
		notPlaces: ['Leyte']
	},
	{
		text: 'The team moved from Green Bay to a stadium near Milwaukee. Flooding hit the Tampa Bay area.',
		// Tampa Bay itself is a curated bay since session 34
		places: ['Green Bay → US', 'Milwaukee → US', 'Tampa Bay → US'],
		notPlaces: []
	}
];

describeTraps('a place name before "Bay", "Gulf" or "Hills" the gazetteer lacks', FEATURES_NAMED_AFTER_PLACES);
