// A city's possessive before a name makes it a part of the city: where no place of the name lies within 150 km of the
// city, the town of the name far away that its name alone chose is no place the text means (a quarter the gazetteer
// lacks, a stadium, an opera house), nor are the names listed with it. A possessor that also names a region of its
// country, a city known abroad, a capital, and a part near the city stay. Written for these tests (none copied);
// possessive-far-parts.ts lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FAR_PARTS: TrapText[] = [
	{
		// world-s54 B: Dhaka's quarters as a Mohammadpur in Rajshahi, 225 km, and New Mirpur, Pakistan
		text: "Dengue has spread in Dhaka's Mirpur, Mohammadpur and Uttara, the health directorate said.",
		places: ['Dhaka → BD'],
		notPlaces: ['Mirpur', 'Mohammadpur']
	},
	{
		text: "Police killed eight people in Rio's Penha favela, and schools in Lima's Comas district closed after floods.",
		places: ['Rio → BR', 'Lima → PE'],
		notPlaces: ['Penha', 'Comas']
	},
	{
		// BBC train-856: a stadium
		text: "It was a first defeat in 14 years for Zambia at Lusaka's Independence stadium, where Saturday's game is played.",
		places: ['Lusaka → ZM', 'Zambia → ZM'],
		notPlaces: ['Independence']
	}
];

const STILL_PLACES: TrapText[] = [
	{
		// parts within 150 km of the city
		text: "Flights left Tokyo's Narita and Seoul's Incheon, and workers in Dhaka's Savar walked out.",
		places: ['Narita → JP', 'Incheon → KR', 'Savar → BD'],
		notPlaces: []
	},
	{
		// the possessor names a state too
		text: "Police in São Paulo's Campinas and Ribeirão Preto made arrests.",
		places: ['Campinas → BR', 'Ribeirão Preto → BR'],
		notPlaces: []
	},
	{
		// the possessor is read as a state elsewhere in the text (world-s54 A: Toro, 90 km from Bauchi city)
		text: "Cases rose in Ondo, Edo and Bauchi states. Bauchi's Toro and Tafawa Balewa have reported deaths among nurses.",
		places: ['Toro → NG', 'Tafawa Balewa → NG'],
		notPlaces: []
	},
	{
		// a list item that owns what follows it is another city's
		text: "Garment workers struck in Dhaka's Savar and in Mymensingh's Bhaluka.",
		places: ['Savar → BD', 'Mymensingh → BD'],
		notPlaces: []
	}
];

describeTraps("far places after a city's possessive", FAR_PARTS);
describeTraps("places after a city's possessive the rule leaves", STILL_PLACES);
