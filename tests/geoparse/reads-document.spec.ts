// Resolution reads the document: parents named in the sentence or the opening, the kind of place a
// phrase names, lists of places of one kind, and given spans. General rules, checked on sentences
// written for these tests against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type GeoparseOptions } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string, options: GeoparseOptions = {}) => readPlaces(gazetteer, text, { geoparse: options });

describe('parents named in the sentence or the opening', () => {
	it('puts a town under a region named as its container anywhere in the sentence', () => {
		expect(read('Greenville is the county seat of Butler County in southern Alabama.')[0]).toBe('Greenville → city US/AL');
		expect(read('Salem, in Washington County, Indiana, voted.')[0]).toBe('Salem → city US/IN');
	});

	it('reads "the county seat" and "the Borough of" as a town, keeping it without other support', () => {
		expect(read('Greenville is the county seat.')).toEqual(['Greenville → city US/NC']);
		expect(read('The Borough of Greenville is accepting applications.')).toHaveLength(1);
	});

	it('reads parents in the opening for a later sentence', () => {
		expect(read('A guide to Alabama.\n\nVisitors to Greenville find a quiet downtown.')[1]).toBe('Greenville → city US/AL');
	});

	it('adds up different parents: the one town of a name in both the named county and the named state', () => {
		// thirty Washington Counties: only the state decides which, so both have to count
		expect(read('Washington is a city in and the county seat of Washington County, Kansas, United States.')[0]).toBe('Washington → city US/KS');
		expect(read('Washington is located in north central Kansas, and is the county seat for Washington County.')[0]).toBe('Washington → city US/KS');
	});

	it('takes a county named anywhere in the text as a parent, by the one reading it has', () => {
		const text = 'The museum opened in 1990. Visitors come all year. The old courthouse stands in Washington. It lies in Hempstead County.';
		expect(read(text)[0]).toBe('Washington → city US/AR');
	});

	it('takes a county named anywhere in the sentence as a container, however it is named', () => {
		expect(read('The old Meriwether County courthouse in Greenville burned in 1976.')[1]).toBe('Greenville → city US/GA');
	});

	it('qualifies by a US state postal code after the comma, and only by a real one', () => {
		expect(read('Washington, IL was founded in 1825.')[0]).toBe('Washington → city US/IL');
		expect(read('Greenville, GA. is small.')[0]).toBe('Greenville → city US/GA');
		expect(read('Washington, IL-2 was founded in 1825.')[0]).toBe('Washington → city US/DC');
		expect(read('Washington, ZZ was founded in 1825.')[0]).toBe('Washington → city US/DC');
	});

	it('pulls a namesake to where the other names of the text agree, not for a single big anchor', () => {
		expect(read('A new rail line will run from Peoria through Washington and on to Chicago.')[1]).toBe('Washington → city US/IL');
		expect(read('Talks in Washington ended; the delegates flew on to Chicago.')[0]).toBe('Washington → city US/DC');
	});

	it('keeps a dominant namesake when the region is named only in passing', () => {
		expect(read('Paris was quiet as Trump flew to Texas.')[0]).toBe('Paris → city FR/11');
	});

	it('qualifies by the adjacent region, preferring a town’s own name to another’s old one', () => {
		expect(read('The Theatre at Washington, Virginia opened.')[0]).toBe('Washington → city US/VA');
		expect(read('She studied in Athens, Georgia.')).toEqual(['Athens → city US/GA', 'Georgia → region US/GA']);
		expect(read('Rain in Portland, Maine and in Portland, Oregon.')).toEqual([
			'Portland → city US/ME',
			'Maine → region US/ME',
			'Portland → city US/OR',
			'Oregon → region US/OR'
		]);
	});
});

describe('the kind of place a phrase names', () => {
	it('reads "the state of Washington" as the state and "the Town of Washington" as no capital', () => {
		expect(read('Fires spread across the state of Washington.')).toEqual(['Washington → region US/WA']);
		const [town] = geoparse('The Town of Washington was incorporated in 1779.', gazetteer);
		expect(town!.placeId).not.toBe('gn:4140963');
		expect(town!.kind).toBe('city');
	});
});

describe('a namesake abroad that size alone chose', () => {
	it('is left to the context where a namesake in the text’s country lies among its places', () => {
		// Beijing, once called Pekin, is the biggest bearer of the name; the text is about southern Indiana
		const pekin = geoparse('Salem, Indiana is small. We drove on to Pekin.', gazetteer).find((t) => t.name === 'Pekin');
		expect(pekin!.country).toBe('US');
		// a city known abroad, with no namesake among the text's places, stays itself
		expect(read('Talks in Geneva ended; the delegates flew back to New York.')[0]).toBe('Geneva → city CH/GE');
	});
});

describe('a quarter of a land', () => {
	it('reads "eastern Washington" as the state where the bare name is a city, a country as the country', () => {
		expect(read('Wildfires burned in eastern Washington all week.')).toEqual(['Washington → region US/WA']);
		expect(read('Snow fell across western New York.')).toEqual(['New York → region US/NY']);
		expect(read('Drought hit northern Mexico.')).toEqual(['Mexico → country MX/null']);
		// a city with no region of its name stays the city
		expect(read('Shops in central London closed.')).toEqual(['London → city GB/ENG']);
	});
});

describe('regions named by a position word', () => {
	it('are not the region of that name in a country the text never names', () => {
		const text = 'Kalateh is a village in the Central District of Esfarayen County, North Khorasan Province, Iran.';
		expect(read(text).some((t) => t.startsWith('Central District'))).toBe(false);
		expect(read('Floods hit the Central District of Botswana near Serowe.')[0]).toBe('Central District → region BW/01');
	});
});

