// The filtered view as files: places as GeoJSON (validated like the ingest output) and CSV, and the
// excerpts that mention them as CSV. Pure: the caller loads excerpts and saves the files.
import type { PlaceExcerpts, PlaceFeature, PlacesCollection } from '../contracts.ts';
import { foldText } from '../fold.ts';
import { validatePlaces } from '../corpus/validate-places.ts';
import type { ExplorerIndex, FilterResult } from '../state/filter.ts';
import { toCsv } from './csv.ts';

/** Visible places, most documents first, each with the filtered document count. */
export function visiblePlaces(index: ExplorerIndex, result: FilterResult): { feature: PlaceFeature; documents: number }[] {
	return result.visible
		.map((i) => ({ feature: index.places[i]!, documents: result.placeDocCount[i]! }))
		.sort((a, b) => b.documents - a.documents || a.feature.properties.name.localeCompare(b.feature.properties.name));
}

/** Ids of the documents that pass the filters. */
function passingDocumentIds(index: ExplorerIndex, result: FilterResult): Set<string> {
	const ids = new Set<string>();
	index.documents.forEach((doc, i) => {
		if (result.docMask[i]) ids.add(doc.id);
	});
	return ids;
}

/**
 * The visible places as a FeatureCollection: properties keep the ingest contract, with `documents`
 * narrowed to the passing documents and `documentCount` to their number. Validated before it is offered.
 */
export function placesGeoJson(index: ExplorerIndex, result: FilterResult): { collection: PlacesCollection; problems: string[] } {
	const passing = passingDocumentIds(index, result);
	const features = visiblePlaces(index, result).map(({ feature, documents }): PlaceFeature => {
		const docs = feature.properties.documents.filter((id) => passing.has(id));
		return { ...feature, properties: { ...feature.properties, documents: docs, documentCount: documents } };
	});
	const { places, problems } = validatePlaces({ type: 'FeatureCollection', features });
	return { collection: places, problems };
}

export const PLACES_CSV_HEADER = ['id', 'name', 'kind', 'country', 'country_name', 'lat', 'lon', 'documents', 'documents_in_corpus', 'mentions_in_corpus', 'topics', 'first_date', 'last_date', 'geonames_id'] as const;

export function placesCsv(index: ExplorerIndex, result: FilterResult): string {
	const rows = visiblePlaces(index, result).map(({ feature, documents }) => {
		const p = feature.properties;
		return [p.id, p.name, p.kind, p.country, p.countryName, p.lat, p.lon, documents, p.documentCount, p.mentionCount, p.topics.join('; '), p.firstDate, p.lastDate, p.geonameId];
	});
	return toCsv(PLACES_CSV_HEADER, rows);
}

export const EXCERPTS_CSV_HEADER = ['place_id', 'place_name', 'document_id', 'document_title', 'date', 'source', 'mention', 'excerpt', 'topics'] as const;

/** One row per excerpt of a passing document, in the order of `excerpts` (places) and their groups. */
export function excerptsCsv(index: ExplorerIndex, result: FilterResult, excerpts: readonly PlaceExcerpts[]): string {
	const passing = passingDocumentIds(index, result);
	const rows = [];
	for (const place of excerpts) {
		const i = index.placeById.get(place.placeId);
		const name = i === undefined ? '' : index.places[i]!.properties.name;
		for (const group of place.groups) {
			if (!passing.has(group.documentId)) continue;
			for (const excerpt of group.excerpts) {
				const mention = excerpt.text.slice(excerpt.start, excerpt.end);
				const topics = excerpt.topics.map((t) => t.topic).join('; ');
				rows.push([place.placeId, name, group.documentId, group.title, group.date, group.source, mention, excerpt.text, topics]);
			}
		}
	}
	return toCsv(EXCERPTS_CSV_HEADER, rows);
}

/** A file name from a title: lower-case words joined by dashes, never empty. */
export function fileSlug(title: string): string {
	const slug = foldText(title)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || 'gazette-map';
}
