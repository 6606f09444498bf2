// "the North East", "the South-West": a bare compound of the compass is a part of whatever country the text is
// about, not the first-level region of that name in a country the text never names (compass-regions.ts POSITION_NAME, as
// "Northern Region" already was); named, the country keeps its region. Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('a bare compound of the compass', () => {
	it('is no region abroad where the text names no country of that region', () => {
		// (beside London, England's own North East region: features.tsv, session 39)
		expect(places('House prices in the North East rose faster than in London.')).toEqual(['North East GB', 'London GB']);
		expect(places('Voters in the South West backed the smaller party.')).toEqual([]);
	});

	it('stays the region of a country the text names', () => {
		expect(places('Floods hit the North East of Ghana on Monday.')).toEqual(['North East GH', 'Ghana GH']);
	});

	it('stays the region where the text qualifies it, its country unnamed', () => {
		// (Lilongwe and Malawi's Central Region qualify each other: compass-regions.ts asks for the qualifier)
		expect(places('Officials in Lilongwe, Central Region, said maize was short.')).toEqual(['Lilongwe MW', 'Central Region MW']);
	});
});

describe('compass words right after another name', () => {
	it('end that name (a constituency, a ward), no region of their own', () => {
		expect(places('Labour held Leeds North West at the last election.')).toEqual(['Leeds GB']);
		expect(places('Voters in Manchester South East and Leeds North West go to the polls on Thursday.')).toEqual(['Manchester GB', 'Leeds GB']);
	});

	it('still name the region after a capitalised word that is no place', () => {
		expect(places('Health officials said that by Friday North West and Free State would run out of vaccine.')).toContain('North West ZA');
		expect(places('Meanwhile North West province reported 40 new cases, the Rustenburg office said.')).toContain('North West ZA');
		expect(places('On Monday North West premier Thandi Mokoena visited the clinic in Rustenburg.')).toContain('North West ZA');
	});

	it('still name the region after a lower-case word', () => {
		expect(places('Floods hit the North West of South Africa, and Leeds sent aid.')).toContain('North West ZA');
	});
});
