// "Air" and "Radio" open the names of airlines and broadcasters ("Air India", "Radio France"); the place
// word after them is that name's, also where the name opens a sentence and so its first word is capitalised
// anyway. Written for these tests (none copied); no airline or broadcaster is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const AIRLINES_AND_BROADCASTERS: TrapText[] = [
	{ text: 'Air Canada will add flights to Lisbon next summer, the carrier said.', places: ['Lisbon → PT'], notPlaces: [], embeddedOnly: ['Canada'] },
	{ text: 'Radio France reported the strike from Marseille on Tuesday.', places: ['Marseille → FR'], notPlaces: [], embeddedOnly: ['France'] },
	{ text: 'Passengers on Air Mauritius were stuck in Nairobi for a day.', places: ['Nairobi → KE'], notPlaces: [], embeddedOnly: ['Mauritius'] },
	{ text: 'Fresh air in Scotland drew more hikers to the Highlands this year.', places: ['Scotland → GB'], notPlaces: [] }
];

describeTraps('a place word after "Air" or "Radio" opening a name', AIRLINES_AND_BROADCASTERS);
