// "the Peloponnese peninsula", "Hainan island": a first-level region before the lower-case word for the
// peninsula or island it is named for is that land (the region covers it), not a landform the gazetteer lacks;
// a town's name before such a word still names the landform ("the Kola peninsula"), and a region before a
// river's or a lake's word still names the water ("the Ohio river"). Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const REGIONS_NAMED_FOR_THEIR_LAND: TrapText[] = [
	{
		text: 'Kyparissia is a small town on the Peloponnese peninsula in Greece, on the Ionian coast.',
		places: ['Peloponnese → GR'],
		notPlaces: []
	},
	{
		text: 'The fishing fleets of Hainan island and the Shandong peninsula sailed south.',
		places: ['Hainan → CN', 'Shandong → CN'],
		notPlaces: []
	},
	{
		text: 'Barges on the Ohio river carried coal past the town.',
		places: [],
		notPlaces: ['Ohio']
	}
];

describeTraps('a first-level region before the word for its own peninsula or island', REGIONS_NAMED_FOR_THEIR_LAND);
