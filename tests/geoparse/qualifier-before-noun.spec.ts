// "Floods reached Pakse, Thai officials said": a name after the comma that stands before a noun, as an
// adjective, begins the next clause and says nothing of where the place before the comma lies (Pakse is in
// Laos); a name before its state or country after a comma is still read with it. Written for these tests
// (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const BEFORE_NOUN: TrapText[] = [
	{ text: 'Floods reached Pakse, Thai officials said on Monday.', places: ['Pakse → LA', 'Thai → TH'], notPlaces: [] },
	{ text: 'Refugees crossed near Lashio, Chinese officials said.', places: ['Lashio → MM'], notPlaces: [] }
];

const QUALIFIERS: TrapText[] = [
	{ text: 'The storm hit Paris, Texas, on Monday, and schools closed.', places: ['Paris → US', 'Texas → US'], notPlaces: [] }
];

describeTraps('a name before a noun after the comma qualifies no place', BEFORE_NOUN);
describeTraps('a state after the comma still qualifies the town', QUALIFIERS);
