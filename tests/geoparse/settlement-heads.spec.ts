// The head word of a Spanish, Portuguese or Italian settlement's name ("Villa", "Puerto", "Caleta", "Vila", "Porto"),
// capitalised right before another name, makes one longer name the gazetteer lacks: the name after it is what the
// settlement was named after, not a place (foreign-name-words.ts afterSettlementHead). Names the gazetteer holds
// whole, a head ending another name ("Aston Villa") and a head set off by a comma keep their readings. Written for
// these tests (none copied); the first shape is wiki-s56 A's Caleta Tortel article.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const INSIDE_SETTLEMENT_NAMES: TrapText[] = [
	{
		text: "Caleta Tortel is a village in the Aysén Region of Chile. Villa O'Higgins lies at the southern end of the Carretera Austral.",
		places: ['Chile → CL'],
		notPlaces: ["O'Higgins"]
	},
	{
		text: 'Puerto Yungay lies on the fjord.',
		places: [],
		notPlaces: ['Yungay']
	},
	{
		text: 'The old name of the town, Puerto Córdova, is kept by its harbour.',
		places: [],
		notPlaces: ['Córdova']
	}
];

const STILL_PLACES: TrapText[] = [
	{
		// names the gazetteer holds whole
		text: 'Buses run from Villa Gesell to Mar del Plata, and flights from Puerto Montt to Punta Arenas.',
		places: ['Villa Gesell → AR', 'Puerto Montt → CL', 'Punta Arenas → CL'],
		notPlaces: []
	},
	{
		// a head that ends a club's name starts no place's
		text: 'Fixtures: Norwich v Aston Villa Preston v West Brom Rotherham v Wigan.',
		places: ['Preston → GB'],
		notPlaces: []
	},
	{
		// a head set off by a comma from the next name
		text: 'The airline flies to Porto, Lisbon and Faro.',
		places: ['Porto → PT', 'Lisbon → PT', 'Faro → PT'],
		notPlaces: []
	}
];

describeTraps('a name after a settlement head word is part of the settlement name', INSIDE_SETTLEMENT_NAMES);
describeTraps('whole names, club names and comma-separated names keep their places', STILL_PLACES);
