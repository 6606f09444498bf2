// Norwegian, Danish and Icelandic names join their words with "og" ("and") and "i"/"í" ("in"), Swahili ones
// with "wa" ("of"): "Møre og Romsdal", "Vík í Mýrdal", "Mto wa Mbu" are one name each (name-particles.ts),
// not a stray first word and a lost rest. Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const JOINED_NAMES: TrapText[] = [
	{ text: 'Hellesylt is a village in Stranda Municipality in Møre og Romsdal county, Norway.', places: ['Møre og Romsdal → NO'], notPlaces: ['Møre'] },
	{ text: 'The lodge lies on the road from Karatu to Mto wa Mbu, below the escarpment, in Tanzania.', places: ['Mto wa Mbu → TZ'], notPlaces: [] },
	{ text: 'The coast road runs east from Vík í Mýrdal across the sands, Iceland.', places: ['Vík í Mýrdal → IS'], notPlaces: [] }
];

// ... but the same words also join two places' names: each stays a place
const TWO_PLACES: TrapText[] = [
	{ text: 'The museum lies in Vestfold og Telemark county in Norway.', places: ['Vestfold → NO', 'Telemark → NO'], notPlaces: [] },
	{ text: 'Flights between Paris i London were cancelled, he wrote from Berlin.', places: ['Paris → FR', 'London → GB'], notPlaces: [] }
];

describeTraps('names joined by Nordic and Swahili particles', JOINED_NAMES);
describeTraps('two places joined by a Nordic particle', TWO_PLACES);
