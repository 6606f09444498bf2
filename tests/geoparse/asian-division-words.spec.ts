// Division words of Indonesia and Korea as English articles keep them: "Wonosobo Regency" is the regency of
// its seat's name, not a longer foreign name the town is one word of (foreign-name-words.ts, candidates.ts),
// and "Boseong-eup" the town with its suffix, not a compound word ("Obama-era") (other-names.ts).
// Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const DIVISION_WORDS: TrapText[] = [
	{ text: 'Kejajar is a district of Wonosobo Regency in Central Java, Indonesia.', places: ['Wonosobo Regency → ID'], notPlaces: [] },
	{ text: 'The tea fields lie on the hills south of Boseong-eup, in South Jeolla Province.', places: ['Boseong → KR'], notPlaces: [] }
];

const STILL_COMPOUNDS: TrapText[] = [{ text: 'The Obama-era rules were dropped in Boseong last year.', places: ['Boseong → KR'], notPlaces: ['Obama'] }];

describeTraps('Indonesian and Korean division words', DIVISION_WORDS);
describeTraps('compound words still', STILL_COMPOUNDS);
