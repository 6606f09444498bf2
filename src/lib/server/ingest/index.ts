// Ingest: a corpus folder in, the explorer's data folder out (see src/lib/contracts.ts for the layout).
import { resolve } from 'node:path';
import type { IngestGeoparser } from './geoparser.ts';
import { describeUrl, type StoreTarget } from '../../store/target.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';
import { startPhase, timed } from '../../store/postgres/timeline.ts';
import type { SkippedInput } from './read-corpus.ts';
import { checkReplaceable } from './output-guard.ts';
import { recoverInterruptedOutput } from './write-output.ts';
import type { ChosenTaxonomy } from './taxonomy-choice.ts';
import { ingestIncrementally } from './incremental.ts';
import { incrementalSetup, prepareIngest, type IngestSetup } from './ingest-setup.ts';

export { InputFileError } from '../../corpus/input-error.ts';
export { GeoparserChangedError } from './geoparser-stamp.ts';
export { CORPUS_CORRECTIONS_FILE, MAX_TOPONYMS_PER_DOCUMENT } from './ingest-setup.ts';
export { DEFAULT_CORPUS_DIR, DEFAULT_OUT_DIR, DEFAULT_TOPICS_FILE } from './inputs.ts';
export { CORPUS_TOPICS_FILE } from './taxonomy-choice.ts';
export type { SkippedInput } from './read-corpus.ts';
export type { IngestGeoparser } from './geoparser.ts';


export interface IngestOptions {
	corpusDir: string;
	outDir: string;
	/** default: data/topics.json for the sample corpus, topics discovered from the corpus otherwise */
	topicsFile?: string;
	/** discover topics again instead of reusing the ones an earlier run discovered */
	rediscover?: boolean;
	/** the corpus's saved taxonomy's next content, checked and applied before it is saved (the explorer's server) */
	topicsText?: string;
	/** default: the corpus's .gazette-corrections.json when it exists */
	correctionsFile?: string;
	/** the corrections file's next content, checked and applied before it is saved (the explorer's server) */
	correctionsText?: string;
	onProgress?: (done: number, total: number) => void;
	/** files larger than this are skipped (default 20 MB) */
	maxFileBytes?: number;
	/** worker threads for geoparsing big corpora (default: cores − 1) */
	workers?: number;
	/** replaces the real geoparser (tests) */
	createGeoparser?: () => Promise<IngestGeoparser>;
	/** what pages and figures call the corpus (default: the folder's name; never its path) */
	name?: string;
	/** keep at most this many toponyms of one document, the first ones (default MAX_TOPONYMS_PER_DOCUMENT) */
	maxToponymsPerDocument?: number;
	/** where the store lives (default: gazette.sqlite in the output folder); with PostgreSQL the
	 * database is the whole output (no folder is written) and workers share the geoparse work */
	store?: StoreTarget;
	/** a corpus of at least this many documents is ingested incrementally (only changed files are read,
	 * only their rows written) and its JSON files are made on demand (default STATIC_FILES_LIMIT) */
	staticFilesLimit?: number;
	/** make the JSON files now, whatever the corpus's size (publish, export) */
	staticFiles?: boolean;
	/** the files a big corpus's full ingest reads, geoparses and writes at a time (default 500) */
	partFiles?: number;
}

export interface IngestSummary {
	corpusDir: string;
	outDir: string;
	/** the shared store written instead of a folder (its address, without a password) */
	store?: string;
	documents: number;
	places: number;
	mentions: number;
	/** toponyms found but not placed, and the most frequent of their names */
	unresolved: number;
	unresolvedNames: { name: string; count: number }[];
	skipped: SkippedInput[];
	/** documents that named more places than one document may keep: the first ones were kept */
	capped: { path: string; found: number; kept: number }[];
	corrections: { correction: string; changed: number }[];
	/** where the topics came from, and how many */
	topics: { source: ChosenTaxonomy['source']; count: number };
	/** places dropped because their geometry failed validation */
	invalidPlaces: string[];
	geoparsed: number;
	cached: number;
	/** nothing changed since the last run: the output was left as it was */
	upToDate: boolean;
	/** an incremental run: the files read again and removed (the JSON files are made on demand) */
	incremental?: { changed: number; removed: number };
	outputBytes: number;
	durationMs: number;
}

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
	const setup = await prepareIngest(options);
	startPhase();
	// store-sync.ts (and the aggregation code it imports) only for the shared store: an embedded one-shot run
	// that finds nothing changed never needs it
	const shared = options.store?.kind === 'postgres' ? ((await timed('open-store', async () => (await import('./store-sync.ts')).openTargetStore(options.store!))) as PostgresStore) : null;
	try {
		return await ingestInto(options, { ...setup, shared });
	} finally {
		await shared?.close();
	}
}

/** The run in stages: the incremental run where the store's file records settle it, else the streamed
 * full ingest of a big corpus, else the full ingest in memory (each loaded only when the run gets there). */
async function ingestInto(options: IngestOptions, setup: IngestSetup & { shared: PostgresStore | null }): Promise<IngestSummary> {
	const { started, corpusDir, outDir, shared } = setup;
	if (!shared) await recoverInterruptedOutput(outDir);
	// only the files that changed since the last run, when their records settle it (both stores)
	if (!options.staticFiles && options.rediscover !== true) {
		const incremental = await timed('incremental-check', () => ingestIncrementally(incrementalSetup(options, setup, shared)));
		const store = options.store?.kind === 'postgres' ? { store: describeUrl(options.store.url) } : {};
		if (incremental) return { ...incremental, corpusDir, outDir: resolve(options.outDir), ...store, outputBytes: 0, durationMs: Math.round(performance.now() - started) };
	}
	if (!shared) {
		await checkReplaceable(outDir);
		if (!options.staticFiles) {
			const { streamedIngest, streamedSetup } = await import('./streamed.ts');
			const streamed = await streamedIngest(streamedSetup(options, setup));
			if (streamed) return streamed;
		}
	}
	const { memoryIngest } = await import('./memory-ingest.ts');
	return memoryIngest(options, setup);
}
