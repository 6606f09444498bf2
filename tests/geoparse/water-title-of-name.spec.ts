// "the Strait of Kerch", "the Lake of Lucerne", "the Bay of Kotor": after a water's title and "of", where the
// gazetteer lacks the whole name, the name is the water's, not the town's or the region's it shares (judge.ts,
// afterWaterTitle; as "Saginaw Bay" is no Saginaw). Names the gazetteer has whole stay ("the Gulf of Mexico"),
// and a division's title before "of" still gives the division ("the Canton of Bern"). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const WATERS_NAMED_X_OF_Y: TrapText[] = [
	{
		text: 'The ferries cross the Strait of Kerch twice a day, and the steamers still sail on the Lake of Lucerne.',
		places: [],
		notPlaces: ['Kerch', 'Lucerne']
	},
	{
		text: 'The cruise ship left the Gulf of Mexico for Montenegro, where it anchored in the Bay of Kotor.',
		places: ['Gulf of Mexico → null', 'Montenegro → ME'],
		notPlaces: ['Kotor']
	},
	{
		text: 'The farm lies in the Canton of Bern, near Thun.',
		places: ['Bern → CH'],
		notPlaces: []
	}
];

describeTraps('a name after a water\'s title and "of"', WATERS_NAMED_X_OF_Y);
