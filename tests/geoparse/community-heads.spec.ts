// "the East African Community", "the West African Health Organisation", "the Trade Promotion Organization of
// Iran": a community or an organisation is a body, and a place's name or demonym inside its name is a word
// of that name (embedded), as it is in "the African Union". Texts written for these tests.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const BODIES: TrapText[] = [
	{
		text: 'The East African Community asked its members in Nairobi to share rainfall forecasts.',
		places: ['Nairobi → KE'],
		notPlaces: [],
		embeddedOnly: ['East African']
	},
	{
		text: 'The West African Health Organisation sent experts to Monrovia.',
		places: ['Monrovia → LR'],
		notPlaces: [],
		embeddedOnly: ['West African']
	}
];

describeTraps('a community or an organisation named after a place', BODIES);
