// The data a published view carries: only the places it shows and the documents behind them, with
// counts of that subset, so a filtered export does not ship the rest of the corpus. Filtering the
// subset again with the same filters gives the same view (see view-subset.spec.ts).
import type { DocumentSummary, Manifest, PlaceFeature, PlacesCollection, TopicSummary } from '../contracts.ts';
import { applyFilters, buildIndex } from '../state/filter.ts';
import type { Filters } from '../state/url.ts';

export interface ViewData {
	manifest: Manifest;
	places: PlacesCollection;
	documents: DocumentSummary[];
	topics: TopicSummary[];
}

export function viewSubset(data: ViewData, filters: Filters): ViewData {
	const index = buildIndex(data.places.features, data.documents, data.topics);
	const result = applyFilters(index, filters);
	const reached = new Uint8Array(index.documents.length);
	for (const i of result.visible) for (const d of index.placeDocs[i]!) if (result.docMask[d]) reached[d] = 1;
	const keptPlaces = new Set(result.visible.map((i) => index.places[i]!.properties.id));
	const documents: DocumentSummary[] = index.documents
		.filter((_, d) => reached[d] === 1)
		.map((doc) => ({ ...doc, path: '', placeIds: doc.placeIds.filter((id) => keptPlaces.has(id)) }));
	const docById = new Map(documents.map((doc) => [doc.id, doc]));

	const features: PlaceFeature[] = result.visible.map((i) => {
		const place = index.places[i]!;
		const kept = place.properties.documents.flatMap((id, k) => (docById.has(id) ? [k] : []));
		const docs = kept.map((k) => place.properties.documents[k]!);
		// mentions in the kept documents only, where the output records them per document
		const perDocument = place.properties.documentMentions;
		const documentMentions = perDocument?.length === place.properties.documents.length ? kept.map((k) => perDocument[k]!) : undefined;
		const dates = docs.map((id) => docById.get(id)!.date?.slice(0, 10)).filter((date): date is string => !!date).sort();
		const topics = new Set(docs.flatMap((id) => docById.get(id)!.topics.map((t) => t.topic)));
		return {
			...place,
			properties: {
				...place.properties,
				documents: docs,
				documentCount: docs.length,
				...(documentMentions ? { documentMentions, mentionCount: documentMentions.reduce((sum, n) => sum + n, 0) } : {}),
				topics: place.properties.topics.filter((topic) => topics.has(topic)),
				firstDate: dates[0] ?? null,
				lastDate: dates.at(-1) ?? null
			}
		};
	});

	const topicDocs = new Map<string, Set<string>>();
	for (const doc of documents) for (const match of doc.topics) (topicDocs.get(match.topic) ?? topicDocs.set(match.topic, new Set()).get(match.topic)!).add(doc.id);
	const topics = data.topics
		.filter((topic) => topicDocs.has(topic.id) || filters.topics.includes(topic.id))
		.map((topic) => ({
			...topic,
			documentCount: topicDocs.get(topic.id)?.size ?? 0,
			placeCount: features.filter((place) => place.properties.topics.includes(topic.id)).length
		}));
	const mentions = features.reduce((sum, place) => sum + place.properties.mentionCount, 0);
	const manifest: Manifest = {
		...data.manifest,
		counts: { documents: documents.length, places: features.length, mentions, unresolved: 0, skipped: 0 }
	};
	return { manifest, places: { type: 'FeatureCollection', features }, documents, topics };
}
