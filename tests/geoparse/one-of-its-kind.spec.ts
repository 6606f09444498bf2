// "It is one of the schist villages of the range: its people moved to Lisbon": a subject called one of its kind
// names no parts of it, so the sentence's far places are not read as namesakes of its villages and unmapped
// (subject-neighbours.ts ONE_OF_BEFORE). A list of the subject's own villages still is. Written for these tests (none
// copied); the first shape is wiki-s56 A's Talasnal article.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FAR_PLACES_KEPT: TrapText[] = [
	{
		text: 'Talasnal is a village in the municipality of Lousã, Coimbra District, in central Portugal. It is one of the schist villages of the range: its people moved to Lisbon and France in the 1960s.',
		places: ['Lisbon → PT', 'France → FR', 'Lousã → PT'],
		notPlaces: []
	},
	{
		text: 'Vale de Salgueiro is a village in the municipality of Mirandela, Bragança District, Portugal. It is one of the oldest villages of the district, and many of its people now live in Porto.',
		places: ['Porto → PT', 'Mirandela → PT'],
		notPlaces: []
	}
];

const PARTS_STILL_READ: TrapText[] = [
	{
		// the subject's own villages, named after the cue, are still placed near it (Baybay is no city on Leyte)
		text: 'Pandan is a municipality in the province of Antique, Philippines. It is subdivided into 34 barangays, among them Baybay and San Andres.',
		places: ['Antique → PH'],
		notPlaces: ['Baybay']
	}
];

describeTraps('a subject called one of its kind names no parts', FAR_PLACES_KEPT);
describeTraps('the parts of a subject are still placed near it', PARTS_STILL_READ);
