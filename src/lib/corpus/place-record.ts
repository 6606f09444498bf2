import type { Toponym } from '../contracts.ts';
import { toponymAt, type ToponymPlace } from '../geoparse/toponym.ts';

/**
 * What ingest needs to know about a gazetteer place (as the geoparser or the gazetteer gives it), and
 * the first-level division it lies in, to tell same-named places apart (undefined: not looked up yet).
 */
export type PlaceRecord = ToponymPlace & { admin1Name?: string | null };

export type PlaceLookup = (placeId: string) => PlaceRecord | undefined;

export function placeRecordFromToponym(toponym: Toponym): PlaceRecord {
	return {
		id: toponym.placeId,
		name: toponym.placeName,
		kind: toponym.kind,
		country: toponym.country,
		lat: toponym.lat,
		lon: toponym.lon,
		geonameId: toponym.geonameId ?? null,
		...(toponym.geometry ? { geometry: toponym.geometry } : {})
	};
}

/** Re-points a toponym at another place, keeping its position in the text. */
export function retarget(toponym: Toponym, place: PlaceRecord): Toponym {
	return toponymAt(toponym, place, { score: 1, usage: toponym.usage === 'embedded' ? 'literal' : toponym.usage, reasons: ['curated'] });
}
