// The items of a list lie together: a small town that nothing but its size or its country chose, lying more
// than 800 km from every other item of its list, is no place the text means (the divisions a gazetteer
// lacks, read as namesakes abroad). Written for these tests (none copied); list-strays.ts lists no place.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const LIST_STRAYS: TrapText[] = [
	{
		text: 'Public Health Ontario said the highest rates of Lyme disease were in Kingston, Frontenac and Lennox and Addington, east of Lake Ontario.',
		places: ['Lake Ontario → null'],
		notPlaces: ['Frontenac', 'Lennox', 'Addington']
	}
];

const STILL_PLACES: TrapText[] = [
	{
		text: 'Flights resumed to Lagos, Nairobi and Johannesburg on Monday.',
		places: ['Lagos → NG', 'Nairobi → KE', 'Johannesburg → ZA'],
		notPlaces: []
	},
	{
		text: 'Cases were reported in Kasese, Bundibugyo and Ntoroko, near the border with Congo.',
		places: ['Kasese → UG', 'Bundibugyo → UG', 'Ntoroko → UG'],
		notPlaces: []
	},
	// lists from one large country: a town beside a surely placed item of its own country is of that country
	{
		text: 'Qantas flies from Sydney, Melbourne and Alice Springs.',
		places: ['Sydney → AU', 'Melbourne → AU', 'Alice Springs → AU'],
		notPlaces: []
	},
	{
		text: 'Officials in Ottawa, Toronto and Whitehorse met.',
		places: ['Ottawa → CA', 'Toronto → CA', 'Whitehorse → CA'],
		notPlaces: []
	},
	{
		text: 'The storm passed near Perth, Adelaide and Broome.',
		places: ['Perth → AU', 'Adelaide → AU', 'Broome → AU'],
		notPlaces: []
	}
];

describeTraps('a small town far from the rest of its list', LIST_STRAYS);
describeTraps('lists the rule leaves', STILL_PLACES);
