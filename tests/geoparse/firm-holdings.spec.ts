// "Shares of Tata rose", "shareholders of Toyota voted": a firm's holdings and "of" before a name that ends the
// phrase (a verb, punctuation or the end after it) make the name the firm's; "the stock of Boston housing",
// "shares of Houston homes" stay the places. British "shares in Jarvis rose" is the firm too where the
// shares open the phrase and the name is no market's city (a capital or a large city: "Shares in Tokyo fell").
// Written for these tests (none copied); no firm is listed.
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

const SHARES_IN_FIRMS: TrapText[] = [
	{ text: 'Shares in Wembley fell 5% by noon after the warning.', places: [], notPlaces: ['Wembley'] },
	{ text: 'Profits doubled, and shares in Jarvis rose 16% in London.', places: ['London → GB'], notPlaces: ['Jarvis'] }
];

const SHARES_IN_MARKETS: TrapText[] = [
	{ text: 'Shares in Tokyo fell 1% on Monday.', places: ['Tokyo → JP'], notPlaces: [] },
	{ text: 'Shares in Frankfurt rose after the rate cut.', places: ['Frankfurt → DE'], notPlaces: [] },
	{ text: 'Ordco shares in Reading rose 3% at the close.', places: ['Reading → GB'], notPlaces: [] }
];

describeTraps('a firm\'s holdings and "of" before a name ending its phrase make it the firm', FIRMS);
describeTraps('"Shares in" a name that is no market\'s city make it the firm', SHARES_IN_FIRMS);
describeTraps('"shares in" a market\'s city, or after a firm\'s name, leave the place', SHARES_IN_MARKETS);
describeTraps('holdings of a place\'s things leave the place', PLACES);
