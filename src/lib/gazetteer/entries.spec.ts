import { describe, expect, it } from 'vitest';
import { decodeGazetteer } from './decode.ts';
import { lookupEntries } from './entries.ts';
import { encodeNameTable } from './name-table.ts';
import { encodePlaceReference } from './references.ts';
import type { CompiledGazetteer } from './types.ts';

// A tiny index: a US state, a county, two towns called Salem (one known by an alternate name), a country,
// and a province whose bare name its capital takes (indexed under the city only, as the build does).
const PLACES = [
	['cc:US', 'United States', 'country', 'PCLI', 'US', null, null, 39.76, -98.5, 100_000_000],
	['adm1:US-IN', 'Indiana', 'region', 'ADM1', 'US', 'IN', null, 39.9, -86.3, 1_000_000],
	['gn:5750162', 'Salem', 'city', 'PPLA', 'US', 'OR', '047', 44.94, -123.04, 164_549],
	['adm2:US-18175', 'Washington County', 'district', 'ADM2', 'US', 'IN', '175', 38.6, -86.1, 9_000],
	['gn:4264334', 'Salem', 'city', 'PPLA2', 'US', 'IN', '175', 38.61, -86.1, 6_319],
	['gn:1', 'Salem Heights', 'city', 'PPL', 'GB', 'ENG', null, 51, 0, 500],
	['gn:6325494', 'Québec', 'city', 'PPLA', 'CA', '10', null, 46.81, -71.21, 531_902],
	['adm1:CA-QC', 'Quebec', 'region', 'ADM1', 'CA', '10', null, 52.94, -73.55, 1_000_000]
] as const;

function gazetteer() {
	const column = <T>(i: number) => PLACES.map((p) => p[i] as T);
	const compiled: CompiledGazetteer = {
		format: 'gazette-gazetteer',
		version: 1,
		builtAt: '',
		sources: [],
		places: {
			id: column(0),
			name: column(1),
			kind: column(2),
			featureCode: column(3),
			country: column(4),
			admin1: column(5),
			admin2: column(6),
			lat: PLACES.map((p) => Math.round(p[7] * 1e5)),
			lon: PLACES.map((p) => Math.round(p[8] * 1e5)),
			population: column(9),
			geonameId: PLACES.map(() => null)
		},
		geometries: {},
		maxNameWords: 2,
		demonyms: { american: 0 },
		abbreviations: { US: 0 },
		countryNames: { US: 'United States', GB: 'United Kingdom' },
		commonWords: {},
		firstNames: []
	};
	const names = new Map([
		['salem', [encodePlaceReference(2, false), encodePlaceReference(4, false), encodePlaceReference(5, true)]],
		['washington county', [encodePlaceReference(3, false)]],
		['united states', [encodePlaceReference(0, false)]],
		['quebec', [encodePlaceReference(6, false)]]
	]);
	const table = encodeNameTable(names);
	return decodeGazetteer(compiled, table.buffer.slice(table.byteOffset, table.byteOffset + table.byteLength) as ArrayBuffer);
}

describe('lookupEntries', () => {
	const index = gazetteer();

	it('lists every entry for a name, most important first, with region and county names', () => {
		const entries = lookupEntries(index, 'Salem');
		expect(entries.map((e) => [e.id, e.matchedBy])).toEqual([
			['gn:5750162', 'name'],
			['gn:4264334', 'name'],
			['gn:1', 'alternate name']
		]);
		expect(entries[1]).toMatchObject({ country: 'US', countryName: 'United States', admin1: 'IN', admin1Name: 'Indiana', admin2: '175', admin2Name: 'Washington County', population: 6_319, lat: 38.61, lon: -86.1 });
		expect(entries[1]!.source).toMatch(/GeoNames cities500, geonameid 4264334/);
		// Oregon is not in this index: the code stays, without a name
		expect(entries[0]).toMatchObject({ admin1: 'OR', admin1Name: null, admin2Name: null });
	});

	it('filters by country (any case) and by kind', () => {
		expect(lookupEntries(index, 'salem', { country: 'gb' }).map((e) => e.id)).toEqual(['gn:1']);
		expect(lookupEntries(index, 'Washington County', { kind: 'district' })).toMatchObject([{ id: 'adm2:US-18175', admin1Name: 'Indiana', admin2Name: null, population: 9_000 }]);
		expect(lookupEntries(index, 'Salem', { kind: 'district' })).toEqual([]);
	});

	it('finds abbreviations exactly as written and demonyms, and counts no population for a country', () => {
		expect(lookupEntries(index, 'US')).toMatchObject([{ id: 'cc:US', matchedBy: 'abbreviation', population: null }]);
		expect(lookupEntries(index, 'us')).toEqual([]);
		expect(lookupEntries(index, 'American')).toMatchObject([{ id: 'cc:US', matchedBy: 'demonym' }]);
		expect(lookupEntries(index, 'Nowhere')).toEqual([]);
	});

	it('lists a region whose bare name a town takes, after the town, as found with a division word', () => {
		expect(lookupEntries(index, 'Quebec').map((e) => [e.id, e.matchedBy])).toEqual([
			['gn:6325494', 'name'],
			['adm1:CA-QC', 'name with a division word']
		]);
		expect(lookupEntries(index, 'québec', { kind: 'region' })).toMatchObject([{ id: 'adm1:CA-QC', country: 'CA' }]);
		// a town is never listed this way: towns are indexed under their own names
		expect(lookupEntries(index, 'Salem Heights')).toEqual([]);
	});
});
