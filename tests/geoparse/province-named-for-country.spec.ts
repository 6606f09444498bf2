// "From 1841 the town lay in the Province of Canada": a province is a part of a state, so one named after a
// country is not the country, whose point (Canada's lies in Alberta) is no point of it. The gazetteer lacks such
// provinces: the country's name inside the title is left unmapped. A state's title over a country ("the Kingdom of
// Hungary", "the Dominion of Canada") names the country itself and stays placed, as does a modern province the
// gazetteer knows by the name ("the Province of Panama", whose seat is Panamá).
// Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const PROVINCES: TrapText[] = [
	{ text: 'From 1841 the mill town lay in the Province of Canada, and its members sat in Kingston.', places: [], notPlaces: ['Province of Canada', 'Canada'] },
	{ text: 'The township was surveyed in 1795, when it lay in the Province of Upper Canada, and settled by Loyalists.', places: [], notPlaces: ['Canada', 'Upper Canada'] }
];

const STATES: TrapText[] = [
	{ text: 'In 1867 the town joined the Dominion of Canada, and the railway came in 1871.', places: ['Dominion of Canada → CA'], notPlaces: [] },
	{ text: 'The village belonged to the Kingdom of Hungary until 1918, when it passed to Czechoslovakia.', places: ['Kingdom of Hungary → HU'], notPlaces: [] },
	// a modern province the gazetteer knows by the name (its seat town Panamá): the country's point is within reach
	{ text: 'Chepo is a town in the Province of Panama, east of the capital, on the road to the Darién.', places: ['Province of Panama → PA'], notPlaces: [] }
];

// a Roman province on the country's own land, where the text's places in the country lie around its point
const ROMAN: TrapText[] = [
	{ text: 'Bosra is an ancient town in southern Syria. In 64 BC Pompey made the region part of the Province of Syria, and Damascus grew rich on its trade.', places: ['Province of Syria → SY'], notPlaces: [] },
	{ text: 'Oxyrhynchus is an archaeological site in Middle Egypt. After Actium, Octavian annexed the kingdom as the Province of Egypt, ruled by a prefect from Alexandria.', places: ['Province of Egypt → EG'], notPlaces: [] }
];

describeTraps('a province named after a country is not the country', PROVINCES);
describeTraps("a state's title over a country's name stays the country", STATES);
describeTraps("a province on the country's own land, among the text's places there, stays the country", ROMAN);
