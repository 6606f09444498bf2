// A name written with a capital inside a word ("NoMa", "SoHo", "BlackRock") names only a place whose own
// name is written the same way; the name table folds case, so without this "NoMa" read as Nome (one of
// whose other names is "Noma"), "SoHo" as London's Soho and "BlackRock" as Blackrock near Dublin. A surname
// particle before the capital ("McAllen", "DeKalb", "LaGrange" for La Grange) is ordinary spelling and
// keeps every place of the name. Written for these tests (none copied).
import { describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const CAMEL_CASE: TrapText[] = [
	{ text: 'Flights to Nome were cancelled by the storm. A new bakery opened in NoMa, near Union Station in Washington.', places: ['Nome → US', 'NoMa → US', 'Washington → US'], notPlaces: [] },
	{ text: 'A gallery in SoHo closed last week, its owner said.', places: [], notPlaces: ['SoHo'] },
	{ text: 'Investors in Dublin, including BlackRock, bought most of the bonds.', places: ['Dublin → IE'], notPlaces: ['BlackRock'] }
];

const PARTICLES: TrapText[] = [
	{ text: 'Officials in McAllen and in DeKalb County met on Tuesday.', places: ['McAllen → US', 'DeKalb County → US'], notPlaces: [] },
	{ text: 'The plant in LaGrange, Georgia, will add 300 jobs.', places: ['LaGrange → US'], notPlaces: [] },
	{ text: 'The sawmill in MacKenzie, British Columbia, will reopen in the spring.', places: ['MacKenzie → CA'], notPlaces: [] },
	{ text: 'Heavy snow closed schools in Blackrock, County Dublin, and in Soho, London.', places: ['Blackrock → IE', 'Soho → GB'], notPlaces: [] }
];

describeTraps('a name with a capital inside a word names only places written so', CAMEL_CASE);
describeTraps('a surname particle before a capital, and names in ordinary case, keep their places', PARTICLES);

describe('a camel-cased name beside an ordinary-case namesake', () => {
	it('reads "NoMa" as the neighbourhood of that name, not as Nome named just before', async () => {
		const text = 'Flights to Nome were cancelled. A restaurant in NoMa opened on Friday.';
		const read = geoparse(text, await testGazetteer()).map((t) => `${t.name} → ${t.placeName}`);
		expect(read).toEqual(['Nome → Nome', 'NoMa → NoMa']);
	});
});

// where no place is written as the text writes the name ("PyeongChang" for Pyeongchang), the case-folded
// places stand only where a qualifier after the name or a country the text names holds them
const WRITTEN_OTHERWISE: TrapText[] = [
	{ text: 'The Winter Olympics were held in PyeongChang, South Korea, in 2018.', places: ['PyeongChang → KR'], notPlaces: [] },
	{ text: 'Athletes arrived in PyeongChang on Friday. South Korea spent billions on the games.', places: ['PyeongChang → KR'], notPlaces: [] },
	{ text: 'Athletes arrived in PyeongChang on Friday for the final week of training.', places: [], notPlaces: ['PyeongChang'] }
];

describeTraps('a camel-cased name no place is written as stands where a qualifier or a named country holds it', WRITTEN_OTHERWISE);
