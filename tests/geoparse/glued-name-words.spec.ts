// Words glued into one name: the Arabic article a hyphen holds to the word after it ("Deir ez-Zor", "Wadi
// al-Arab", "Ras al-Ain") is inside the name, which is read whole where the gazetteer has it and is no place
// of its parts where it lacks it (not the Arab world, not the French department of Ain, not an Indian Ras);
// lower-case letters an apostrophe glues to a place word that are no English contraction make a longer
// word, not the place ("Lima'uli" is no Lima). Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const GLUED: TrapText[] = [
	{
		text: 'Shelling hit Deir ez-Zor on Monday, and traders left for the coast.',
		places: ['Deir ez-Zor → SY'],
		notPlaces: ['Zor']
	},
	{
		text: 'Farmers near the Wadi al-Arab dam said the reservoir was low.',
		places: [],
		notPlaces: ['Arab']
	},
	{
		text: 'Trucks waited at the Ras al-Ain crossing for two days.',
		places: [],
		notPlaces: ['Ras', 'Ain']
	},
	{
		text: 'Nurses reached Lima\'uli and Paris\'ina by boat on Friday.',
		places: [],
		notPlaces: ['Lima', 'Paris']
	},
	{
		text: 'Nurses flew to Hawai\'i and Sana\'a, and London\'s hospitals sent supplies to Ras al-Khaimah.',
		places: ['Hawai\'i → US', 'Sana\'a → YE', 'London → GB', 'Ras al-Khaimah → AE'],
		notPlaces: []
	}
];

describeTraps('words glued into one name by an article or an apostrophe', GLUED);
