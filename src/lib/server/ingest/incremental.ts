// The incremental run of a big corpus: only the files whose size or modification time changed since
// the last ingest are read and geoparsed, and the store's write touches only their documents' rows
// and the totals and per-topic counts of the places and topics they concern (one transaction: a killed
// run leaves the previous store). The JSON files of the output folder are not rewritten — at this
// size the live explorer asks the store — but marked, so `publish` and `export` make them again
// (a full ingest) before they read them. Anything the per-file records cannot settle alone (another
// taxonomy, corrections or code; a document id or output name two files compete for) runs the full
// ingest instead.
import { readFile, stat } from 'node:fs/promises';
import type { Manifest } from '../../contracts.ts';
import { join } from 'node:path';
import type { Correction } from '../../places/correction-format.ts';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { FilesSnapshot, IngestFileRow, Store } from '../../store/types.ts';
import { StaleStoreError } from '../../store/sql/corrections.ts';
import { geoparserFingerprint, hashText, ingestCodeFingerprint } from './cache.ts';
import { correctionCounts, topUnresolved, unresolvedTotal, type IngestTotals } from './file-state.ts';
import type { IngestGeoparser } from './geoparser.ts';
import type { IngestSummary } from './index.ts';
import type { FileStamp } from './read-corpus.ts';
import { compareStamps, firstChangeWatch } from './stamp-compare.ts';
import { mainStatter, workerStatter } from './stat-files.ts';
import { phase, timed } from '../../store/postgres/timeline.ts';
import { DISCOVERED_TAXONOMY_FILE, reusableTaxonomy, type ChosenTaxonomy } from './taxonomy-choice.ts';
import { walkCorpus, type CorpusFile, type SkippedInput } from './walk-corpus.ts';

/** Corpora with at least this many documents are ingested incrementally, their JSON files made on demand. */
export const STATIC_FILES_LIMIT = 5_000;

/** From this many kept files an incremental run stamps them in a worker thread (stat-files.ts). */
export const STAT_WORKER_FILES = 10_000;

export const STATE_SETTINGS = 'files-settings';
export const STATE_TOTALS = 'files-totals';
/** what the summary reports that the per-file records do not: invalid places, topics' source, attribution */
export const STATE_RUN = 'files-run';

export interface RunFacts {
	invalidPlaces: string[];
	topicsSource: ChosenTaxonomy['source'];
	attribution: string[];
}

/** Everything besides the files that shapes the output: equal means an incremental run may build on the last one. */
export async function settingsFingerprint(parts: { generator: string; corpusName: string; taxonomyRaw: string; correctionsRaw: string; maxToponyms: number; maxFileBytes: number }): Promise<string> {
	const [geoparser, code] = await Promise.all([geoparserFingerprint(), ingestCodeFingerprint()]);
	return hashText(parts.generator, parts.corpusName, code, geoparser, parts.taxonomyRaw, parts.correctionsRaw, String(parts.maxToponyms), String(parts.maxFileBytes));
}

export const compareSkipped = (a: SkippedInput, b: SkippedInput) => a.path.localeCompare(b.path, 'en', { numeric: true });

export interface IncrementalSetup {
	corpusDir: string;
	outDir: string;
	storePath: string;
	corpusName: string;
	generator: string;
	given: ChosenTaxonomy | null;
	corrections: Correction[];
	correctionsRaw: string;
	correctionsFile: string | undefined;
	maxToponyms: number;
	maxFileBytes: number;
	staticFilesLimit: number;
	/** what starts the geoparser (at once, synchronously: its gazetteer loads while the run goes on), given
	 * the place ids lookups must answer besides those its parses report (the corrections' places) */
	geoparserStarter: (prefetch: string[]) => Promise<() => Promise<IngestGeoparser>>;
	onProgress?: (done: number, total: number) => void;
	/** the shared store to build on instead of the embedded file: no output folder, any corpus size */
	shared?: Store;
}

/** What an incremental run reports: the ingest summary but for where it ran and how long it took. */
export type IncrementalResult = Omit<IngestSummary, 'corpusDir' | 'outDir' | 'store' | 'outputBytes' | 'durationMs' | 'incremental'> &
	Required<Pick<IngestSummary, 'incremental'>>;

