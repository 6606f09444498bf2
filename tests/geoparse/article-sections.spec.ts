// What the History, Geography, Notable people and Twin towns sections of whole articles about small places
// name (tests/geoparse/wiki-held-out-articles.ts is the held-out batch; these texts were written for the
// tests): historical lands, emigrants' origins, rivers after "the", colonies and territories named after
// countries, eras, relatives' first names, twin towns abroad. Against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });
const names = (text: string) => read(text).map((line) => line.split(' → ')[0]);

const SOUTH_DAKOTA_TOWN = 'Tyndall is a city in Bon Homme County, South Dakota, United States, on State Highway 50. ';

describe('a historical land of Europe (data/gazetteer/features.tsv)', () => {
	it('is the land, not a small American town of its name, where emigrants came from it', () => {
		const text = `${SOUTH_DAKOTA_TOWN}Most of its first farmers were Czech immigrants from Bohemia and Moravia.`;
		expect(placeOf(gazetteer, text, 'Bohemia')).toBe('region CZ/null');
		expect(placeOf(gazetteer, text, 'Moravia')).toBe('region CZ/null');
	});

	it('is Galicia of Poland and Ukraine in a text about Lviv, the Spanish region elsewhere', () => {
		const lviv = 'Zhovkva is a city in Lviv Oblast, Ukraine. From 1772 to 1918 it lay in Galicia, a crown land of the Habsburgs.';
		expect(placeOf(gazetteer, lviv, 'Galicia')).toBe('region PL/null');
		expect(placeOf(gazetteer, 'Santiago de Compostela is the capital of Galicia, in north-western Spain.', 'Galicia')).toBe('region ES/58');
	});

	it('is the town of a county or state the sentence names, not the land', () => {
		expect(placeOf(gazetteer, 'A crash in Bohemia on Sunday injured two people, Suffolk County police said.', 'Bohemia')).toBe('city US/NY');
		expect(placeOf(gazetteer, 'Hikers were rescued near Franconia on Saturday, New Hampshire Fish and Game said.', 'Franconia')).toBe('city US/NH');
		expect(placeOf(gazetteer, 'The school board in Westphalia voted to close the old gym, the Clinton County clerk said.', 'Westphalia')).toBe('city US/MI');
	});

	it('stays the land in a history that names no parent of a namesake', () => {
		// (the state's title is part of the toponym: state-titles.ts)
		expect(placeOf(gazetteer, 'For centuries the village belonged to an estate in the Kingdom of Bohemia, part of the Habsburg lands.', 'Kingdom of Bohemia')).toBe('region CZ/null');
		expect(placeOf(gazetteer, `${SOUTH_DAKOTA_TOWN}Its founders had moved from Westphalia to Ohio before they came west.`, 'Westphalia')).toBe('region DE/null');
		expect(placeOf(gazetteer, 'Many of the settlers in Texas came from Franconia and Swabia in the 1840s.', 'Franconia')).toBe('region DE/null');
	});

	it('leaves a local town of that name to a local story', () => {
		expect(placeOf(gazetteer, 'The Moravia Central School District in Cayuga County, N.Y., closed on Monday. Moravia lies south of Auburn.', 'Moravia')).toBe('city US/NY');
		// (the county its sentence names is weighed as a parent though the land is the name's first reading)
		expect(placeOf(gazetteer, 'Suffolk County police said the crash in Bohemia injured two people.', 'Bohemia')).toBe('city US/NY');
		expect(placeOf(gazetteer, 'The Westphalia Lions beat Fowler 42-7 on Friday in Clinton County.', 'Westphalia')).toBe('city US/MI');
	});
});

describe('a name after "the" that ends its phrase', () => {
	it('is the river where the gazetteer has one, not a town of the text\'s state', () => {
		const text = `${SOUTH_DAKOTA_TOWN}Germans from Russia who had left the Volga and the Black Sea coast settled in the county.`;
		expect(placeOf(gazetteer, text, 'Volga')).toBe('water RU/null');
	});

	it('is the town without the article', () => {
		expect(placeOf(gazetteer, `${SOUTH_DAKOTA_TOWN}Volga lies west of Brookings.`, 'Volga')).toBe('city US/SD');
	});
});

