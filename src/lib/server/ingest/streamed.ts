// The full ingest of a big corpus (from `staticFilesLimit` documents), streamed so its memory does not
// grow with the corpus: the files are read twice in parts — first for what needs the whole corpus (how
// many documents, the run's fingerprint, the sample topic discovery fits), then to geoparse, process
// and write each part into a new store and drop it. Place totals, dates and per-topic counts are the
// store's own (counted as documents are written, the rest computed once in SQL at the end), and the
// JSON files (places.geojson, documents.json, docs/, excerpts/) are not made: at this size the live
// explorer asks the store, and they are marked, so `publish` and `export` make them (a full ingest)
// before they read them — as after an incremental run. The new store is written into the new output
// folder (or beside `--store sqlite:PATH`) and replaces the old one only when complete: a run killed
// on the way leaves the previous output and store as they were. The two passes are streamed-scan.ts and
// streamed-write.ts; this module decides whether they run and replaces the output with what they made.
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Correction } from '../../places/correction-format.ts';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { Store } from '../../store/types.ts';
import { escapeRegExp } from '../../regexp.ts';
import { geoparserFingerprint, hashText, ingestCodeFingerprint } from './cache.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { boundHeapGrowth } from './heap-growth.ts';
import { STATIC_FILES_LIMIT, storedManifest } from './incremental.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { GENERATOR, MAX_TOPONYMS_PER_DOCUMENT, openGeoparser, type IngestSetup } from './ingest-setup.ts';
import { checkOwnOutput } from './output-guard.ts';
import { DEFAULT_MAX_FILE_BYTES } from './read-corpus.ts';
import { STORE_FILE } from './store-sync.ts';
import { scanCorpus } from './streamed-scan.ts';
import { writeStreamed } from './streamed-write.ts';
import { DISCOVERED_TAXONOMY_FILE, discoverTaxonomyText, discoveredFromText, reusableTaxonomy, type ChosenTaxonomy } from './taxonomy-choice.ts';
import { walkCorpus } from './walk-corpus.ts';
import { packFiles } from './packed-files.ts';
import { isAlive, replaceFolderAtomically } from './write-output.ts';

/** Files read, geoparsed and written at a time: what the run holds besides its gazetteer. */
export const PART_FILES = 500;

export interface StreamedSetup {
	started: number;
	corpusDir: string;
	outDir: string;
	/** the output folder as the summary names it */
	shownOutDir: string;
	corpusName: string;
	generator: string;
	given: ChosenTaxonomy | null;
	rediscover: boolean;
	corrections: Correction[];
	correctionsRaw: string;
	correctionsFile: string | undefined;
	topicsFile: string | undefined;
	maxToponyms: number;
	maxFileBytes: number;
	staticFilesLimit: number;
	partFiles: number;
	/** `--store sqlite:PATH`, or null: the store is the output folder's */
	ownStore: string | null;
	openGeoparser: () => Promise<IngestGeoparser>;
	onProgress?: (done: number, total: number) => void;
}

const exists = (path: string) => stat(path).then(
	() => true,
	() => false
);

/** What the streamed run of these options needs. */
export function streamedSetup(options: IngestOptions, setup: IngestSetup): StreamedSetup {
	return {
		started: setup.started,
		corpusDir: setup.corpusDir,
		outDir: setup.outDir,
		shownOutDir: resolve(options.outDir),
		corpusName: setup.corpusName,
		generator: GENERATOR,
		given: setup.given,
		rediscover: options.rediscover === true,
		corrections: setup.corrections,
		correctionsRaw: setup.correctionsRaw,
		correctionsFile: setup.correctionsFile,
		topicsFile: options.topicsFile ? resolve(options.topicsFile) : undefined,
		maxToponyms: options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT,
		maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
		staticFilesLimit: options.staticFilesLimit ?? STATIC_FILES_LIMIT,
		partFiles: options.partFiles ?? PART_FILES,
		ownStore: options.store?.kind === 'sqlite' ? resolve(options.store.path) : null,
		openGeoparser: () => openGeoparser(options),
		onProgress: options.onProgress
	};
}

