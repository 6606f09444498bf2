// Second-level divisions outside the US (gazetteer-build/world-divisions.ts): a division named with the
// English word of its kind is the division ("León Municipality", "Bijnor district"), a town named with its
// division lies in it where a bigger namesake lives elsewhere, and the bare name stays the town's.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string, name: string): Toponym | undefined => geoparse(text, gazetteer, { includeEmbedded: false }).find((t) => t.name === name);

describe('second-level divisions outside the US', () => {
	it('places a town in the division named with it, not at its bigger namesake abroad', () => {
		expect(named('Medina is a small town in León Municipality.', 'Medina')?.country).toBe('MX');
		expect(named('Banga is a small town in Shahid Bhagat Singh Nagar District.', 'Banga')?.country).toBe('IN');
	});

	it('reads a name with its capitalised division word as the division', () => {
		const municipality = named('Medina is a small town in León Municipality.', 'León Municipality');
		expect([municipality?.kind, municipality?.country]).toEqual(['district', 'MX']);
	});

	it('reads the bare name before a lower-case division word as the division, the word left out as for regions', () => {
		const district = named('Rampur is a village in Bijnor district.', 'Bijnor');
		expect([district?.kind, district?.country]).toEqual(['district', 'IN']);
	});

	it('leaves the bare name to the town the division is named after', () => {
		expect(named('Bergen has a busy harbour.', 'Bergen')?.kind).toBe('city');
		expect(named('Viseu lies on the coast of Viseu Municipality.', 'Viseu')?.kind).toBe('city');
	});
});

describe('second-level divisions named by an ordinary English word', () => {
	const everyName = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

	it('maps no place in a sentence where "Capital", "Same" or "Union" before a division word is the word', () => {
		expect(everyName('Turnout in the Capital Department rose again, the electoral board said on Monday.')).toEqual([]);
		expect(everyName('Each Union District office will stay open late on Friday for the same reason.')).toEqual([]);
	});

	it('maps no place in a Title Case headline whose words happen to name a division abroad', () => {
		expect(everyName('Long District Meetings Leave Parents With Few Answers')).toEqual([]);
		expect(everyName('Best Municipality Awards Go To Three Small Towns')).toEqual([]);
	});
});

describe("a big city's districts named bare", () => {
	const km = (t: Toponym | undefined, lat: number, lon: number) => (t ? Math.hypot(t.lat - lat, (t.lon - lon) * Math.cos((lat * Math.PI) / 180)) * 111 : Infinity);

	it('reads the bare name of a district whose seat GeoNames files as a section of the city as the district', () => {
		const text = 'The ferry from Sarıyer crossed to Beykoz in twenty minutes, and the fishermen sold their catch on the quay.';
		expect(km(named(text, 'Sarıyer'), 41.17, 29.05)).toBeLessThan(15);
		expect(km(named(text, 'Beykoz'), 41.13, 29.1)).toBeLessThan(15);
	});

	it('leaves a bigger namesake of a district abroad its own, and a person with the name a person', () => {
		expect(named('The match in Tuzla drew fans from Sarajevo and Zenica.', 'Tuzla')?.country).toBe('BA');
		expect(named('Fatih Terim said the team would recover before the cup final.', 'Fatih')).toBeUndefined();
	});

	it("reads a small town abroad, or a town of the same name at home, by its name, not as a big city's district", () => {
		expect(named('Grape growers around Lerma, north of Burgos, picked early this autumn.', 'Lerma')?.country).toBe('ES');
		expect(named('Coal trucks queued outside the Raigarh power plant, and miners in Korba went on strike.', 'Raigarh')?.kind).toBe('city');
	});

	it("reads the big city in a spelling of its own that is also its district's name as the city", () => {
		const text = 'Flights from Arbil to Baghdad resumed on Monday, and hotels in Arbil filled with aid workers.';
		expect(geoparse(text, gazetteer).filter((t) => t.name === 'Arbil').map((t) => t.kind)).toEqual(['city', 'city']);
		expect(named('Traffic in Warszawa slowed to a crawl as the snow fell.', 'Warszawa')?.kind).toBe('city');
	});
});

describe("a big city's small district named bare, where a person or a club is meant", () => {
	const places = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => `${t.name} ${t.kind}`);

	it('reads the name before a verb of speech as a speaker, as for a small town', () => {
		expect(places('Eyüpsultan said the contract talks would resume in Dubai next week.')).toEqual(['Dubai city']);
	});

	it("reads the name as a side beating a named side as the club's, with or without a score", () => {
		expect(places('Beykoz beat Kasımpaşa 3-1 on Sunday, and the coach praised the defence.')).toEqual([]);
		expect(places('Sarıyer beat Tuzlaspor again, and fans sang until midnight. Earlier this season Kasımpaşa beat Beykoz.')).toEqual([]);
	});

	it('keeps the district where the speakers or a vote are in it, its office holder speaks, or its word is written', () => {
		expect(places('Officials in Sarıyer said the coastal road would reopen.')).toEqual(['Sarıyer district']);
		expect(places('Residents of Beykoz said the water was cut for two days.')).toEqual(['Beykoz district']);
		expect(places('The mayor of Beykoz said the pier would be rebuilt.')).toEqual(['Beykoz district']);
		expect(places('Fishermen in Beykoz beat the storm back to harbour.')).toEqual(['Beykoz district']);
		expect(places('Voters in Sarıyer beat the measure by a wide margin.')).toEqual(['Sarıyer district']);
		expect(places('The Eyüpsultan district said it would plant trees.')).toEqual(['Eyüpsultan district']);
		expect(places('Istanbul police said Beykoz was calm after the match.')).toEqual(['Istanbul city', 'Beykoz district']);
		expect(places('The ferry from Sarıyer crossed to Beykoz in twenty minutes.')).toEqual(['Sarıyer district', 'Beykoz district']);
	});
});
