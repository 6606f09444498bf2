// A period adjective before a lower-case noun of what the period left ("a Norman crypt", "Roman villas") is no
// town (Norman, Oklahoma; Roman, Romania): word-uses.ts HERITAGE_NOUNS, with the nouns of village articles' church
// and ruin descriptions. "Norman police" (the town's own) keeps the town. Written for these tests (none copied); the
// first shape is from wiki-s56 A's Hutton-le-Hole article.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PERIOD_WORKS: TrapText[] = [
	{
		text: 'Hutton-le-Hole is a village in North Yorkshire, England. The church has a Norman crypt.',
		places: ['England → GB'],
		notPlaces: ['Norman']
	},
	{
		text: 'Sarmizegetusa is a commune in Hunedoara County, Romania. Roman coins and Roman villas were found.',
		places: ['Romania → RO'],
		notPlaces: ['Roman']
	}
];

const STILL_TOWNS: TrapText[] = [
	{
		text: 'Norman police said the crash closed Main Street in Norman, Oklahoma, for two hours.',
		places: ['Norman → US'],
		notPlaces: []
	},
	{
		// a bridge or walls stand in towns today: the noun alone does not make "Norman" a period
		text: 'A Norman bridge was damaged in the flood, Cleveland County officials said.',
		places: ['Norman → US'],
		notPlaces: []
	}
];

describeTraps('a period adjective before what the period built is no town', PERIOD_WORKS);
describeTraps("a town's own bodies keep the town", STILL_TOWNS);