/** The streamed full ingest, or null when the corpus is below the limit (the in-memory run makes its JSON files). */
export async function streamedIngest(setup: StreamedSetup): Promise<IngestSummary | null> {
	// the first pass and topic discovery make short-lived garbage as the writing does: bounded too
	const releaseHeap = boundHeapGrowth();
	try {
		return await scanAndWrite(setup);
	} finally {
		releaseHeap();
	}
}

async function scanAndWrite(setup: StreamedSetup): Promise<IngestSummary | null> {
	// held packed through both passes: the walk's objects would grow the run's memory with the corpus
	const { files, skipped } = await walkCorpus(setup.corpusDir).then((walked) => ({ files: packFiles(walked.files, walked.root), skipped: walked.skipped }));
	// one document a file, but for JSON Lines: a corpus of fewer files is small unless it has some
	if (files.length < setup.staticFilesLimit && !files.somePath((path) => /\.(jsonl|ndjson)$/i.test(path))) return null;
	const previousTaxonomy = setup.given || setup.rediscover ? null : reusableTaxonomy(await readFile(join(setup.outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null));
	const scan = await scanCorpus(files, skipped, setup.maxFileBytes, !setup.given && !previousTaxonomy, setup.partFiles);
	if (scan.documents < setup.staticFilesLimit) return null;

	const chosen = setup.given ?? previousTaxonomy ?? discoveredFromText(discoverTaxonomyText(scan.sample!));
	scan.sample = null;
	const [geoparserVersion, ingestCode] = await Promise.all([geoparserFingerprint(), ingestCodeFingerprint()]);
	const fingerprint = hashText(setup.generator, setup.corpusName, ingestCode, geoparserVersion, chosen.raw, setup.correctionsRaw, JSON.stringify(scan.skipped), scan.digest);
	const storePath = setup.ownStore ?? join(setup.outDir, STORE_FILE);
	const unchanged = await unchangedSummary(setup, storePath, fingerprint);
	if (unchanged) {
		setup.onProgress?.(scan.documents, scan.documents);
		return { ...unchanged, skipped: scan.skipped, upToDate: true, durationMs: Math.round(performance.now() - setup.started) };
	}

	if (setup.ownStore) await removeStaleStores(setup.ownStore);
	let summary: IngestSummary | null = null;
	await replaceFolderAtomically(setup.outDir, async (folder) => {
		// beside the store it replaces, renamed over it once complete
		const newStore = setup.ownStore ? `${setup.ownStore}.tmp-${process.pid}-${randomBytes(4).toString('hex')}` : join(folder, STORE_FILE);
		try {
			summary = await writeStreamed(setup, { folder, storePath: newStore, files, walkSkipped: skipped, scan, chosen, fingerprint, geoparserVersion });
			if (setup.ownStore) await rename(newStore, setup.ownStore);
		} catch (error) {
			if (setup.ownStore) await rm(newStore, { force: true });
			throw error;
		}
		await checkOwnOutput(folder);
	});
	return { ...summary!, durationMs: Math.round(performance.now() - setup.started) };
}

/** New stores that runs killed part-way left beside `--store sqlite:PATH` (their process is gone). */
async function removeStaleStores(path: string): Promise<void> {
	const pattern = new RegExp(`^${escapeRegExp(basename(path))}\\.tmp-(\\d+)-[0-9a-f]+(-journal)?$`);
	const names = await readdir(dirname(path)).catch(() => [] as string[]);
	for (const name of names) {
		const match = pattern.exec(name);
		if (match && !isAlive(Number(match[1]))) await rm(join(dirname(path), name), { force: true });
	}
}

/** The summary kept with the store when the run that wrote it had this fingerprint, and its output is whole. */
async function unchangedSummary(setup: StreamedSetup, storePath: string, fingerprint: string): Promise<IngestSummary | null> {
	// the JSON files are marked as made on demand: what matters is that the store is whole
	if (!(await exists(storePath)) || !(await exists(join(setup.outDir, 'manifest.json')))) return null;
	let store: Store;
	try {
		store = openSqliteStore(storePath, { readonly: true });
	} catch {
		return null;
	}
	try {
		const state = await store.state();
		if (state.output !== fingerprint || !state.summary) return null;
		// counted by the store when it was written
		return { ...(JSON.parse(state.summary) as IngestSummary), places: (await storedManifest(store))?.counts.places ?? 0 };
	} finally {
		await store.close();
	}
}
