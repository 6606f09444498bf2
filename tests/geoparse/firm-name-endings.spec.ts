// "Express", "Foods" and "Limited" end the names of firms ("American Express", "Basic American Foods", "English
// Manner Limited") as "Airlines" and "Ltd" do: the demonym or place word before them is that name's, not the land
// (session 50-51 BBC sheets). The lower-case words ("the express train", "American foods") name no firm. Written
// for these tests (none copied); no firm is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FIRM_ENDINGS: TrapText[] = [
	{ text: 'The airline agreed a $600m loan from American Express, and flights to Lisbon resume in May.', places: ['Lisbon → PT'], notPlaces: [], embeddedOnly: ['American'] },
	{ text: 'Bruce Hale of Basic American Foods spoke to farmers in Ohio on Monday.', places: ['Ohio → US'], notPlaces: [], embeddedOnly: ['American'] },
	{ text: 'The paper alleged English Manner Limited charged clients for meetings in London.', places: ['London → GB'], notPlaces: [], embeddedOnly: ['English'] },
	{ text: 'The express train from Leeds to Manchester ran late on Monday.', places: ['Leeds → GB', 'Manchester → GB'], notPlaces: [] },
	{ text: 'American foods sold well in Japan last year.', places: ['American → US', 'Japan → JP'], notPlaces: [] }
];

describeTraps('a firm name ending in "Express", "Foods" or "Limited"', FIRM_ENDINGS);
