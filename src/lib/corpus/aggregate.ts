// Corpus-level aggregation: places GeoJSON with counts, topics and dates; excerpt files; topic summaries.
import { pointOnFeature } from '@turf/point-on-feature';
import type { DocumentSummary, ExcerptGroup, PlaceExcerpts, PlaceFeature, PlacesCollection, TopicSummary } from '../contracts.ts';
import type { ProcessedDocument } from './document.ts';
import { SlugRegistry } from './ids.ts';
import type { PlaceRecord } from './place-record.ts';
import type { Taxonomy } from '../topics/taxonomy.ts';

export interface CorpusAggregate {
	places: PlacesCollection;
	/** excerpt file stem (excerpts/<file>.json) → content */
	excerpts: Map<string, PlaceExcerpts>;
	topics: TopicSummary[];
	documents: DocumentSummary[];
}

const roundCoordinate = (value: number) => Math.round(value * 1e5) / 1e5;

/** The point that stands for a place: its own lat/lon, or a point on its shape when it has none. */
export function representativePoint(record: PlaceRecord): { lat: number; lon: number } {
	if (Number.isFinite(record.lat) && Number.isFinite(record.lon)) return { lat: roundCoordinate(record.lat), lon: roundCoordinate(record.lon) };
	if (!record.geometry) throw new Error(`place ${record.id} has neither coordinates nor a shape`);
	const [lon, lat] = pointOnFeature(record.geometry).geometry.coordinates as [number, number];
	return { lat: roundCoordinate(lat), lon: roundCoordinate(lon) };
}

/** What a place's feature counts: the corpus's (or a view's) documents and mentions of it. */
export type PlaceCounts = Pick<PlaceFeature['properties'], 'documentCount' | 'mentionCount' | 'topics' | 'firstDate' | 'lastDate' | 'documents' | 'documentMentions' | 'excerptsFile'>;

/** A place's feature in places.geojson: its record's shape (or a point on it) and what it counts. */
export function placeFeature(record: PlaceRecord, countryName: (code: string) => string | null, counts: PlaceCounts): PlaceFeature {
	const point = representativePoint(record);
	return {
		type: 'Feature',
		id: record.id,
		geometry: record.geometry ?? { type: 'Point', coordinates: [point.lon, point.lat] },
		properties: {
			id: record.id,
			name: record.name,
			kind: record.kind,
			country: record.country,
			countryName: record.country ? countryName(record.country) : null,
			lat: point.lat,
			lon: point.lon,
			...counts,
			geonameId: record.geonameId,
			admin1Name: record.admin1Name ?? null
		}
	};
}

function byDateDesc(a: { date: string | null }, b: { date: string | null }): number {
	if (a.date === b.date) return 0;
	if (a.date === null) return 1;
	if (b.date === null) return -1;
	return a.date < b.date ? 1 : -1;
}

export function summarize(document: ProcessedDocument['document']): DocumentSummary {
	const { text: _text, mentions: _mentions, ...summary } = document;
	return summary;
}

export function aggregateCorpus(
	processed: ProcessedDocument[],
	records: Map<string, PlaceRecord>,
	countryName: (code: string) => string | null,
	taxonomy: Taxonomy
): CorpusAggregate {
	const documents = [...processed].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
	const topicOrder = taxonomy.topics.map((t) => t.id);

	interface Tally {
		documents: string[];
		documentMentions: number[];
		mentions: number;
		topics: Map<string, number>;
		firstDate: string | null;
		lastDate: string | null;
		groups: ExcerptGroup[];
	}
	const tallies = new Map<string, Tally>();
	for (const { document, excerpts } of documents) {
		const counts = new Map<string, number>();
		for (const mention of document.mentions) counts.set(mention.placeId, (counts.get(mention.placeId) ?? 0) + 1);
		for (const [placeId, mentions] of counts) {
			const tally: Tally = tallies.get(placeId) ?? { documents: [], documentMentions: [], mentions: 0, topics: new Map(), firstDate: null, lastDate: null, groups: [] };
			tally.documents.push(document.id);
			tally.documentMentions.push(mentions);
			tally.mentions += mentions;
			for (const { topic } of document.topics) tally.topics.set(topic, (tally.topics.get(topic) ?? 0) + 1);
			if (document.date) {
				if (tally.firstDate === null || document.date < tally.firstDate) tally.firstDate = document.date;
				if (tally.lastDate === null || document.date > tally.lastDate) tally.lastDate = document.date;
			}
			tally.groups.push({ documentId: document.id, title: document.title, date: document.date, source: document.source, excerpts: excerpts.get(placeId) ?? [] });
			tallies.set(placeId, tally);
		}
	}

	// Most reported places first; ties broken by name and id so output is stable.
	const placeIds = [...tallies.keys()]
		.filter((id) => records.has(id))
		.sort((a, b) => {
			const ta = tallies.get(a)!;
			const tb = tallies.get(b)!;
			return tb.documents.length - ta.documents.length || tb.mentions - ta.mentions || records.get(a)!.name.localeCompare(records.get(b)!.name) || (a < b ? -1 : 1);
		});
	const slugs = new SlugRegistry();
	const excerptFiles = new Map<string, PlaceExcerpts>();
	const features: PlaceFeature[] = placeIds.map((placeId) => {
		const record = records.get(placeId)!;
		const tally = tallies.get(placeId)!;
		const excerptsFile = slugs.claim(placeId);
		excerptFiles.set(excerptsFile, { placeId, groups: [...tally.groups].sort((a, b) => byDateDesc(a, b) || (a.documentId < b.documentId ? -1 : 1)) });
		return placeFeature(record, countryName, {
			documentCount: tally.documents.length,
			mentionCount: tally.mentions,
			topics: [...tally.topics.entries()].sort((a, b) => b[1] - a[1] || topicOrder.indexOf(a[0]) - topicOrder.indexOf(b[0])).map(([topic]) => topic),
			firstDate: tally.firstDate,
			lastDate: tally.lastDate,
			documents: tally.documents,
			documentMentions: tally.documentMentions,
			excerptsFile
		});
	});

	// a topic that matches nothing in this corpus is kept with zero counts: the explorer lists it behind
	// "show all" (a hidden topic is never given to a document, and is not listed)
	const topics: TopicSummary[] = taxonomy.topics
		.filter((topic) => !topic.hidden)
		.map((topic) => ({
			id: topic.id,
			label: topic.label,
			documentCount: documents.filter((d) => d.document.topics.some((t) => t.topic === topic.id)).length,
			placeCount: features.filter((f) => f.properties.topics.includes(topic.id)).length
		}));

	return { places: { type: 'FeatureCollection', features }, excerpts: excerptFiles, topics, documents: documents.map((d) => summarize(d.document)) };
}
