// Where the explorer's data comes from. Live: a gazette server answers each question from its store,
// and the browser holds only the current view. Static: the JSON extract (embeds, snapshots, any static
// host, outputs without a store) is loaded once and filtered in the page. Both answer the same questions.
import type { DocumentFull, Manifest, PlaceKind, PlaceProperties, TopicSummary } from '../contracts.ts';
import type { DocumentPage, ExcerptPage } from '../store/types.ts';
import type { ExplorerIndex, FilterResult } from './filter.ts';
import { isPublished } from './published.ts';
import type { Filters } from './url.ts';

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
}

export interface ReaderDocument {
	document: DocumentFull;
	/** names of the places the document mentions */
	placeNames: Record<string, string>;
}

export interface DataSource {
	readonly live: boolean;
	readonly info: SourceInfo;
	view(filters: Filters): Promise<SourceView>;
	/** the excerpts of one place in the filtered documents, a page of documents at a time */
	excerpts(place: PlaceProperties, filters: Filters, offset: number, limit: number): Promise<ExcerptPage>;
	document(id: string): Promise<ReaderDocument | null>;
	/** documents by words (`text`; titles only in a static extract) under the other filters */
	searchDocuments(filters: Filters & { text: string }, offset: number, limit: number): Promise<DocumentPage>;
	/** the title of one document, for descriptions of a view limited to it */
	documentTitle(id: string): Promise<string | null>;
}

let source: Promise<DataSource> | null = null;

/** The live source when the server has an API for this output, the static extract otherwise. */
export function loadDataSource(): Promise<DataSource> {
	source ??= (async () => {
		// a published bundle sits on a static host: there is no API to ask
		if (!isPublished()) {
			const { openHttpSource } = await import('./http-source.ts');
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
