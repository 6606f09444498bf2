// The document as context beyond the sentence: a state or county named anywhere, and the states whose
// bare names the gazetteer gives to cities ("New York", "Washington"). Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text);

describe('states whose bare name is a city’s', () => {
	it('qualify the town before them', () => {
		expect(read('The firm moved from Albany, New York to Olympia, Washington last year.')).toEqual([
			'Albany → city US/NY',
			'New York → region US/NY',
			'Olympia → city US/WA',
			'Washington → region US/WA'
		]);
		expect(read('Vancouver, Washington police said the suspect fled.')[1]).toBe('Washington → region US/WA');
	});

	it('keep their reading down a chain of qualifiers', () => {
		expect(read('Delhi is a town in Delaware County, New York, United States.').slice(0, 3)).toEqual([
			'Delhi → city US/NY',
			'Delaware County → district US/NY',
			'New York → region US/NY'
		]);
	});

	it('are no qualifier in a list of cities', () => {
		expect(read('After stops in Washington, New York and Boston, the prince flew west.')).toEqual([
			'Washington → city US/DC',
			'New York → city US/NY',
			'Boston → city US/MA'
		]);
	});

	it('contain what the sentence names after "in"', () => {
		const [salem, county] = read('Salem is a town in Washington County in upstate New York.');
		expect(salem).toBe('Salem → city US/NY');
		expect(county).toBe('Washington County → district US/NY');
	});
});

describe('a state named anywhere in the document', () => {
	it('speaks for its towns in a later paragraph, however far from its middle', () => {
		// Alpine, Texas lies some 450 km from the state's point: nearness to it does not reach
		const text = 'Texas lawmakers met on Tuesday to argue over the budget.\n\nThe session ran late. Many came home tired.\n\nThe new plant in Alpine will employ 200 people.';
		expect(read(text).at(-1)).toBe('Alpine → city US/TX');
	});

	it('does not when it only names a team', () => {
		const text = 'The Texas Rangers won again. Later the Blazers flew home to Portland after the game.';
		expect(read(text).at(-1)).toBe('Portland → city US/OR');
	});
});

describe('a sentence that describes a place and names its country', () => {
	it('leaves the place unmapped when no place of that name lies in that country', () => {
		// the gazetteer knows no Hasanabad in Iran, only namesakes elsewhere (one in Pakistan): the village
		// is put within Semnan County instead (within-parent.ts)
		const text = 'Hasanabad is a village in Semnan County, Semnan Province, Iran. It had 345 people.';
		expect(read(text).filter((t) => t.startsWith('Hasanabad'))).toEqual(['Hasanabad → city IR/25 (within)']);
	});

	it('maps it where one does, and leaves other sentences alone', () => {
		expect(read('Lima is a city in Allen County, Ohio, United States.')[0]).toBe('Lima → city US/OH');
		expect(read('The minister flew from Washington to Tehran, Iran.')[0]).toBe('Washington → city US/DC');
	});

	it('reads "a commune" as a town, not a region of that name', () => {
		expect(read('Saint-Martin is a commune in the Gers department in southwestern France.').filter((t) => t.includes('region') && t.startsWith('Saint-Martin'))).toEqual([]);
	});
});

describe('a place the words around its first mention chose', () => {
	it('stays that place where the name recurs bare, even against a country of that name', () => {
		const text = 'Lebanon is a city in and the county seat of Laclede County, Missouri. Lebanon was first called Wyota, and Lebanon grew along the railroad.';
		expect(read(text).filter((t) => t.startsWith('Lebanon'))).toEqual(['Lebanon → city US/MO', 'Lebanon → city US/MO', 'Lebanon → city US/MO']);
	});

	it('leaves a name that only its size chose alone', () => {
		const text = 'Exports to Lebanon rose. Lebanon buys most of its wheat abroad.';
		expect(read(text).filter((t) => t.startsWith('Lebanon'))).toEqual(['Lebanon → country LB/null', 'Lebanon → country LB/null']);
	});
});

describe('a region whose towns are known only by distance to its point', () => {
	it('holds the namesake near its point before one at the edge of its reach', () => {
		// Richmond, North Yorkshire lies 30 km from the county's point, Richmond (London) 290 km
		const text = 'Richmond is a market town in North Yorkshire, England, on the River Swale.';
		const richmond = geoparse(text, gazetteer).find((t) => t.name === 'Richmond');
		expect(richmond?.lat).toBeGreaterThan(54);
	});
});

describe('a first-level region against a city of its name', () => {
	it('weighs as many people as its towns have: a Bermudan parish is not Southampton', () => {
		expect(read('Gallagher, on loan from Southampton, has six goals this season.')).toContain('Southampton → city GB/ENG');
	});
});

describe('a name two countries bear ("Congo")', () => {
	it('is the one its parent or the document points to, else the larger', () => {
		expect(read('Floods hit Kasai, Congo, last week.')).toContain('Congo → country CD/null');
		expect(read('The ferry from Brazzaville, Congo, was late.')).toContain('Congo → country CG/null');
		expect(read('Brazzaville is calm. Congo held elections on Sunday.')).toContain('Congo → country CG/null');
		expect(read('Congo held elections on Sunday.')).toEqual(['Congo → country CD/null']);
	});
});

describe('a sentence that describes a place and names its first-level region', () => {
	it('leaves the place unmapped, there and where the name recurs, when no place of that name lies in the region', () => {
		// the gazetteer knows "Kalyanpur" only as an old name of Itanagar, in Arunachal Pradesh
		const text = 'Kalyanpur is a village in the Barabanki district of Uttar Pradesh, India. Most people in Kalyanpur farm.';
		expect(read(text).filter((t) => t.startsWith('Kalyanpur'))).toEqual([]);
	});

	it('maps it where one does', () => {
		expect(read('Athens is a town in Limestone County, Alabama. Athens lies north of the river.').filter((t) => t.startsWith('Athens'))).toEqual(['Athens → city US/AL', 'Athens → city US/AL']);
	});
});