describe('a country\'s name or demonym inside a longer name', () => {
	it('is no country in a colony\'s, a territory\'s, a river\'s or a village\'s name', () => {
		expect(names('The expedition came north from New Spain in 1541.')).not.toContain('Spain');
		expect(names('The Cherokee moved to Indian Territory in 1838.')).not.toContain('Indian');
		expect(names('Spillville lies on the Turkey River in Winneshiek County, Iowa.')).not.toContain('Turkey');
		expect(names('Ston is a village in Dubrovnik-Neretva County, Croatia. Mali Ston lies 1 km to the north-east.')).not.toContain('Mali');
	});

	it('is no region in a colony\'s name either ("New Galicia", "New Castile")', () => {
		expect(names('The mining town was founded in 1548 in New Galicia, a kingdom of the viceroyalty.')).not.toContain('Galicia');
		expect(names('Settlers came from New Castile and from Catalonia.')).toContain('Catalonia');
		expect(names('Settlers came from New Castile and from Catalonia.')).not.toContain('Castile');
	});

	it('keeps the region after "New" used as an adjective of a noun phrase, and the colony where "New X" is a name', () => {
		expect(names('New Ohio rules on school buses begin in March in every county.')).toContain('Ohio');
		expect(names('New Nebraska taxes on farmland were approved by voters.')).toContain('Nebraska');
		expect(names('New Galicia was a kingdom of the viceroyalty.')).not.toContain('Galicia');
		expect(names('Silver left the mines of New Castile by mule train.')).not.toContain('Castile');
	});

	it('is no country in one feature\'s name a demonym heads ("French Mountain", "Indian Island")', () => {
		expect(names('Chéticamp lies at the foot of French Mountain, north of Margaree Harbour, Nova Scotia.')).not.toContain('French');
		expect(names('The Penobscot reservation on Indian Island lies within the city limits of Old Town, Maine.')).not.toContain('Indian');
		expect(names('Vancouver\'s beaches run from English Bay to Spanish Banks, in British Columbia.')).not.toContain('English');
		// (a people's adjective before a lower-case feature word, or before a range's or a group's plural, still names its land)
		expect(names('Ferries sail from Piraeus to the Greek islands every morning.')).toContain('Greek');
		expect(names('The French Alps rise east of Grenoble.')).toContain('French');
		expect(names('Tourists from the Swiss Riviera and the Italian Lakes came by train.')).toContain('Italian');
		// (nor where the head opens or is qualified by the next name, or an article makes it a common noun)
		expect(names('Tourists crowded the Swiss Lake Geneva shore at Montreux.')).toContain('Swiss');
		expect(names('Wildfires burned on the Greek Island of Rhodes in July.')).toContain('Greek');
		expect(names('Corfu, a Greek Island in the Ionian Sea, lies off Albania.')).toContain('Greek');
		expect(names('Greek Island Wildfires Force Evacuations Near Athens')).toContain('Greek');
		expect(names('The Japanese Island nation imports most of its oil through Yokohama.')).toContain('Japanese');
	});

	it('stays the country on its own, in a list and in the names the gazetteer has', () => {
		expect(names('Silver went by mule train to the coast and on to Spain.')).toContain('Spain');
		expect(names('Troops from Mali, Niger and Chad met in Niamey.')).toContain('Mali');
		expect(names('The flight from Istanbul to Turkey\'s east was cancelled.')).toContain('Turkey');
		expect(read('Sheep are raised in New Mexico and Arizona.')).toContain('New Mexico → region US/NM');
	});
});

describe('two countries\' names joined by a hyphen', () => {
	it('are a union, neither country, where the joined name ends its phrase', () => {
		const text = 'Ston belonged to the Kingdom of Dalmatia, a crown land of Austria-Hungary, until 1918; Dubrovnik lay in Austria-Hungary until 1918.';
		expect(names(text)).not.toContain('Austria');
		expect(names(text)).not.toContain('Hungary');
	});

	it('are the two countries before a noun', () => {
		expect(names('The Russia-Ukraine war began in 2022.')).toEqual(['Russia', 'Ukraine']);
	});
});

describe('a German, Dutch or Italian name joined by a lower-case word', () => {
	it('is read whole where the gazetteer has it', () => {
		expect(names('Rothenburg ob der Tauber is a town in Bavaria, Germany.')).toEqual(['Rothenburg ob der Tauber', 'Bavaria', 'Germany']);
		expect(names('He lived in Neustadt bei Coburg, then in Bergen op Zoom and Alphen aan den Rijn.')).toEqual(['Neustadt bei Coburg', 'Bergen op Zoom', 'Alphen aan den Rijn']);
		expect(names('Castiglione della Pescaia is a town in Tuscany.')).toContain('Castiglione della Pescaia');
		// (wiki-s44 A: "allo" was no particle, and Prato, Tuscany, was read inside the South Tyrolean village's name)
		expect(names('The pass road descends to Prato allo Stelvio in the Vinschgau.')).toContain('Prato allo Stelvio');
		expect(names('The road from Prato to Florence was closed.')).toEqual(['Prato', 'Florence']);
	});
});

describe('a stream\'s name that is only an old name of a town elsewhere', () => {
	it('is no town (Duck Creek was Garland, Texas)', () => {
		expect(names('Marietta is a city in Washington County, Ohio. Duck Creek enters the Ohio River at the eastern edge of the city.')).not.toContain('Duck Creek');
	});
});

describe('a sea\'s name in a Climate section', () => {
	it('is the climate type before "climate" or a Köppen class, the sea elsewhere', () => {
		expect(names('Ston has a Mediterranean climate with hot dry summers.')).not.toContain('Mediterranean');
		expect(names('The climate is Mediterranean (Köppen Csa), with hot dry summers.')).not.toContain('Mediterranean');
		expect(names('Migrants crossed the Mediterranean, and the climate was harsh.')).toContain('Mediterranean');
	});
});

describe('an era after the word for the period', () => {
	it('is no British Columbia', () => {
		expect(names('The Etruscans founded the town in the 6th century BC.')).not.toContain('BC');
		expect(names('Kamloops, BC, lies on the Thompson River.')).toContain('BC');
	});
});

describe('first names after a plural word for relatives', () => {
	it('are people, not the towns of their names', () => {
		expect(names('Patrick Brontë became curate of Haworth, West Yorkshire, in 1820, and his daughters Charlotte, Emily and Anne wrote their novels there.')).not.toContain('Charlotte');
	});
});

describe('a town abroad in a described place\'s twin-town sentence', () => {
	it('is kept where the sentence names its country', () => {
		const text =
			'Saschiz is a commune in Mureș County, Transylvania, Romania. It lies on the Târnava Mare between Sighișoara and Rupea. Saschiz is twinned with Wallersdorf in Bavaria, Germany.';
		expect(read(text)).toContain('Wallersdorf → city DE/02');
	});
});
