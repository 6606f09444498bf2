import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary, PlaceExcerpts, PlacesCollection, TopicSummary } from '../contracts.ts';
import { applyFilters, buildIndex } from '../state/filter.ts';
import { EMPTY_FILTERS } from '../state/url.ts';
import { excerptsCsv, fileSlug, placesCsv, placesGeoJson, PLACES_CSV_HEADER } from './downloads.ts';

const read = (file: string) => readFileSync(new URL(`../../../tests/fixtures/explorer-output/${file}`, import.meta.url), 'utf8');
const index = buildIndex((JSON.parse(read('places.geojson')) as PlacesCollection).features, JSON.parse(read('documents.json')) as DocumentSummary[], JSON.parse(read('topics.json')) as TopicSummary[]);

describe('downloads of the filtered view', () => {
	const energy = applyFilters(index, { ...EMPTY_FILTERS, topics: ['energy'] });

	it('writes valid GeoJSON of the visible places with filtered document lists', () => {
		const { collection, problems } = placesGeoJson(index, energy);
		expect(problems).toEqual([]);
		expect(collection.features).toHaveLength(energy.placeCount);
		const baku = collection.features.find((f) => f.properties.name === 'Baku')!;
		expect(baku.properties.documents.length).toBe(baku.properties.documentCount);
		expect(baku.properties.documentCount).toBeLessThan(5);
	});

	it('writes a places CSV with one row per visible place', () => {
		const csv = placesCsv(index, energy);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines[0]).toBe(PLACES_CSV_HEADER.join(','));
		expect(lines).toHaveLength(energy.placeCount + 1);
		expect(csv).toMatch(/\r\ngeo:\d+,Baku,city,AZ,Azerbaijan,40\.3777,49\.892,\d,5,6,/);
	});

	it('neutralizes place cells that a spreadsheet would run as formulas', () => {
		const features = (JSON.parse(read('places.geojson')) as PlacesCollection).features.map((f) => ({
			...f,
			properties: { ...f.properties, id: `@${f.properties.id}`, name: '=HYPERLINK("http://x.example","y")', country: '-1+1', countryName: '+cmd|" /c calc"!A1' }
		}));
		const hostile = buildIndex(features, JSON.parse(read('documents.json')) as DocumentSummary[], JSON.parse(read('topics.json')) as TopicSummary[]);
		const rows = placesCsv(hostile, applyFilters(hostile, { ...EMPTY_FILTERS, topics: ['energy'] })).trimEnd().split('\r\n').slice(1);
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			expect(row).toMatch(/^'@geo:\d+,"'=HYPERLINK\(""http:\/\/x\.example"",""y""\)",[a-z]+,'-1\+1,"'\+cmd\|"" \/c calc""!A1",/);
		}
	});

	it('writes the excerpts of passing documents only', () => {
		const excerpts: PlaceExcerpts[] = [
			{
				placeId: 'geo:587084',
				groups: [
					{ documentId: 'pipeline-expansion', title: '=cmd|"/c calc"!A1', date: '2024-03-12', source: 'Wire', excerpts: [{ text: 'Gas flows from Baku, "daily".', offset: 0, start: 15, end: 19, mentionStart: 15, topics: [{ topic: 'energy', terms: ['gas'] }] }] },
					{ documentId: 'no-such-doc', title: 'Hidden', date: null, source: null, excerpts: [{ text: 'Baku.', offset: 0, start: 0, end: 4, mentionStart: 0, topics: [] }] }
				]
			}
		];
		const csv = excerptsCsv(index, energy, excerpts);
		const lines = csv.trimEnd().split('\r\n');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toBe('geo:587084,Baku,pipeline-expansion,"\'=cmd|""/c calc""!A1",2024-03-12,Wire,Baku,"Gas flows from Baku, ""daily"".",energy');
	});

	it('makes file names from titles', () => {
		expect(fileSlug('Places in Énergie news!')).toBe('places-in-energie-news');
		expect(fileSlug('<<>>')).toBe('gazette-map');
	});
});
