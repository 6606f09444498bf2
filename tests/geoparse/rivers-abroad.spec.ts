// A river the gazetteer holds in one other country only, thousands of kilometres from the place a text describes,
// in a text that never names that country, is a namesake of a river of the subject's own land the gazetteer lacks:
// left unmapped (rivers-abroad.ts), which leaves no toponym of its name. Rivers of the subject's own country, rivers the gazetteer holds with no country
// (they cross several), and a river whose country the text names keep their reading. Written for these tests (none
// copied); the first two shapes are from wiki-s56 A (Catriel, Pakenham).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const NAMESAKES_ABROAD: TrapText[] = [
	{
		text: 'Catriel is a town in the General Roca Department of Río Negro Province, Argentina, on the left bank of the Colorado River, which divides the province from La Pampa and Neuquén. Oil was found near the town in the 1960s.',
		places: ['Argentina → AR', 'Neuquén → AR'],
		notPlaces: ['Colorado River']
	},
	{
		text: 'Pakenham is a village in Lanark County, in eastern Ontario, Canada, on the Mississippi River. Its stone bridge over the river dates from 1903, and Arnprior lies 15 km to the north-east, where the Mississippi flows into the Ottawa River.',
		places: ['Arnprior → CA', 'Ontario → CA'],
		notPlaces: ['Mississippi River', 'Mississippi']
	},
	{
		text: 'Thamesford is a village in Oxford County, Ontario, Canada, on the Thames River, 20 km east of London.',
		places: ['Thamesford → CA', 'Ontario → CA'],
		notPlaces: ['Thames River']
	}
];

const STILL_RIVERS: TrapText[] = [
	{
		// the river of the subject's own country
		text: 'Blythe is a city in Riverside County, California, United States, on the Colorado River, 240 km east of Palm Springs.',
		places: ['Colorado River → US', 'Blythe → US'],
		notPlaces: []
	},
	{
		// a river of several countries has no country in the gazetteer
		text: 'Jinja is a city in the Eastern Region of Uganda, on the northern shore of Lake Victoria, where the Nile leaves the lake.',
		places: ['Nile → null', 'Uganda → UG'],
		notPlaces: []
	},
	{
		// the text names the river's country
		text: 'Pakenham is a village in Lanark County, Ontario, Canada. Its founder had worked the mills of the Mississippi River in the United States before he came north.',
		places: ['Mississippi River → US'],
		notPlaces: []
	},
	{
		// a place in the river's own country, read in a text that names another country too
		text: 'Grafton is a village in Jersey County, Illinois, United States, where the Illinois River flows into the Mississippi River. Settlers came from Germany and Ireland.',
		places: ['Mississippi River → US', 'Grafton → US'],
		notPlaces: []
	}
];

describeTraps('a river of one far country in a text about a place in another is unmapped', NAMESAKES_ABROAD);
describeTraps('rivers of the subject country, of several countries, or of a named country keep their reading', STILL_RIVERS);