describe('a stated population', () => {
	it('picks the homonym of about that size, in the sentence or the next one', () => {
		expect(read('Washington is a city. As of the 2020 census, the population of the city was 1,077.')[0]).toBe('Washington → city US/KS');
		expect(read('The Borough of Greenville, with approximately 5,900 inhabitants, is a fine residential community.')[0]).toBe('Greenville → city US/PA');
	});

	it('does not read a crowd as the place’s size', () => {
		expect(read('Talks in Washington drew 5,000 people.')[0]).toBe('Washington → city US/DC');
	});
});

describe('lists', () => {
	it('reads a list of states as states and a list of countries as countries', () => {
		expect(read('Voters in Michigan, Oregon, New Mexico and Idaho approved it.')).toEqual([
			'Michigan → region US/MI',
			'Oregon → region US/OR',
			'New Mexico → region US/NM',
			'Idaho → region US/ID'
		]);
		expect(read('Exports to Mexico, China, Japan rose.').map((t) => t.split(' → ')[1]!.split(' ')[0])).toEqual(['country', 'country', 'country']);
	});

	it('reads Georgia as the US state beside Texas and Alabama, and as the country beside Armenia', () => {
		expect(read('Storms hit Texas, Georgia and Alabama.')[1]).toBe('Georgia → region US/GA');
		expect(read('Talks between Armenia and Georgia resumed in Tbilisi.')[1]).toBe('Georgia → country GE/null');
	});
});

describe('given spans', () => {
	it('resolves exactly the given spans, whatever their case, with the recognised places as context', () => {
		const text = 'the plant in marion, near Cedar Rapids, Iowa, closed.';
		const toponyms = geoparse(text, gazetteer, { spans: [{ start: 13, end: 19 }] });
		expect(toponyms).toHaveLength(1);
		expect(toponyms[0]).toMatchObject({ start: 13, end: 19, name: 'marion', country: 'US' });
		expect(gazetteer.places[gazetteer.byId.get(toponyms[0]!.placeId)!]!.admin1).toBe('IA');
	});

	it('reads the place names in lower-case text around a given span, a town’s own name only', () => {
		const admin1 = (text: string) => {
			const [toponym] = geoparse(text, gazetteer, { spans: [{ start: 0, end: text.indexOf(' ') }] });
			return toponym && `${toponym.placeName} ${toponym.country}/${gazetteer.places[gazetteer.byId.get(toponym.placeId)!]!.admin1}`;
		};
		expect(admin1('washington lies east of peoria, on the road to bloomington.')).toBe('Washington US/IL');
		// a county in lower case is a parent; the town's own one-word name is not a county
		expect(admin1('dover township covers 42 square miles in the northwestern part of york county.')).toBe('Dover US/PA');
		expect(admin1('dover is quiet this week.')).toBe('Dover US/DE');
		expect(admin1('greenville is the county seat of pitt county, near tarboro and kinston.')).toBe('Greenville US/NC');
		expect(admin1('springfield lies near decatur, jacksonville and lincoln.')).toBe('Springfield US/IL');
		// a county's name is the county's, not also a town of its first word (Carlisle, Massachusetts)
		expect(admin1('arlington has an old mill; it lies in carlisle county.')).toBe('Arlington US/KY');
	});

	it('reads a given span that stops short of its county’s name as the counties of that name, for the other spans', () => {
		const text = 'salem is a small city in salem county, on the river.';
		const spans = [0, 25].map((start) => ({ start, end: start + 5 }));
		const [town] = geoparse(text, gazetteer, { spans });
		expect(`${town!.placeName} ${town!.country}/${gazetteer.places[gazetteer.byId.get(town!.placeId)!]!.admin1}`).toBe('Salem US/NJ');
	});

	it('prefers the places a common name belongs to over a big city it is only an old name of', () => {
		for (const name of ['salem', 'milford']) {
			const text = `the old mill in ${name} burned down.`;
			const [toponym] = geoparse(text, gazetteer, { spans: [{ start: 16, end: 16 + name.length }] });
			expect(toponym!.placeName.toLowerCase()).toBe(name);
		}
		// a spelling of the city's own name, and no town of its country bears it: its name abroad
		expect(read('Talks resumed in Geneva.')[0]).toBe('Geneva → city CH/GE');
		// a city's other name that towns of its own country bear is not what a text means by it
		expect(read('Canals and gondolas: a week in Venice.')[0]).toBe('Venice → city IT/20');
	});

	it('gives nothing for a span off word boundaries or unknown to the gazetteer', () => {
		expect(geoparse('Flights to Paris.', gazetteer, { spans: [{ start: 12, end: 16 }] })).toEqual([]);
		expect(geoparse('Off the map: Xyzzy.', gazetteer, { spans: [{ start: 13, end: 18 }] })).toEqual([]);
	});

	it('lists alternatives only when asked, best first, with their share of the doubt', () => {
		const [plain] = geoparse('Rain in Paris.', gazetteer);
		expect(plain!.alternatives).toBeUndefined();
		const [paris] = geoparse('Rain in Paris.', gazetteer, { alternatives: 3 });
		expect(paris!.alternatives).toHaveLength(3);
		const scores = paris!.alternatives!.map((a) => a.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
		expect(scores.reduce((a, b) => a + b, 0)).toBeLessThan(1 - paris!.score + 0.01);
	});
});
