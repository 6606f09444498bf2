// A tiny stand-in geoparser for ingest tests that must not depend on the real gazetteer.
import type { Toponym } from '../../src/lib/contracts.ts';
import type { PlaceRecord } from '../../src/lib/corpus/place-record.ts';
import { compactBatch } from '../../src/lib/server/ingest/compact.ts';
import type { IngestGeoparser } from '../../src/lib/server/ingest/index.ts';

export const FAKE_PLACES: PlaceRecord[] = [
	{ id: 'test:baku', name: 'Baku', kind: 'city', country: 'AZ', lat: 40.37767, lon: 49.89201, geonameId: 587084 },
	{ id: 'test:aghdam', name: 'Aghdam', kind: 'city', country: 'AZ', lat: 39.99096, lon: 46.92736, geonameId: 148619 },
	{ id: 'test:shusha', name: 'Shusha', kind: 'city', country: 'AZ', lat: 39.7583, lon: 46.7484, geonameId: 147105, admin1Name: 'Shusha District' },
	{
		id: 'test:lachin-corridor',
		name: 'Lachin corridor',
		kind: 'corridor',
		country: 'AZ',
		lat: 39.64,
		lon: 46.55,
		geonameId: null,
		geometry: { type: 'LineString', coordinates: [[46.43, 39.53], [46.55, 39.64], [46.75, 39.76]] }
	},
	{ id: 'test:georgia-us', name: 'Georgia', kind: 'region', country: 'US', lat: 32.75, lon: -83.5, geonameId: 4197000 },
	{ id: 'test:georgia', name: 'Georgia', kind: 'country', country: 'GE', lat: 42, lon: 43.5, geonameId: 614540 },
	{ id: 'test:minsk', name: 'Minsk', kind: 'city', country: 'BY', lat: 53.9, lon: 27.57, geonameId: 625144 },
	// same-named places, told apart by their first-level division
	{ id: 'test:salem-or', name: 'Salem', kind: 'city', country: 'US', lat: 44.9429, lon: -123.0351, geonameId: 5750162, admin1Name: 'Oregon' },
	{ id: 'test:salem-ma', name: 'Salem', kind: 'city', country: 'US', lat: 42.5195, lon: -70.8967, geonameId: 4950065, admin1Name: 'Massachusetts' },
	// same-named places at one point (made up, as a coarse gazetteer might put them): only a cluster's list of places shows both
	{ id: 'test:springfield-il', name: 'Springfield', kind: 'city', country: 'US', lat: 38.5, lon: -90.5, geonameId: null, admin1Name: 'Illinois' },
	{ id: 'test:springfield-mo', name: 'Springfield', kind: 'city', country: 'US', lat: 38.5, lon: -90.5, geonameId: null, admin1Name: 'Missouri' }
];
const SURFACE: [RegExp, string][] = [
	[/\bBaku\b/g, 'test:baku'],
	[/\bAghdam\b/g, 'test:aghdam'],
	[/\bShusha\b/g, 'test:shusha'],
	[/\bLachin corridor\b/g, 'test:lachin-corridor'],
	[/\bGeorgia\b/g, 'test:georgia-us'],
	[/\bMinsk\b/g, 'test:minsk'],
	[/\bSalem(?=, Oregon)/g, 'test:salem-or'],
	[/\bSalem(?=, Massachusetts)/g, 'test:salem-ma'],
	[/\bSpringfield(?=, Illinois)/g, 'test:springfield-il'],
	[/\bSpringfield(?=, Missouri)/g, 'test:springfield-mo']
];

export function fakeGeoparse(text: string): Toponym[] {
	const found: Toponym[] = [];
	for (const [pattern, id] of SURFACE) {
		const place = FAKE_PLACES.find((p) => p.id === id)!;
		for (const match of text.matchAll(pattern)) {
			const embedded = id === 'test:minsk' && /OSCE $/.test(text.slice(0, match.index));
			found.push({
				start: match.index,
				end: match.index + match[0].length,
				name: match[0],
				placeId: id,
				placeName: place.name,
				kind: place.kind,
				country: place.country,
				lat: place.lat,
				lon: place.lon,
				score: 0.9,
				usage: embedded ? 'embedded' : 'literal',
				reasons: ['only-candidate'],
				...(place.geonameId ? { geonameId: place.geonameId } : {}),
				...(place.geometry && place.geometry.type !== 'Point' ? { geometry: place.geometry } : {})
			});
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Counts how many texts it geoparsed, so tests can check the cache. */
export function fakeGeoparser(stats = { parsed: 0 }): () => Promise<IngestGeoparser> {
	return async () => ({
		async parse(texts, onDone) {
			stats.parsed += texts.length;
			const result = compactBatch(texts.map(fakeGeoparse), new Set(), (id) => FAKE_PLACES.find((p) => p.id === id));
			onDone?.(texts.length);
			return result;
		},
		lookup: (id) => FAKE_PLACES.find((p) => p.id === id),
		countryName: (code) => ({ AZ: 'Azerbaijan', US: 'United States', GE: 'Georgia', BY: 'Belarus' })[code] ?? null,
		attribution: ['test gazetteer'],
		close: async () => {}
	});
}