const exists = (path: string) => stat(path).then(
	() => true,
	() => false
);

/** The incremental run, or null when the full ingest must run (first run, small corpus, settings changed…). */
export async function ingestIncrementally(setup: IncrementalSetup): Promise<IncrementalResult | null> {
	if (setup.shared) {
		try {
			return await incrementalRun(setup, setup.shared);
		} catch (error) {
			// another worker wrote these files' change first: this run now finds them done (or others changed)
			if (error instanceof StaleStoreError) return incrementalRun(setup, setup.shared);
			throw error;
		}
	}
	if (!(await exists(setup.storePath)) || !(await exists(join(setup.outDir, 'manifest.json')))) return null;
	let store: Store;
	try {
		store = openSqliteStore(setup.storePath);
	} catch {
		return null;
	}
	try {
		return await incrementalRun(setup, store);
	} finally {
		await store.close();
	}
}

/** What an incremental run builds on: the store's totals and run facts, and the taxonomy its settings name. */
export interface IncrementalBase {
	/** the totals as the store held them (a shared store's write checks they still are) */
	totalsBefore: string;
	totals: IngestTotals;
	run: RunFacts;
	chosen: ChosenTaxonomy;
	/** the manifest read with the totals, when the run read them in one snapshot */
	manifest?: Manifest | null;
}

/** The store's state an incremental run builds on, or null when the full ingest must run. `settings`:
 * the settings fingerprint when the caller worked it out already (a watching ingest, once); `read`: the
 * state (and manifest) when the caller read it already, with the stamps. */
export async function incrementalBase(setup: IncrementalSetup, store: Store, settings?: string, read?: Pick<FilesSnapshot, 'state' | 'manifest'>): Promise<IncrementalBase | null> {
	const state = read?.state ?? (await store.state());
	if (!state[STATE_SETTINGS] || !state[STATE_TOTALS] || !state[STATE_RUN] || !store.fileStamps || !store.fileEntries || !store.takenDocuments || !store.filesSnapshot) return null;
	const totalsBefore = state[STATE_TOTALS];
	const totals = JSON.parse(totalsBefore) as IngestTotals;
	const run = JSON.parse(state[STATE_RUN]) as RunFacts;
	// the shared store has no JSON files to make: any size is ingested file by file
	if ((!setup.shared && totals.documents < setup.staticFilesLimit) || totals.clashes || totals.duplicates || totals.corrected.length !== setup.corrections.length) return null;
	const discovered = setup.shared ? (state.taxonomy ?? null) : await readFile(join(setup.outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null);
	const chosen = setup.given ?? reusableTaxonomy(discovered);
	if (!chosen) return null;
	if ((settings ?? (await settingsFingerprint({ ...setup, taxonomyRaw: chosen.raw }))) !== state[STATE_SETTINGS]) return null;
	return { totalsBefore, totals, run, chosen, ...(read ? { manifest: read.manifest } : {}) };
}

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) => a !== undefined && b !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

async function incrementalRun(setup: IncrementalSetup, store: Store): Promise<IncrementalResult | null> {
	// the totals and the stamps they go with, in one snapshot: read apart, another worker's write of the
	// same change between them left this run finding nothing changed and reporting the totals before it
	if (!store.filesSnapshot) return null;
	const snapshot = await timed('stamps', () => store.filesSnapshot!());
	const base = await timed('base', () => incrementalBase(setup, store, undefined, snapshot));
	if (!base) return null;
	const known = snapshot.stamps;
	// the geoparser starts at the first changed file: its gazetteer loads (in its worker) while the
	// other files are stamped and compared; when nothing changed it is never started
	const startGeoparser = await setup.geoparserStarter(setup.corrections.flatMap((c) => (c.placeId ? [c.placeId] : [])));
	let started: Promise<IngestGeoparser> | null = null;
	const start = () => (started ??= timed('gazetteer', startGeoparser));
	// a big corpus's files are stamped in a worker while the walk lists them (a first change found
	// among them starts the geoparser at once)
	let watch: ReturnType<typeof firstChangeWatch> | null = null;
	const statter = known.count >= STAT_WORKER_FILES ? workerStatter((at, count, stamps) => watch?.(at, count, stamps)) : mainStatter();
	try {
		const walked = await timed('walk', () =>
			walkCorpus(setup.corpusDir, undefined, (files) => {
				watch ??= firstChangeWatch(files, known, start);
				statter.add(files);
			})
		);
		const comparing = phase('compare');
		const stamps = await statter.stamps(walked.files);
		const { changed, removed } = compareStamps(walked.files, known, stamps);
		if (changed.length > 0) start();
		comparing();
		const changes: FileChanges = { changed, removed, present: sortedPaths(walked.files), walkSkipped: walked.skipped };
		// the store's per-file methods were checked by incrementalBase
		const done = await timed('changed-files', () => changedFilesRun(setup, store as FileStore, base, changes, () => (started ??= startGeoparser())));
		return done?.result ?? null;
	} finally {
		statter.close();
		// started for a file that gave no document, or a run that turned out to need the full ingest
		if (started) await (started as Promise<IngestGeoparser>).then((geoparser) => geoparser.close(), () => {});
	}
}

