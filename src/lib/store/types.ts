// The store's contract: what ingest writes and what the explorer's server asks. Pure types, shared by
// the SQLite and PostgreSQL stores, the HTTP API and the browser's data sources.
import type { DocumentFull, DocumentSummary, ExcerptGroup, Manifest, Mention, PlaceGeometry, PlaceKind, TopicMatch, TopicSummary } from '../contracts.ts';

/** The explorer's filters (state/url.ts holds them in the URL, all but `text`), and full-text search over documents. */
export interface QueryFilters {
	/** topic ids; a document passes when it has any of them */
	topics: string[];
	/** place kinds to show; empty = all */
	kinds: PlaceKind[];
	/** ISO dates (YYYY-MM-DD), inclusive */
	from: string | null;
	to: string | null;
	/** one document id */
	doc: string | null;
	/** free text, matched against place names and countries */
	q: string;
	/** words in document titles and texts (FTS) */
	text?: string;
}

/** An excerpt as stored: its text is a slice of the document's text. */
export interface ExcerptRef {
	offset: number;
	length: number;
	mentionStart: number;
	mentionEnd: number;
	topics: TopicMatch[];
}

/** One document as ingest hands it to the store; `hash` changes whenever any of its rows would. */
export interface StoredDocument {
	summary: DocumentSummary;
	text: string;
	mentions: Mention[];
	/** per place id, the excerpts shown for it */
	excerpts: [placeId: string, excerpts: ExcerptRef[]][];
	hash: string;
}

export interface StoredPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	countryName: string | null;
	/** the first-level division (PlaceProperties.admin1Name) */
	admin1Name: string | null;
	lat: number;
	lon: number;
	geonameId: number | null;
	/** lines and polygons; points are lat/lon */
	geometry: PlaceGeometry | null;
}

export interface StoredCorrection {
	correction: string;
	changed: number;
}

/** One ingest run's changes, applied in one transaction. */
export interface StoreChange {
	/** added or changed documents (their old rows are replaced) */
	upsert: Iterable<StoredDocument>;
	/** ids of documents no longer in the corpus */
	remove: string[];
	/** every place the upserted documents mention (others are kept while mentioned) */
	places: Iterable<StoredPlace>;
	topics: { id: string; label: string }[];
	corrections: StoredCorrection[];
	manifest: Manifest;
	/** opaque ingest state (fingerprints, summary), kept with the data it describes */
	state: Record<string, string>;
	/** ingest's record per corpus file (embedded store): `replace` drops every earlier one first */
	files?: { put: IngestFileRow[]; remove: string[]; replace?: boolean };
	/** the manifest's place count is the store's, counted before it is written (an incremental write) */
	countPlaces?: boolean;
	/** the state the change was worked out on (the shared store refuses the write with StaleStoreError when it holds another) */
	expected?: Record<string, string>;
	/**
	 * A first ingest written into a new embedded store in parts, one transaction each: a 'part' writes
	 * only its documents, places and file records (topics, corrections, manifest and state are not
	 * touched, and `remove` must be empty); the places' dates and the per-topic counts are computed once,
	 * for every row, by the last write ('last'), which also writes the rest.
	 */
	inParts?: 'part' | 'last';
}

/** Every corpus file's stamp the last ingest recorded: `count` paths joined by NUL, sorted as JavaScript
 * compares strings (the corpus walk's order), and their sizes and modification times in that order. */
export interface FileStampList {
	count: number;
	paths: string;
	sizes: Float64Array;
	mtimes: Float64Array;
}

/** What ingest keeps per corpus file so a later run reads only the files that changed. */
export interface IngestFileRow {
	/** corpus-relative */
	path: string;
	size: number;
	mtimeMs: number;
	/** what the file gave (documents, skips, counts), as ingest's file-state.ts reads it */
	entry: string;
}

/** What every write leaves besides its rows: the corrections applied, the manifest and the ingest state. */
export type RunRecord = Pick<StoreChange, 'corrections' | 'manifest' | 'state'>;

export interface TopicCount {
	places: number;
	documents: number;
}

/** A place under the current filters (its lines and polygons keep their shape): counts are those of the filtered documents. */
export interface PlaceRow extends StoredPlace {
	/** filtered documents mentioning it, and their mentions of it */
	documentCount: number;
	mentionCount: number;
	firstDate: string | null;
	lastDate: string | null;
	/** corpus-wide documents and mentions, whatever the filters */
	totalDocuments: number;
	totalMentions: number;
}

export interface ViewSummary {
	placeCount: number;
	documentCount: number;
	mentionCount: number;
	/** per topic: what selecting only that topic (with the other filters) would leave */
	topicCounts: Record<string, TopicCount>;
	/** per kind: places of that kind, ignoring the kind filter */
	kindCounts: Partial<Record<PlaceKind, number>>;
}

export type PlaceSort = 'documents' | 'mentions' | 'name' | 'recent';

export interface PlacePage {
	total: number;
	places: PlaceRow[];
}

export interface ExcerptPage {
	placeId: string;
	/** filtered documents mentioning the place */
	total: number;
	groups: ExcerptGroup[];
}

export interface DocumentHit {
	id: string;
	title: string;
	date: string | null;
	source: string | null;
	/** places the document mentions, most mentioned first (at most 5) */
	places: { id: string; name: string }[];
}

export interface DocumentPage {
	total: number;
	documents: DocumentHit[];
}

export interface StoreInfo {
	manifest: Manifest;
	topics: TopicSummary[];
	kinds: PlaceKind[];
	dateSpan: { min: string | null; max: string | null };
	/** documents per month (YYYY-MM) */
	dates: { month: string; documents: number }[];
}

