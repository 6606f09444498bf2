// Where the explorer's data comes from. Live: a gazette server answers each question from its store,
// and the browser holds only the current view. Static: the JSON extract (embeds, snapshots, any static
// host, outputs without a store) is loaded once and filtered in the page. Both answer the same questions.
import type { FeatureCollection } from 'geojson';
import type { DocumentFull, Manifest, PlaceKind, PlaceProperties, TopicSummary } from '../contracts.ts';
import type { DocumentPage, ExcerptPage } from '../store/types.ts';
import type { ExplorerIndex, FilterResult } from './filter.ts';
import { apiUrl, askEarly, LIST_PAGE, viewParams } from './api-requests.ts';
import { openHttpSource } from './http-source.ts';
import { isPublished } from './published.ts';
import { filtersOf, parseViewState, type Filters, type SortKey } from './url.ts';

export interface SourceInfo {
	manifest: Manifest;
	topics: TopicSummary[];
	/** kinds of the corpus places, in legend order */
	kinds: PlaceKind[];
	dateSpan: { min: string | null; max: string | null };
	documentCount: number;
}

/** The current view: an index of (at least) the visible places and the filter result over it. */
export interface SourceView {
	index: ExplorerIndex;
	result: FilterResult;
	/** more places pass than the view holds (the most documented are shown) */
	truncated: boolean;
	/**
	 * live, a view too big to send whole: the index holds the first places of the list in its sort
	 * order, the map asks the server for its features (`clusters`) and the list for more (`view` again)
	 */
	clustered?: boolean;
}

/** The map features of one view as the server clusters them. */
export interface ServerFeatures {
	/** single places (id, name, kind, n) and clusters (cluster_id, point_count, expansion_zoom, n) */
	points: FeatureCollection;
	/** the lines and polygons of the places that reach into the view */
	areas: FeatureCollection;
}

/** One place under the filters, asked for on its own (a place outside the listed part of a big view). */
export interface PlaceAnswer {
	place: PlaceProperties;
	documentCount: number;
	mentionCount: number;
}

export interface ReaderDocument {
	document: DocumentFull;
	/** names of the places the document mentions */
	placeNames: Record<string, string>;
}

export interface DataSource {
	readonly live: boolean;
	readonly info: SourceInfo;
	/** `list`: the sort and length of the list, for a view too big to send whole */
	view(filters: Filters, list?: { sort: SortKey; limit: number }): Promise<SourceView>;
	/** live only: the clustered map features of a view */
	features?(filters: Filters, bbox: [number, number, number, number], zoom: number, signal: AbortSignal): Promise<ServerFeatures>;
	/** live only: the places of one server cluster */
	clusterLeaves?(filters: Filters, clusterId: number): Promise<{ id: string; name: string; kind: string; lon: number; lat: number }[]>;
	/** live only: one place with its filtered counts */
	place?(id: string, filters: Filters): Promise<PlaceAnswer | null>;
	/** the excerpts of one place in the filtered documents, a page of documents at a time */
	excerpts(place: PlaceProperties, filters: Filters, offset: number, limit: number): Promise<ExcerptPage>;
	document(id: string): Promise<ReaderDocument | null>;
	/** documents by words (`text`; titles only in a static extract) under the other filters */
	searchDocuments(filters: Filters & { text: string }, offset: number, limit: number): Promise<DocumentPage>;
	/** the title of one document, for descriptions of a view limited to it */
	documentTitle(id: string): Promise<string | null>;
}

let source: Promise<DataSource> | null = null;

/**
 * The explorer's first two questions (corpus info, the view its URL asks for), sent as the app starts:
 * before the page's own code and the map's have loaded (the root layout calls this), so the answers
 * are in when the map is made. `loadDataSource` takes them.
 */
export function askFirstView(): void {
	if (isPublished()) return;
	const view = parseViewState(new URL(window.location.href).searchParams);
	askEarly(apiUrl('info'));
	askEarly(apiUrl('view', viewParams(filtersOf(view), { sort: view.sort, limit: LIST_PAGE })));
}

/**
 * The live source when the server has an API for this output, the static extract otherwise. `first`:
 * the view the page will ask for first, asked for at once with the corpus info (a server answers both).
 */
export function loadDataSource(first?: { filters: Filters; list: { sort: SortKey; limit: number } }): Promise<DataSource> {
	// a published bundle sits on a static host: there is no API to ask
	if (!source && !isPublished()) {
		askEarly(apiUrl('info'));
		if (first) askEarly(apiUrl('view', viewParams(first.filters, first.list)));
	}
	source ??= (async () => {
		if (!isPublished()) {
			// imported with the page, not asked for once it runs: on a busy machine that request came back
			// only after the map had started (0.5 s later)
			const live = await openHttpSource();
			if (live) return live;
		}
		const { openStaticSource } = await import('./static-source.ts');
		return openStaticSource();
	})();
	source.catch(() => (source = null));
	return source;
}

/** Loads the source again after the server rewrote the output (the map re-applies the result). */
export async function reloadDataSource(): Promise<DataSource> {
	const { forgetExplorerData } = await import('./data.ts');
	forgetExplorerData();
	source = null;
	return loadDataSource();
}
