// One country's word for its local divisions after a name asks for that country's town of the name
// (division-countries.ts), and where it has none, no place; Darfur and the Swat district, which the
// gazetteer lacked, are curated features (data/gazetteer/features.tsv); Nigeria's LGAs are places of their
// own (gazetteer-build/world-divisions.ts: "Owo LGA" is the LGA). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const DIVISION_WORDS: TrapText[] = [
	{ text: 'The Beni health zone reported 12 new Ebola cases this week.', places: ['Beni → CD'], notPlaces: [] },
	{ text: 'Lassa fever cases rose in Owo LGA of Ondo State.', places: ['Owo LGA → NG'], notPlaces: [] },
	// the gazetteer has no Mambasa in Congo nor Guma in Nigeria: not Mombasa (Kenya), nor Goma
	{ text: 'Officials in Mambasa health zone reported two deaths.', places: [], notPlaces: ['Mambasa'] },
	{ text: 'Cholera killed four people in Guma LGA on Sunday.', places: [], notPlaces: ['Guma'] }
];

const STILL: TrapText[] = [
	{ text: 'Floods hit Beni and Pando in Bolivia.', places: ['Beni → BO'], notPlaces: [] },
	{ text: 'A SWAT team surrounded the house in Dayton.', places: [], notPlaces: ['SWAT'] }
];

const CURATED: TrapText[] = [
	{ text: 'Aid convoys reached Darfur last week after months of fighting.', places: ['Darfur → SD'], notPlaces: [] },
	{ text: 'Taliban fighters held the Swat valley in 2009.', places: ['Swat valley → PK'], notPlaces: [] }
];

describeTraps("a name before one country's word for its divisions", DIVISION_WORDS);
describeTraps('names the words leave alone', STILL);
describeTraps('regions the gazetteer lacked', CURATED);
