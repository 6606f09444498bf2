import type { PlaceGeometry, PlaceKind, ResolutionReason, Toponym, ToponymUsage } from '../contracts.ts';

/** The place facts a toponym repeats: a gazetteer place, or ingest's record of one. */
export interface ToponymPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	lat: number;
	lon: number;
	geonameId: number | null;
	geometry?: PlaceGeometry;
}

/** A toponym: a span of text pointing at a place. Lines and polygons keep their shape; points need none. */
export function toponymAt(
	span: { start: number; end: number; name: string },
	place: ToponymPlace,
	judgement: { score: number; usage: ToponymUsage; reasons: ResolutionReason[] }
): Toponym {
	const toponym: Toponym = {
		start: span.start,
		end: span.end,
		name: span.name,
		placeId: place.id,
		placeName: place.name,
		kind: place.kind,
		country: place.country,
		lat: place.lat,
		lon: place.lon,
		score: judgement.score,
		usage: judgement.usage,
		reasons: judgement.reasons
	};
	if (place.geonameId !== null) toponym.geonameId = place.geonameId;
	if (place.geometry && place.geometry.type !== 'Point') toponym.geometry = place.geometry;
	return toponym;
}
