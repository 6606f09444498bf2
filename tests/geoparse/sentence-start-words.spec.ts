// An English word opening a sentence or a headline is that word where the text shows it: it reads a town only
// by one of the town's other names, or the text writes the word in lower case elsewhere and never capitalises
// it inside a sentence, or it stands before a noun in a text nothing else of which lies in the town's country
// (not a noun for the town's own people or services: its police, schools, voters, residents).
// A town the text names inside a sentence stays the town. Written for these tests (none
// copied); no name is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const WORDS: TrapText[] = [
	{ text: 'Ban on smoking in parks takes effect The council said the rule would apply from June.', places: [], notPlaces: ['Ban'] },
	{ text: 'Fans now watch football on their phones. Mobile operators expect the habit to spread, and mobile data prices are falling.', places: [], notPlaces: ['Mobile'] },
	// before a noun, in a text nothing else of which lies in the town's country (Oral, Kazakhstan; Mobile, Alabama)
	{ text: 'Oral rehydration salts were handed out in the camps near Lilongwe and Blantyre.', places: ['Lilongwe → MW'], notPlaces: ['Oral'] },
	{ text: 'Mobile clinics reached the camps near Goma on Friday.', places: ['Goma → CD'], notPlaces: ['Mobile'] },
	{ text: 'Oral polio vaccine doses landed at the airport on Monday, health workers said.', places: [], notPlaces: ['Oral'] },
	// capitalised inside a sentence only as a word of a longer name, which says nothing of the word alone
	{ text: 'Texting grew again last year, the Mobile Traders Federation said in its report. Mobile owners sent most of them at night.', places: [], notPlaces: [], embeddedOnly: ['Mobile'] },
	{ text: 'Prices fell in March, said a spokesman for the Mobile Operators Association. Mobile shoppers now buy more online.', places: [], notPlaces: [], embeddedOnly: ['Mobile'] }
];

const TOWNS: TrapText[] = [
	{ text: 'Mobile hosts the parade each February. Visitors to Mobile can use a mobile app to follow the floats.', places: ['Mobile → US'], notPlaces: [] },
	{ text: 'Mobile is the oldest city in Alabama, and the port of Mobile handles coal.', places: ['Mobile → US'], notPlaces: [] },
	// before a noun, where the text's other places lie in the town's country
	{ text: 'Oral traders sell grain to buyers in Aktobe and Atyrau.', places: ['Oral → KZ', 'Aktobe → KZ'], notPlaces: [] },
	// capitalised only at sentence starts, written in lower case elsewhere, but the text's other place lies in the town's state
	// before a noun for the town's own people or services, as local news writes it with no state named
	{ text: 'Mobile police detained two teenagers on Sunday after a foot chase near the pier.', places: ['Mobile → US'], notPlaces: [] },
	{ text: 'Buffalo schools will open two hours late on Monday because of the snow.', places: ['Buffalo → US'], notPlaces: [] },
	{ text: 'Buffalo firefighters pulled a driver from a sinking car on Saturday.', places: ['Buffalo → US'], notPlaces: [] },
	{ text: 'Independence voters rejected a bond for a new library.', places: ['Independence → US'], notPlaces: [] },
	{ text: 'Enterprise residents waited three days for the water to come back.', places: ['Enterprise → US'], notPlaces: [] },
	// a place's own longer name ("Mobile County") still writes the town's name inside a sentence
	{ text: 'Mobile leaders met on Tuesday. The Mobile County sheriff closed the causeway, and mobile homes were moved inland.', places: ['Mobile → US'], notPlaces: [] },
	{ text: 'Mobile plans a new ferry dock downtown. Many dock hands live in mobile homes in Baldwin County. Mobile wants the dock open by May.', places: ['Mobile → US', 'Baldwin County → US'], notPlaces: [] }
];

describeTraps('a word opening a sentence that the text shows to be that word is no place', WORDS);
describeTraps('a town the text also names inside a sentence stays the town', TOWNS);
