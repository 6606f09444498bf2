// "BROWN, Arlene M., 88, of Jonesport": a death notice's roll writes the surname first, in capitals, then the given
// names and the age, so the name that starts the entry is a surname, not a town; the towns after "of" and "in" stay
// places. A town before its state, a place inside a list of people and a roll's town in title case stay places.
// Written for these tests (none copied).
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const ROLLS: TrapText[] = [
	{ text: 'Deaths. CROSBY, Helen M., 84, of Machias, died Dec. 3 at home. DEXTER, Ruth "Bunny", 79, of Cherryfield, died Dec. 4.', places: ['Machias → US', 'Cherryfield → US'], notPlaces: ['CROSBY', 'DEXTER'] },
	{ text: 'Death notices.\nHOLT, Ruth, 95, of Crookston, died Tuesday in Fargo.', places: ['Crookston → US', 'Fargo → US'], notPlaces: ['HOLT'] }
];

const PLACES: TrapText[] = [
	{ text: 'The protesters are Ann Cole, 37, a farmer from Ledbury, Herefordshire, Robert Thame, 34, and two others.', places: ['Herefordshire → GB'], notPlaces: [] },
	{ text: 'Arrests by town:\nAuburn, Mark Jones, 41, operating under the influence.\nLewiston, Amy Clark, 29, theft.', places: ['Auburn → US', 'Lewiston → US'], notPlaces: [] }
];

describeTraps('a surname that starts a death notice, before a given name and an age', ROLLS);
describeTraps('a place inside a list of people', PLACES);
