// Geoparser output in a compact, cacheable form: toponyms without repeated place data, each place once.
import type { Toponym, ToponymUsage } from '../../contracts.ts';
import { placeRecordFromToponym, type PlaceRecord } from '../../corpus/place-record.ts';

/** [start, end, placeId, usage, score]; name is text.slice(start, end) */
export type CompactToponym = [number, number, string, ToponymUsage, number];

export interface CompactResult {
	toponyms: CompactToponym[][];
	/** places not yet reported by this producer */
	places: PlaceRecord[];
}

/** A place's own point, as the gazetteer gives it (undefined: the gazetteer does not know the id). */
export type PlacePoint = (placeId: string) => { lat: number; lon: number } | undefined;

/**
 * Compacts one batch; `known` holds place ids already reported, so shapes cross threads once. A
 * toponym's point may be its document's own (a river placed at the stretch by the text's towns:
 * geoparse/along-course.ts), so a place's record takes its point from `pointOf`, the gazetteer: the
 * record is the same whichever document names the place first.
 */
export function compactBatch(results: Toponym[][], known: Set<string>, pointOf: PlacePoint): CompactResult {
	const places: PlaceRecord[] = [];
	const toponyms = results.map((list) =>
		list.map((t): CompactToponym => {
			if (t.placeId && !known.has(t.placeId)) {
				known.add(t.placeId);
				const record = placeRecordFromToponym(t);
				const own = pointOf(t.placeId);
				if (own) {
					record.lat = own.lat;
					record.lon = own.lon;
				}
				places.push(record);
			}
			return [t.start, t.end, t.placeId ?? '', t.usage, Math.round(t.score * 1000) / 1000];
		})
	);
	return { toponyms, places };
}

/** Back to full toponyms; a place the records do not know stays unresolved (NaN coordinates). */
export function expandToponyms(text: string, compact: CompactToponym[], records: Map<string, PlaceRecord>): Toponym[] {
	return compact.map(([start, end, placeId, usage, score]) => {
		const place = records.get(placeId);
		return {
			start,
			end,
			name: text.slice(start, end),
			placeId: place ? placeId : '',
			placeName: place?.name ?? '',
			kind: place?.kind ?? 'city',
			country: place?.country ?? null,
			lat: place?.lat ?? Number.NaN,
			lon: place?.lon ?? Number.NaN,
			score,
			usage,
			reasons: [],
			...(place?.geonameId ? { geonameId: place.geonameId } : {}),
			...(place?.geometry && place.geometry.type !== 'Point' ? { geometry: place.geometry } : {})
		};
	});
}
