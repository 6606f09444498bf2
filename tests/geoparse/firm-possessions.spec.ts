// What only a firm owns or is run by (its shares, shareholders, chief executive, chairman), after the
// possessive of a town's or a region's name, makes the name a firm's, not the place; what a town or a
// county has too (a mayor, earnings from tourism, a board's chairman) leaves it the place. Written for
// these tests (none copied); no firm is listed in the geoparser.
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const FIRMS: TrapText[] = [
	{ text: "Toyota's chief executive apologised for the recall on Tuesday.", places: [], notPlaces: ['Toyota'] },
	{ text: "Tata's shareholders approved the deal in Mumbai.", places: ['Mumbai → IN'], notPlaces: ['Tata'] },
	{ text: "Nokia's share price slipped after the results.", places: [], notPlaces: ['Nokia'] }
];

const PLACES: TrapText[] = [
	{ text: "Toyota's mayor said the city would build a new stadium.", places: ['Toyota → JP'], notPlaces: [] },
	{ text: "Kane County's chairman proposed a new budget.", places: ['Kane County → US'], notPlaces: [] },
	{ text: "Dubai's earnings from tourism rose 12% last year.", places: ['Dubai → AE'], notPlaces: [] }
];

// a public body's officers: a state's chief (its governor), an officer named by title, or "of the" board
const PUBLIC_OFFICES: TrapText[] = [
	{ text: "Iowa's chief executive, Gov. Kim Reynolds, vetoed the tax bill.", places: ['Iowa → US'], notPlaces: [] },
	{ text: "Texas's chief executive signed the state budget late on Friday.", places: ['Texas → US'], notPlaces: [] },
	{ text: "Tampa's chief executive, Mayor Jane Castor, opened the new park.", places: ['Tampa → US'], notPlaces: [] },
	{ text: "Denver's chairman of the zoning board resigned on Monday.", places: ['Denver → US'], notPlaces: [] },
	{ text: "Boston's CEO of the housing authority answered questions.", places: ['Boston → US'], notPlaces: [] }
];

// a firm read once does not take the mentions that a place cue of their own holds
const SPREAD: TrapText[] = [
	{
		text: "Trains run from the city of Toyota to Nagoya. Toyota's mayor cut the ribbon, and Toyota's chief executive clapped.",
		places: ['Toyota → JP', 'Nagoya → JP'],
		notPlaces: []
	}
];

describeTraps("a town's or a region's name before a firm's possessions is the firm", FIRMS);
describeTraps("a town's or a county's own possessions leave it the place", PLACES);
describeTraps("a public body's officers after a name leave it the place", PUBLIC_OFFICES);
describeTraps('a firm read once does not take mentions a place cue holds', SPREAD);

describe('a firm read by its possessions once', () => {
	it('leaves "the city of X" and "X\'s mayor" the place, and only its own mention the firm\'s', async () => {
		const text = "Trains run from the city of Toyota to Nagoya. Toyota's mayor cut the ribbon, and Toyota's chief executive clapped.";
		const toyotas = geoparse(text, await testGazetteer()).filter((t) => t.name === 'Toyota' && t.usage !== 'embedded');
		expect(toyotas.map((t) => text.slice(t.start, t.start + 15))).toEqual(['Toyota to Nagoy', "Toyota's mayor "]);
	});
	it('still takes a bare mention with no place cue of its own', async () => {
		const text = "Toyota's chief executive apologised. Toyota will recall the cars next month.";
		expect(geoparse(text, await testGazetteer()).filter((t) => t.name === 'Toyota')).toEqual([]);
	});
});
