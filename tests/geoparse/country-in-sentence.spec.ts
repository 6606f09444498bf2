// A town named in many languages (known abroad) yields its name to a namesake only where the text speaks of
// the namesake's area; a country named in the mention's own sentence does ("Paraguay reported cases in
// Asunción and Concepción" is Concepción, Paraguay, not the better-known Concepción, Chile). A city far more
// important than its namesake stays itself ("Talks in Geneva ended, the United States said"). Texts written
// for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const COUNTRY_IN_SENTENCE: TrapText[] = [
	{
		text: 'Paraguay reported chikungunya in Asunción and Concepción on Monday.',
		places: ['Paraguay → PY', 'Asunción → PY', 'Concepción → PY'],
		notPlaces: []
	},
	{
		text: 'Talks in Geneva ended on Friday, the United States said.',
		places: ['Geneva → CH', 'United States → US'],
		notPlaces: []
	}
];

describeTraps('a country named in the sentence of a town known abroad', COUNTRY_IN_SENTENCE);
