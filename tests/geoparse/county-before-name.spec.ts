// "County Clare", "County Antrim": Ireland's counties write their division word before the name, and the
// toponym is the whole "County X" (division-titles.ts, as "Gmina Bychawa"), not the bare name inside it;
// "Harris County" (the word after) stays as it was. Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const COUNTY_FIRST: TrapText[] = [
	{ text: 'Doolin is a coastal village in County Clare, Ireland.', places: ['County Clare → IE'], notPlaces: ['Clare'] },
	{ text: 'He moved from Harris County to County Durham in 2019, then to Cork.', places: ['Harris County → US', 'County Durham → GB', 'Cork → IE'], notPlaces: [] }
];

describeTraps('a county named with its division word first', COUNTY_FIRST);
