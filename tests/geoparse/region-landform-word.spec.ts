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
		// the Shandong Peninsula is a curated landform since session 34, read whole in the same country
		places: ['Hainan → CN', 'Shandong peninsula → CN'],
		notPlaces: []
	},
	{
		text: 'Barges on the Ohio river carried coal past the town.',
		places: [],
		notPlaces: ['Ohio']
	}
];

describeTraps('a first-level region before the word for its own peninsula or island', REGIONS_NAMED_FOR_THEIR_LAND);

// a region whose name is its only reading, that weighs far more than its namesakes abroad, or whose
// country the text names stays; one of a name regions of other countries bear, with no such support, does
// not ("Santa Cruz" is also a department of Bolivia and a province of Argentina; "Isabela" a Philippine province)
const REGIONS_THE_NAME_MEANS: TrapText[] = [
	{ text: 'Snorkellers swim off Jeju island each summer.', places: ['Jeju island → KR'], notPlaces: [] },
	{ text: 'A new bridge will link Penang island to the mainland near Butterworth.', places: ['Penang → MY'], notPlaces: [] },
	{ text: 'Volcanoes line the Kamchatka peninsula and Sakhalin island lies to the south.', places: ['Kamchatka → RU', 'Sakhalin island → RU'], notPlaces: [] },
	{ text: 'Orange groves cover much of the Florida peninsula.', places: ['Florida → US'], notPlaces: [] }
];
const REGIONS_OF_OTHER_COUNTRIES: TrapText[] = [
	{ text: 'Giant tortoises roam the highlands of Santa Cruz island in the Galapagos.', places: ['Galapagos → EC'], notPlaces: ['Santa Cruz'] },
	{ text: 'Cruise boats anchor between Isabela island and Santa Cruz island overnight.', places: [], notPlaces: ['Isabela', 'Santa Cruz'] }
];

describeTraps('a region before the word for its land where the name means it', REGIONS_THE_NAME_MEANS);
describeTraps('a region of another country before "island" is no island', REGIONS_OF_OTHER_COUNTRIES);
