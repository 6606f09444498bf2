// "the Dieng Plateau", "the Central Cordillera": a landform's word after a capitalised word is the head of
// that landform's name, not the region named by the word alone (Plateau State, Nigeria; Cordillera,
// Paraguay) — word-uses.ts, as "Poblacion Sur". Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LANDFORM_HEADS: TrapText[] = [
	{ text: 'Potato fields cover the Dieng Plateau above Wonosobo, in Central Java.', places: ['Wonosobo → ID'], notPlaces: ['Plateau'] },
	{ text: 'Coffee farms line the slopes of the Central Cordillera near Armenia, Colombia.', places: ['Colombia → CO'], notPlaces: ['Cordillera', 'Central Cordillera'] }
];

const STILL_REGIONS: TrapText[] = [{ text: 'Flooding hit Plateau and Benue in Nigeria this week.', places: ['Plateau → NG', 'Benue → NG'], notPlaces: [] }];

describeTraps("a landform's word heading a longer name", LANDFORM_HEADS);
describeTraps('the regions of those words still', STILL_REGIONS);
