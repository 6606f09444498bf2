// "Buea is a town in the South-West region of Cameroon": the region's name read as a namesake in another
// country than the one the sentence names (Singapore's South West district) is a misreading of the
// container, not where the town lies: the town the gazetteer has in the named country stays placed. A
// town none of whose namesakes lies in the named country stays unmapped as before.
// Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PLACED: TrapText[] = [
	{ text: 'Buea is a town in the South-West region of Cameroon, on the slopes of the mountain.', places: ['Buea → CM', 'Cameroon → CM'], notPlaces: [] },
	{ text: 'Ebolowa is a town in the Kagera region of Cameroon.', places: ['Ebolowa → CM', 'Cameroon → CM'], notPlaces: [] }
];

const UNPLACED: TrapText[] = [
	{ text: 'Springfield is a village in the South-West region of Cameroon.', places: ['Cameroon → CM'], notPlaces: ['Springfield'] },
	{ text: 'Springfield is a village in the Kagera region of Cameroon.', places: ['Cameroon → CM'], notPlaces: ['Springfield'] }
];

describeTraps('a town in the named country stays placed when its region is read abroad', PLACED);
describeTraps('a town with no namesake in the named country stays unmapped', UNPLACED);
