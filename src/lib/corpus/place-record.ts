import type { PlaceGeometry, PlaceKind, Toponym } from '../contracts.ts';

/** What ingest needs to know about a gazetteer place (as the geoparser or the gazetteer gives it). */
export interface PlaceRecord {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	lat: number;
	lon: number;
	geonameId: number | null;
	geometry?: PlaceGeometry;
}

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
	const { geometry: _old, geonameId: _oldId, ...rest } = toponym;
	return {
		...rest,
		placeId: place.id,
		placeName: place.name,
		kind: place.kind,
		country: place.country,
		lat: place.lat,
		lon: place.lon,
		score: 1,
		usage: toponym.usage === 'embedded' ? 'literal' : toponym.usage,
		reasons: ['curated'],
		...(place.geonameId !== null ? { geonameId: place.geonameId } : {}),
		...(place.geometry && place.geometry.type !== 'Point' ? { geometry: place.geometry } : {})
	};
}
