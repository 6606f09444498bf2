// A name the text has given in full as an organisation's ("Delta Air Lines", "the Mayo Clinic") is that
// organisation where it later stands bare as the subject of a verb, before a possessive that is no town's
// own, before the people it employs, or before a clause about it ("Delta said", "Mayo's doctors", "Mayo
// researchers will publish", "Mayo, which runs…"), unless the text
// places the name with a cue of its own ("in Mayo", "Delta, British Columbia") or the place is one a reader
// knows first as a place (a city known abroad, a country, a state of the text's country). Written for these
// tests (none copied); no firm is listed in the geoparser.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FIRMS: TrapText[] = [
	{
		text: 'Delta Air Lines cut its forecast on Tuesday. Delta said fuel costs had risen sharply, and Delta expects fewer passengers in the spring.',
		places: [],
		notPlaces: [],
		embeddedOnly: ['Delta']
	},
	{
		// (the name in full ends before the pronoun "I": leads s46)
		text: '"After my dismissal by Delta Airlines I am filing a complaint," she said. Delta has declined to comment.',
		places: [],
		notPlaces: [],
		embeddedOnly: ['Delta']
	},
	{
		text: "Researchers at the Mayo Clinic published the study on Monday. Mayo's doctors followed 4,000 patients for a decade.",
		places: [],
		notPlaces: ['Mayo'],
		embeddedOnly: ['Mayo Clinic']
	},
	{
		text: 'Surgeons at the Mayo Clinic tried the device first, and Mayo researchers will publish the results next year.',
		places: [],
		notPlaces: ['Mayo'],
		embeddedOnly: ['Mayo Clinic']
	},
	{
		text: 'The Mayo Clinic will open a cancer centre next year. Mayo, which already runs two hospitals, employs 9,000 people in the region.',
		places: [],
		notPlaces: ['Mayo'],
		embeddedOnly: ['Mayo Clinic']
	},
	// in a headline or a list, with no verb or possessive of its own, where nothing but the town's size or the
	// text's country chose the town (session 42's BBC audit: "with Delta, Continental and American Airlines")
	{
		text: 'Delta cuts fares in survival plan\nDelta Air Lines is cutting domestic fares by half. Airline shares closed lower, with Delta, United and American Airlines all falling.',
		places: [],
		notPlaces: [],
		embeddedOnly: ['Delta']
	},
	{
		text: 'The once-famous Commodore computer brand has been bought from Commodore International, and the sale of Commodore should be complete within weeks.',
		places: [],
		notPlaces: [],
		embeddedOnly: ['Commodore']
	}
];

const PLACES: TrapText[] = [
	{ text: 'Flights to Delta Junction resumed on Monday after the storm, the airport said.', places: ['Delta Junction → US'], notPlaces: [] },
	{ text: 'She was born in Mayo, joined the Mayo Clinic in 1990, and Mayo’s county council later honoured her.', places: ['Mayo → IE'], notPlaces: [] },
	{ text: 'The Mayo Clinic opened a campus in Jacksonville, Florida. Patients in Mayo, Ireland, are unaffected.', places: ['Mayo → IE', 'Jacksonville → US'], notPlaces: [] },
	{ text: 'Heavy rain hit Delta, British Columbia, on Tuesday. Delta has opened two shelters, officials said.', places: ['Delta → CA'], notPlaces: [] },
	{ text: 'Delta Air Lines will open a call centre in Delta, Utah. The mayor said Delta, Fillmore and Nephi would share the jobs.', places: ['Delta → US', 'Fillmore → US', 'Nephi → US'], notPlaces: [] },
	{ text: 'The Chicago Tribune reported on the strike. Chicago has hired mediators to end it.', places: ['Chicago → US'], notPlaces: [] },
	{ text: 'Texas Instruments opened a plant in Dallas. Texas has offered tax breaks to chip makers.', places: ['Texas → US', 'Dallas → US'], notPlaces: [] },
	{ text: 'A bookshop in the student quarter of Cambridge has closed after 40 years, and Cambridge University Press bought the building.', places: ['Cambridge → GB'], notPlaces: [] },
	{ text: 'Air China added flights to Rome. China said it would ease visa rules for Italians.', places: ['China → CN'], notPlaces: [] }
];

describeTraps('a bare name after the organisation named in full is the organisation where it acts as one', FIRMS);
describeTraps('a name the text places, or a place known first as a place, stays the place after a firm of its name', PLACES);