/** What the explorer's server asks the store. */
export interface StoreQueries {
	/** the store's version (every write changes it): answers to the same question under one version are the same */
	version?(): Promise<string>;
	info(): Promise<StoreInfo | null>;
	/** reads ahead what later questions of any shape need (kept for the store's version), while the server is idle */
	prepare?(): Promise<void>;
	summary(filters: QueryFilters): Promise<ViewSummary>;
	places(filters: QueryFilters, sort: PlaceSort, offset: number, limit: number): Promise<PlacePage>;
	place(id: string, filters: QueryFilters): Promise<PlaceRow | null>;
	excerpts(placeId: string, filters: QueryFilters, offset: number, limit: number): Promise<ExcerptPage>;
	document(id: string): Promise<DocumentFull | null>;
	/** documents by words in their title or text (empty text: by title order), under the date/topic filters */
	searchDocuments(filters: QueryFilters, offset: number, limit: number): Promise<DocumentPage>;
}

/** Which documents a correction may touch: all conditions hold (null: no condition). */
export interface CorrectionScope {
	/** documents whose text has the words of this name */
	name: string | null;
	/** …and of this one ("where Atlanta is named") */
	whereNamed: string | null;
	/** documents naming one of these places */
	placeIds: string[] | null;
	/** only these documents */
	documents: string[] | null;
}

/** A stored document as applying a correction reads it again. */
export interface StoredDocumentRow {
	id: string;
	file: string;
	path: string;
	title: string;
	date: string | null;
	author: string | null;
	source: string | null;
	hash: string;
	text: string;
}

/** One document's rows a correction changes (its text, metadata, topics and full-text index stay). */
export interface DocumentRowsChange {
	id: string;
	hash: string;
	mentionCount: number;
	/** positions of mentions no longer there */
	removeMentions: [start: number, end: number][];
	/** mentions added or changed (one whose place the store lacks is left out, as ingest does) */
	putMentions: Mention[];
	/** places the document no longer names */
	removePlaces: string[];
	/** places it names anew or differently: its mentions of each and their excerpts as stored */
	putPlaces: { placeId: string; mentions: number; excerpts: string }[];
}

/** A correction's change: only the mention rows and place totals it changes are written. */
export interface MentionsChange {
	documents: DocumentRowsChange[];
	/** places the store lacks that the documents now name */
	places: StoredPlace[];
	corrections: StoredCorrection[];
	manifest: Manifest;
	state: Record<string, string>;
	/** the state the change was worked out on: the write is refused (StaleStoreError) when the store holds another */
	expected: Record<string, string>;
}

/** A document's row for one place, as stored: its mentions of it and their excerpts (JSON). */
export interface StoredDocumentPlace {
	mentions: number;
	excerpts: string;
}

/** What applying a correction in the store asks (sql/corrections.ts). */
export interface CorrectionQueries {
	correctionDocuments(scope: CorrectionScope): Promise<StoredDocumentRow[]>;
	/** corpus-wide documents per place id (places the store lacks are left out) */
	placeDocumentCounts(ids: readonly string[]): Promise<Map<string, number>>;
	/** the first mentions of a place (by document id and position) */
	placeMentions(placeId: string, limit: number): Promise<{ document: string; start: number; end: number }[]>;
	/** per document id, its rows per place id */
	documentPlaceRows(ids: readonly string[]): Promise<Map<string, Map<string, StoredDocumentPlace>>>;
	/** the stored places among these ids, as ingest hands them to the store */
	storedPlaces(ids: readonly string[]): Promise<Map<string, StoredPlace>>;
	/** the stored topic matches of these documents, in their order */
	documentTopics(ids: readonly string[]): Promise<Map<string, TopicMatch[]>>;
	storedCorrections(): Promise<StoredCorrection[]>;
	storedManifest(): Promise<Manifest | null>;
	/** the store's version, bumped by every write ('0' before the first) */
	storeVersion(): Promise<string>;
}

/** What an incremental run builds on, as one moment of the store held it. */
export interface FilesSnapshot {
	stamps: FileStampList;
	state: Record<string, string>;
	manifest: Manifest | null;
}

export interface Store extends StoreQueries, CorrectionQueries {
	/** id → hash of every stored document */
	documentHashes(): Promise<Map<string, string>>;
	state(): Promise<Record<string, string>>;
	write(change: StoreChange): Promise<void>;
	/** a correction's change, in one transaction (mentions only: no text or full-text index is rewritten) */
	writeMentions(change: MentionsChange): Promise<void>;
	/** path → size and modification time of every corpus file the last ingest read (embedded store) */
	fileStamps?(): Promise<Map<string, { size: number; mtimeMs: number }>>;
	/** the same stamps as one compact list (embedded store: one row, not a row per file) */
	fileStampList?(): Promise<FileStampList>;
	/** the manifest the last write left, read alone (embedded store: info() also groups every document) */
	manifest?(): Promise<Manifest | null>;
	/** the file stamps with the ingest state and manifest beside them, read in one snapshot: an incremental
	 * run compares the corpus with these stamps and reports these totals, so another process's write must
	 * not fall between the reads */
	filesSnapshot?(): Promise<FilesSnapshot>;
	/** those files' records (embedded store) */
	fileEntries?(paths: string[]): Promise<IngestFileRow[]>;
	/** ids of stored documents among `ids` (or with one of the output file names `files`) */
	takenDocuments?(ids: string[], files: string[]): Promise<{ id: string; file: string }[]>;
	/** the places of tile z/x/y under the filters as a Mapbox vector tile (the shared store: PostGIS ST_AsMVT) */
	placeTile?(filters: QueryFilters, z: number, x: number, y: number): Promise<Uint8Array>;
	close(): Promise<void>;
}
