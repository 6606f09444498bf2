// "Shares of Tata rose", "shareholders of Toyota voted": a firm's holdings and "of" before a name that ends the
// phrase (a verb, punctuation or the end after it) make the name the firm's; "the stock of Boston housing",
// "shares of Houston homes" stay the places. Written for these tests (none copied); no firm is listed.
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FIRMS: TrapText[] = [
	{ text: 'Shares of Tata rose 4% in Mumbai after the results.', places: ['Mumbai → IN'], notPlaces: ['Tata'] },
	{ text: 'Shares of Toyota fell after the recall was announced.', places: [], notPlaces: ['Toyota'] }
];

const PLACES: TrapText[] = [
	{ text: 'The stock of Boston housing is among the oldest in the country.', places: ['Boston → US'], notPlaces: [] },
	{ text: 'Shares of Houston homes sold above the asking price rose this year.', places: ['Houston → US'], notPlaces: [] },
	{ text: 'The Toyota Motor plant in Toyota, Aichi, reopened on Monday.', places: ['Toyota → JP'], notPlaces: [] }
];

describeTraps('a firm\'s holdings and "of" before a name ending its phrase make it the firm', FIRMS);
describeTraps('holdings of a place\'s things leave the place', PLACES);
