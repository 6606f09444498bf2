// "The Knights of Columbus serve a gumbo supper", "the Sons of Norway hall": a place's name after the "of" of a
// fraternal order named by its members (Knights, Sons, Daughters, Sisters, Brothers) is a word of the order's name,
// not a place on the map (other-names.ts, as "the University of Manchester"). Lower-case kin ("his sons of Paris"), a
// team before a town ("The Knights beat Columbus") and a family's, firm's or band's "of" after a surname or an
// ampersand ("Ringling Brothers of Baraboo", "Miller & Sons of Dayton") stay places. Written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FRATERNAL_ORDERS: TrapText[] = [
	{ text: 'The Knights of Columbus serve a gumbo supper Friday at the church hall in Eunice.', places: ['Eunice → US'], notPlaces: [], embeddedOnly: ['Columbus'] },
	{ text: 'Calendar. PETERSBURG, Alaska — The Sons of Norway lodge hosts its lutefisk dinner Saturday.', places: ['PETERSBURG → US'], notPlaces: [], embeddedOnly: ['Norway'] },
	{ text: 'The Daughters of Utah Pioneers museum in Price opens Saturday.', places: [], notPlaces: [], embeddedOnly: ['Utah'] },
	{ text: 'The Knights beat Columbus 3-1 at home in Dayton, Ohio.', places: ['Columbus → US'], notPlaces: [] },
	// (after a surname or an ampersand the members' word names a family, a firm or a band, which its "of" places)
	{ text: 'In 1884 the Ringling Brothers of Baraboo brought the circus to town.', places: ['Baraboo → US'], notPlaces: [] },
	{ text: 'The contract went to Miller & Sons of Dayton, Ohio.', places: ['Dayton → US'], notPlaces: [] }
];

describeTraps('a place after the "of" of a fraternal order', FRATERNAL_ORDERS);
