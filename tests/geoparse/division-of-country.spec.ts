// "the Quindío Department of Colombia": a division's noun that also heads institutions' names ("the
// Department of Justice") closing a place's name is the division's, and the country after its "of" is a
// place (other-names.ts, divisionOfNamed). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const DIVISION_OF_COUNTRY: TrapText[] = [
	{ text: 'Filandia is a town and municipality in the Quindío Department of Colombia.', places: ['Colombia → CO'], notPlaces: [] },
	{ text: 'Piribebuy is a town in the Cordillera Department of Paraguay, east of the capital.', places: ['Paraguay → PY'], notPlaces: [] }
];

const STILL_INSTITUTIONS: TrapText[] = [
	{ text: 'A spokesman for the Department of Texas said the guard would stay.', places: [], notPlaces: [], embeddedOnly: ['Texas'] },
	{ text: 'The Fire Department of Lakewood hired six firefighters.', places: [], notPlaces: [], embeddedOnly: ['Lakewood'] }
];

describeTraps('the country after a division named "X Department of"', DIVISION_OF_COUNTRY);
describeTraps("a place after an institution's \"of\" stays inside its name", STILL_INSTITUTIONS);
