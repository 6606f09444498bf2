// The live data source: every question goes to the gazette server's API (/api/*), which answers from
// its store. The browser holds the current view (at most the server's view limit of places), never the
// corpus; a bigger view comes clustered (map features per bbox and zoom) with its list paged.
import type { FeatureCollection } from 'geojson';
import { PLACE_KINDS, type PlaceFeature, type PlaceKind } from '../contracts.ts';
import type { DocumentPage, ExcerptPage, PlaceRow, StoreInfo, ViewSummary } from '../store/types.ts';
import type { ExplorerIndex, FilterResult } from './filter.ts';
import { normalizeText } from './filter.ts';
import type { DataSource, PlaceAnswer, ReaderDocument, ServerFeatures, SourceView } from './source.ts';
import { apiUrl, filterParams, takeEarly, viewAsked, viewParams } from './api-requests.ts';

async function getJson<T>(route: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T | null> {
	const url = apiUrl(route, params);
	const response = await (takeEarly(url) ?? fetch(url, { signal }));
	if (response.status === 404) return null;
	if (!response.ok) throw new Error(`The server could not answer ${route} (HTTP ${response.status})`);
	return (await response.json()) as T;
}

function feature(row: PlaceRow): PlaceFeature {
	return {
		type: 'Feature',
		id: row.id,
		geometry: row.geometry ?? { type: 'Point', coordinates: [row.lon, row.lat] },
		properties: {
			id: row.id,
			name: row.name,
			kind: row.kind,
			country: row.country,
			countryName: row.countryName,
			admin1Name: row.admin1Name ?? null,
			lat: row.lat,
			lon: row.lon,
			documentCount: row.totalDocuments,
			mentionCount: row.totalMentions,
			topics: [],
			firstDate: row.firstDate,
			lastDate: row.lastDate,
			documents: [],
			excerptsFile: '',
			geonameId: row.geonameId
		}
	};
}

const NO_DOCUMENTS = new Int32Array(0);

/** The view as the explorer's components take it: an index of just the visible places, all shown. */
export function viewIndex(rows: PlaceRow[], summary: ViewSummary, info: { topics: ExplorerIndex['topics'] }, total: number, clustered = false): SourceView {
	const places = rows.map(feature);
	let placeText: string[] | null = null;
	const index: ExplorerIndex = {
		places,
		documents: [],
		topics: info.topics,
		placeById: new Map(places.map((p, i) => [p.properties.id, i] as const)),
		docById: new Map(),
		// no documents in a live view: one empty list for every place (not 1,700 arrays per answer)
		placeDocs: places.map(() => NO_DOCUMENTS),
		// the server searches a live view: folded names only when something filters this one in the page
		get placeText() {
			return (placeText ??= places.map((p) => normalizeText(`${p.properties.name}\u0000${p.properties.countryName ?? ''}`)));
		},
		topicDocs: new Map(),
		placeDocMentions: places.map(() => null),
		placeMentions: Int32Array.from(rows.map((r) => r.totalMentions))
	};
	const result: FilterResult = {
		docMask: new Uint8Array(0),
		placeDocCount: Int32Array.from(rows.map((r) => r.documentCount)),
		placeMentionCount: Int32Array.from(rows.map((r) => r.mentionCount)),
		visible: rows.map((_, i) => i),
		placeCount: summary.placeCount,
		documentCount: summary.documentCount,
		mentionCount: summary.mentionCount,
		topicCounts: new Map(Object.entries(summary.topicCounts)),
		kindCounts: new Map(Object.entries(summary.kindCounts) as [PlaceKind, number][])
	};
	return { index, result, truncated: total > rows.length, clustered };
}

/** The live source, or null when this server has no API for the output (a static host, an old output). */
export async function openHttpSource(): Promise<DataSource | null> {
	let info: StoreInfo | null;
	try {
		info = await getJson<StoreInfo>('info');
	} catch {
		return null;
	}
	if (!info || typeof info !== 'object' || !('manifest' in info)) return null;
	const known = info;
	const titles = new Map<string, string | null>();
	const source: DataSource = {
		live: true,
		info: {
			manifest: known.manifest,
			topics: known.topics,
			kinds: PLACE_KINDS.filter((k) => known.kinds.includes(k)),
			dateSpan: known.dateSpan,
			documentCount: known.manifest.counts.documents
		},
		async view(filters, list) {
			const params = viewParams(filters, list);
			viewAsked(params);
			const answer = await getJson<{ summary: ViewSummary; total: number; places: PlaceRow[]; clustered?: boolean }>('view', params);
			if (!answer) throw new Error('The server has no data for this view');
			return viewIndex(answer.places, answer.summary, known, answer.total, answer.clustered === true);
		},
		async features(filters, bbox, zoom, signal) {
			const params = filterParams(filters);
			params.set('bbox', bbox.map((n) => n.toFixed(4)).join(','));
			params.set('zoom', String(Math.max(0, Math.floor(zoom))));
			const answer = await getJson<FeatureCollection & { areas: FeatureCollection }>('clusters', params, signal);
			const none: FeatureCollection = { type: 'FeatureCollection', features: [] };
			return { points: answer ? { type: 'FeatureCollection', features: answer.features } : none, areas: answer?.areas ?? none } satisfies ServerFeatures;
		},
		async clusterLeaves(filters, clusterId) {
			const params = filterParams(filters);
			params.set('cluster', String(clusterId));
			const answer = await getJson<FeatureCollection>('clusters', params);
			return (answer?.features ?? []).flatMap((f) => {
				const props = f.properties ?? {};
				if (f.geometry.type !== 'Point') return [];
				const [lon, lat] = f.geometry.coordinates;
				return [{ id: String(props.id), name: String(props.name), kind: String(props.kind), lon: lon!, lat: lat! }];
			});
		},
		async place(id, filters) {
			const params = filterParams(filters);
			params.set('id', id);
			const row = await getJson<PlaceRow>('place', params);
			return row && ({ place: feature(row).properties, documentCount: row.documentCount, mentionCount: row.mentionCount } satisfies PlaceAnswer);
		},
		async excerpts(place, filters, offset, limit) {
			const params = filterParams(filters);
			params.set('id', place.id);
			params.set('offset', String(offset));
			params.set('limit', String(limit));
			return (await getJson<ExcerptPage>('excerpts', params)) ?? { placeId: place.id, total: 0, groups: [] };
		},
		async document(id) {
			return getJson<ReaderDocument>('document', new URLSearchParams({ id }));
		},
		async searchDocuments(filters, offset, limit) {
			const params = filterParams(filters);
			params.set('offset', String(offset));
			params.set('limit', String(limit));
			return (await getJson<DocumentPage>('documents', params)) ?? { total: 0, documents: [] };
		},
		async documentTitle(id) {
			if (!titles.has(id)) titles.set(id, (await source.document(id))?.document.title ?? null);
			return titles.get(id) ?? null;
		}
	};
	return source;
}