/** Whether a path is one of the walked files, by binary search: the walk gives them sorted by path (as
 * JavaScript compares strings), and a set of 200,000 paths cost 0.1 s and its garbage for the one or
 * two paths a run asks about. */
export function sortedPaths(files: readonly { path: string }[]): { has(path: string): boolean } {
	return {
		has(path: string) {
			let low = 0;
			let high = files.length;
			while (low < high) {
				const mid = (low + high) >>> 1;
				if (files[mid]!.path < path) low = mid + 1;
				else high = mid;
			}
			return low < files.length && files[low]!.path === path;
		}
	};
}

/** A store with the per-file records an incremental run reads. */
export type FileStore = Store & Required<Pick<Store, 'fileStamps' | 'fileEntries' | 'takenDocuments' | 'filesSnapshot'>>;

/** The files an incremental run reads again and the records it drops. */
export interface FileChanges {
	changed: CorpusFile[];
	removed: string[];
	/** the corpus's files now (a record's `file.jsonl:12` belongs to its file) */
	present: { has(path: string): boolean };
	/** what the corpus walk itself skipped (unreadable folders, symlinks out of the corpus) */
	walkSkipped: SkippedInput[];
}

/** The run once the files are compared: its result and the file records it wrote (null: the full
 * ingest must run). `takeGeoparser` gives the geoparser, started or kept by the caller, who closes it. */
export async function changedFilesRun(setup: IncrementalSetup, store: FileStore, base: IncrementalBase, changes: FileChanges, takeGeoparser: () => Promise<IngestGeoparser>): Promise<{ result: IncrementalResult; files: IngestFileRow[] } | null> {
	const { totals, run, chosen } = base;
	const { changed, removed } = changes;
	// as the full run's topics.json counts them: every topic not hidden, matched or not
	const topicCount = chosen.taxonomy.topics.filter((t) => !t.hidden).length;
	const result = (upToDate: boolean, places: number, geoparsed: number): IncrementalResult => ({
		documents: totals.documents,
		places,
		mentions: totals.mentions,
		unresolved: unresolvedTotal(totals),
		unresolvedNames: topUnresolved(totals),
		skipped: [...changes.walkSkipped, ...totals.skipped].sort(compareSkipped),
		capped: totals.capped,
		corrections: correctionCounts(setup.corrections, totals.corrected),
		topics: { source: chosen.source === 'discovered' ? 'reused' : chosen.source, count: topicCount },
		invalidPlaces: run.invalidPlaces,
		geoparsed,
		cached: totals.documents - geoparsed,
		upToDate,
		incremental: { changed: changed.length, removed: removed.length }
	});
	if (changed.length === 0 && removed.length === 0) {
		const manifest = base.manifest !== undefined ? base.manifest : await storedManifest(store);
		setup.onProgress?.(totals.documents, totals.documents);
		return { result: result(true, manifest?.counts.places ?? 0, 0), files: [] };
	}

	const { writeChangedFiles } = await import('./changed-files.ts');
	return writeChangedFiles(setup, store, base, changes, takeGeoparser, result);
}

/** The manifest the store keeps (its place count is the store's), without info()'s grouping of every document. */
export const storedManifest = async (store: Store): Promise<Manifest | null> => (store.manifest ? store.manifest() : ((await store.info())?.manifest ?? null));
