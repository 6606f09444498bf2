// A capitalised compass word right before a place's name is a word of the toponym ("South Florida"):
// the span starts there and the place is the same. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName}`);
}

describe('compass words before a place name', () => {
	it('starts the toponym at the compass word, with the same place', () => {
		// South Florida is a curated region of its own since session 34; the span still starts at the compass word
		expect(read('Heavy rain fell across South Florida on Monday.')).toContain('South Florida → South Florida');
		expect(read('Hiring rose fastest in the Western US last year.')).toContain('Western US → United States');
		expect(read('Winters are getting shorter in Northeastern Europe.')).toContain('Northeastern Europe → Europe');
	});

	it('keeps text.slice(start, end) equal to the name', () => {
		const text = 'Farmers in East Yorkshire lost their barley to the floods.';
		for (const t of geoparse(text, gazetteer)) expect(text.slice(t.start, t.end)).toBe(t.name);
		// the common name of the East Riding of Yorkshire (aliases.tsv)
		expect(read(text)).toContain('East Yorkshire → East Riding of Yorkshire');
	});

	it('reads a compass word before an everyday word as a name of its own, not the place of that word', () => {
		// Rivers State, Nigeria: "rivers" is an everyday plural
		expect(read('Floods cut roads across the Northern Rivers region of New South Wales.')).toEqual(['New South Wales → New South Wales']);
		// a country whose name is an everyday word stays the country
		expect(read('Floods cut roads across Northern Turkey and Southern China.')).toEqual(['Northern Turkey → Türkiye', 'Southern China → China']);
	});

	it('starts the toponym at a capitalised Upper or Lower too, with the same place', () => {
		const text = 'Podbočje is a village in Lower Carniola, Slovenia, and the farms of Upper Lusatia lie far to the north.';
		expect(read(text)).toEqual(expect.arrayContaining(['Lower Carniola → Carniola', 'Upper Lusatia → Lusatia']));
		for (const t of geoparse(text, gazetteer)) expect(text.slice(t.start, t.end)).toBe(t.name);
		// a lower-case "upper" is a stretch of the river, outside the name
		expect(read('Boats work the upper Danube in summer.')).toContain('Danube → Danube');
		// before a country's name it made a province of its own, no part of the country
		expect(read('The settlers reached Upper Canada in 1800.')).toContain('Canada → Canada');
	});

	it('leaves names the gazetteer has whole and lower-case directions alone', () => {
		expect(read('Storms hit North Carolina and the south of France.')).toEqual(['North Carolina → North Carolina', 'France → France']);
	});
});

describe('a direction from a place', () => {
	it('places the name as "near" does ("80 km north-west of Falun"; Falun is also a Kansas post office)', () => {
		expect(read('The village lies about 80 km north-west of Falun.')).toEqual(['Falun → Falun']);
		expect(read('The farm lies a mile south of Lampeter.')).toEqual(['Lampeter → Lampeter']);
	});
});
