// A list of names before a plural landform noun ("the Juba and Shabelle rivers", "the Nuba and Ingessana
// hills") names landforms: a town that shares one of the names is not meant, as it is not before the
// singular noun ("the Tartar river"). Written for these tests (none copied); the rule lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LANDFORM_LISTS: TrapText[] = [
	{
		text: 'Heavy rains pushed the Juba and Shabelle rivers over their banks, and thousands fled Beledweyne, Somalia.',
		places: ['Beledweyne → SO', 'Somalia → SO'],
		notPlaces: ['Juba']
	},
	{
		text: 'The Tigris and Euphrates rivers are at record lows, officials in Baghdad said.',
		places: ['Tigris → null', 'Euphrates → null', 'Baghdad → IQ'],
		notPlaces: []
	},
	{
		text: 'Fighting spread to Kadugli and Dilling, towns of South Kordofan, Sudan.',
		places: ['Kadugli → SD', 'Dilling → SD'],
		notPlaces: []
	}
];

describeTraps('lists of names before a plural landform noun', LANDFORM_LISTS);
