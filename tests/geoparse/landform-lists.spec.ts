// A list of names before a plural landform noun ("the Juba and Shabelle rivers", "the Nuba and Ingessana
// hills") names landforms: a town that shares one of the names is not meant, as it is not before the
// singular noun ("the Tartar river"). Where the gazetteer has the river of a name in such a list ("the Benue
// and Niger rivers": Niger River), the name is that river, a country's or state's name though it also is; a
// country with no river of its name stays the country ("samples from Kenya and Uganda rivers"), and so does a
// name alone before "rivers" or a list with no "the" before it ("Niger rivers dried up": a land's rivers). Written for
// these tests (none copied); the rule lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LANDFORM_LISTS: TrapText[] = [
	{
		text: 'Heavy rains pushed the Juba and Shabelle rivers over their banks, and thousands fled Beledweyne, Somalia.',
		places: ['Juba → SO', 'Shabelle → null', 'Beledweyne → SO', 'Somalia → SO'],
		notPlaces: []
	},
	{
		text: 'The Tigris and Euphrates rivers are at record lows, officials in Baghdad said.',
		places: ['Tigris → null', 'Euphrates → null', 'Baghdad → IQ'],
		notPlaces: []
	},
	{
		text: 'Floods along the Benue and Niger rivers reached Lokoja, where the two meet, in central Nigeria.',
		places: ['Niger → null', 'Lokoja → NG', 'Nigeria → NG'],
		notPlaces: []
	},
	{
		text: 'Barges on the Congo and Kasai rivers waited at Kwamouth for the water to rise.',
		places: ['Congo → null'],
		notPlaces: []
	},
	{
		text: 'The Mississippi and Missouri rivers crested near St. Louis on Tuesday.',
		places: ['Mississippi → US', 'Missouri → US', 'St. Louis → US'],
		notPlaces: []
	},
	{
		text: 'The agency tested water from Kenya and Uganda rivers for lead.',
		places: ['Kenya → KE', 'Uganda → UG'],
		notPlaces: []
	},
	{
		text: 'Niger rivers dried up early this year, and herders in Tahoua moved south.',
		places: ['Niger → NE', 'Tahoua → NE'],
		notPlaces: []
	},
	{
		text: 'Congo rivers carry timber to Kinshasa, where the trade is taxed.',
		places: ['Congo → CD'],
		notPlaces: []
	},
	{
		text: 'Health officials in Kinshasa said cholera spread along Congo and Angola rivers.',
		places: ['Congo → CD', 'Angola → AO'],
		notPlaces: []
	},
	{
		text: 'Jordan and Israel rivers are shrinking as the Dead Sea falls.',
		places: ['Jordan → JO', 'Israel → IL'],
		notPlaces: []
	},
	{
		text: 'Fighting spread to Kadugli and Dilling, towns of South Kordofan, Sudan.',
		places: ['Kadugli → SD', 'Dilling → SD'],
		notPlaces: []
	}
];

describeTraps('lists of names before a plural landform noun', LANDFORM_LISTS);
