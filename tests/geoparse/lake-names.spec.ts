// "Lake Towada", "Mount Tarumae": a small town's name after a geographic word is a word of the lake's or
// mountain's name, not a surname after a first name, so the town named elsewhere in the text stays a place
// (judge.ts: 'inside-name', not 'after-name', which index.ts carries to every mention as a person's).
// Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const TOWN_BESIDE_ITS_LAKE: TrapText[] = [
	{
		text: 'Kosaka is a town in Kazuno District, Akita Prefecture, Japan. It is bordered by Kazuno to the south and Towada to the east, across Lake Towada.',
		places: ['Towada → JP'],
		notPlaces: []
	}
];

describeTraps('a town named again in the name of a lake', TOWN_BESIDE_ITS_LAKE);
