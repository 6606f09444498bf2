// The full ingest of a big corpus (from `staticFilesLimit` documents), streamed so its memory does not
// grow with the corpus: the files are read twice in parts — first for what needs the whole corpus (how
// many documents, the run's fingerprint, the sample topic discovery fits), then to geoparse, process
// and write each part into a new store and drop it. Place totals, dates and per-topic counts are the
// store's own (counted as documents are written, the rest computed once in SQL at the end), and the
// JSON files (places.geojson, documents.json, docs/, excerpts/) are not made: at this size the live
// explorer asks the store, and they are marked, so `publish` and `export` make them (a full ingest)
// before they read them — as after an incremental run. The new store is written into the new output
// folder (or beside `--store sqlite:PATH`) and replaces the old one only when complete: a run killed
// on the way leaves the previous output and store as they were.
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Manifest } from '../../contracts.ts';
import { placeFeature } from '../../corpus/aggregate.ts';
import { slugify } from '../../corpus/ids.ts';
import { recordingLookup, type PlaceRecord } from '../../corpus/place-record.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import { addedPlaces, checkCorrectionPlaces } from '../../places/apply-corrections.ts';
import type { Correction } from '../../places/correction-format.ts';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { Store, StoredPlace } from '../../store/types.ts';
import { DISCOVERY_SAMPLE_SIZE } from '../../topics/discover.ts';
import { hashString } from '../../topics/random.ts';
import { compileTaxonomy } from '../../topics/taxonomy.ts';
import { writeFileAtomic } from '../atomic.ts';
import { correctionsPendingPath, geoparserFingerprint, hashText, ingestCodeFingerprint, openCacheWriter } from './cache.ts';
import type { CompactToponym } from './compact.ts';
import { keptCountryNames } from './country-names.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, correctionCounts, emptyEntry, emptyTotals, fileOfPath, fileRow, topUnresolved, totalsManifest, unresolvedTotal, type FileEntry } from './file-state.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { compareSkipped, settingsFingerprint, STATE_RUN, STATE_SETTINGS, STATE_TOTALS, STATIC_FILES_LIMIT, storedManifest, type RunFacts } from './incremental.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { GENERATOR, MAX_TOPONYMS_PER_DOCUMENT, openGeoparser, type IngestSetup } from './ingest-setup.ts';
import { documentPreparer, topicText, type PreparedDocument } from './inputs.ts';
import { DEFAULT_MAX_FILE_BYTES, readFiles, type FileStamp } from './read-corpus.ts';
import { STORE_FILE, storedDocument, storedPlace } from './store-sync.ts';
import { DISCOVERED_TAXONOMY_FILE, discoverTaxonomyText, discoveredFromText, reusableTaxonomy, type ChosenTaxonomy } from './taxonomy-choice.ts';
import { walkCorpus, type CorpusFile, type SkippedInput } from './walk-corpus.ts';
import { checkOwnOutput } from './output-guard.ts';
import { boundHeapGrowth } from './heap-growth.ts';
import { isAlive, replaceFolderAtomically, writeFiles } from './write-output.ts';
import { escapeRegExp } from '../../regexp.ts';

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

function* inParts<T>(items: T[], size: number): Generator<T[]> {
	for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The texts discovery would sample from the whole corpus (sampleInHashOrder), kept as they stream by. */
function hashOrderSample(size: number) {
	let kept: { text: string; hash: number }[] = [];
	const order = (a: { text: string; hash: number }, b: { text: string; hash: number }) => a.hash - b.hash || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
	const trim = () => (kept = kept.sort(order).slice(0, size));
	return {
		add(text: string) {
			kept.push({ text, hash: hashString(text) });
			if (kept.length >= 2 * size) trim();
		},
		texts: () => trim().map((entry) => entry.text)
	};
}

interface Scan {
	documents: number;
	skipped: SkippedInput[];
	/** each file's stamp as the first pass took it, by its position in the walk (NaN: none) — two
	 * arrays, not a map of 200,000 paths held through the run (27 MB of heap at 200,000 files) */
	stamps: { sizes: Float64Array; mtimes: Float64Array };
	/** the documents' ids, paths, text hashes, titles and metadata, hashed in corpus order */
	digest: string;
	sample: string[] | null;
}

function scanStamp(scan: Scan, index: number): FileStamp | undefined {
	const size = scan.stamps.sizes[index]!;
	return Number.isNaN(size) ? undefined : { size, mtimeMs: scan.stamps.mtimes[index]! };
}

/** The first pass: counts, fingerprints and (when topics are discovered) the discovery sample. */
async function scanCorpus(files: CorpusFile[], walkSkipped: SkippedInput[], maxFileBytes: number, wantSample: boolean, partFiles: number): Promise<Scan> {
	const skipped = [...walkSkipped];
	const prepare = documentPreparer(skipped);
	const stamps = { sizes: new Float64Array(files.length).fill(NaN), mtimes: new Float64Array(files.length).fill(NaN) };
	let start = 0;
	const digest = createHash('sha1');
	const sample = wantSample ? hashOrderSample(DISCOVERY_SAMPLE_SIZE) : null;
	let documents = 0;
	for (const part of inParts(files, partFiles)) {
		const read = await readFiles(part, maxFileBytes);
		skipped.push(...read.skipped);
		part.forEach(({ path }, i) => {
			const stamp = read.stamps.get(path);
			if (!stamp) return;
			stamps.sizes[start + i] = stamp.size;
			stamps.mtimes[start + i] = stamp.mtimeMs;
		});
		start += part.length;
		for (const d of prepare(read.entries)) {
			documents++;
			digest.update(`${d.source.id}\t${d.source.path}\t${d.hash}\t${d.source.extracted.title}\t${JSON.stringify(d.source.extracted.meta)}`).update('\u0000');
			sample?.add(topicText(d.source));
		}
	}
	return { documents, skipped: skipped.sort(compareSkipped), stamps, digest: digest.digest('hex'), sample: sample?.texts() ?? null };
}

/** A place as the store keeps it (the fields places.geojson would give it), or the reason it is invalid. */
function placeOf(record: PlaceRecord, countryName: (code: string) => string | null): StoredPlace | string {
	// the counts are the store's to keep: they grow part by part as documents are written
	const feature = placeFeature(record, countryName, { documentCount: 0, mentionCount: 0, topics: [], firstDate: null, lastDate: null, documents: [], documentMentions: [], excerptsFile: '' });
	const { places, problems } = validatePlaces({ type: 'FeatureCollection', features: [feature] });
	return problems.length > 0 ? problems[0]! : storedPlace(places.features[0]!);
}

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
	const walked = await walkCorpus(setup.corpusDir);
	// one document a file, but for JSON Lines: a corpus of fewer files is small unless it has some
	if (walked.files.length < setup.staticFilesLimit && !walked.files.some((f) => /\.(jsonl|ndjson)$/i.test(f.path))) return null;
	const previousTaxonomy = setup.given || setup.rediscover ? null : reusableTaxonomy(await readFile(join(setup.outDir, DISCOVERED_TAXONOMY_FILE), 'utf8').catch(() => null));
	const scan = await scanCorpus(walked.files, walked.skipped, setup.maxFileBytes, !setup.given && !previousTaxonomy, setup.partFiles);
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
			summary = await writeStreamed(setup, { folder, storePath: newStore, walked, scan, chosen, fingerprint, geoparserVersion });
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

interface StreamedRun {
	folder: string;
	storePath: string;
	walked: Awaited<ReturnType<typeof walkCorpus>>;
	scan: Scan;
	chosen: ChosenTaxonomy;
	fingerprint: string;
	geoparserVersion: string;
}

async function writeStreamed(setup: StreamedSetup, run: StreamedRun): Promise<IngestSummary> {
	const { folder, walked, scan, chosen } = run;
	const { corrections } = setup;
	const store = openSqliteStore(run.storePath);
	const cache = await openCacheWriter(folder, run.geoparserVersion);
	const geoparser = await setup.openGeoparser();
	try {
		const records = new Map<string, PlaceRecord>();
		const lookup = recordingLookup(records, (id) => geoparser.lookup(id));
		checkCorrectionPlaces(corrections, lookup);
		// places users added are counted and drawn like the gazetteer's
		for (const [id, place] of addedPlaces(corrections)) records.set(id, place);
		const countryNames: Record<string, string> = {};
		const countryName = keptCountryNames(countryNames, (code) => geoparser.countryName(code));
		// every place once, as the store keeps it (null: its shape failed validation, it is not stored)
		const stored = new Map<string, StoredPlace | null>();
		const problems: string[] = [];
		const usedPlaces = new Set<string>();
		const step = { maxToponyms: setup.maxToponyms, records, corrections, lookup, matcher: compileTaxonomy(chosen.taxonomy) };
		const totals = emptyTotals(corrections.length);
		const skippedInFiles: SkippedInput[] = [];
		const prepare = documentPreparer(skippedInFiles);
		let done = 0;
		let geoparsed = 0;
		setup.onProgress?.(0, scan.documents);
		// what a part's write leaves as it was (written by the last write)
		const untouched = { topics: [], corrections: [], manifest: { schemaVersion: 1, generator: setup.generator, generatedAt: '', corpus: setup.corpusName, counts: { documents: 0, places: 0, mentions: 0, unresolved: 0, skipped: 0 }, attribution: [] } satisfies Manifest, state: {} };

		let partStart = -setup.partFiles;
		for (const part of inParts(walked.files, setup.partFiles)) {
			partStart += setup.partFiles;
			const read = await readFiles(part, setup.maxFileBytes);
			skippedInFiles.push(...read.skipped);
			const documents: PreparedDocument[] = prepare(read.entries);
			read.entries.length = 0;
			const paths = new Set(part.map((f) => f.path));
			const entries = new Map<string, FileEntry>(part.map((f) => [f.path, emptyEntry(corrections.length)]));
			const entryOf = (path: string) => entries.get(fileOfPath(path, paths));
			for (const s of skippedInFiles.splice(0).sort(compareSkipped)) entryOf(s.path)?.skipped.push(s);

			// documents with the same text are geoparsed once
			const texts = new Map<string, string>();
			for (const d of documents) if (!texts.has(d.hash)) texts.set(d.hash, d.source.extracted.text);
			const hashes = [...texts.keys()];
			geoparsed += hashes.length;
			const parsed = await geoparser.parse([...texts.values()], (count) => setup.onProgress?.(Math.min(scan.documents, (done += count)), scan.documents));
			texts.clear();
			const toponymsOf = new Map<string, CompactToponym[]>(hashes.map((hash, i) => [hash, parsed.toponyms[i]!]));
			for (const place of parsed.places) records.set(place.id, place);
			await cache.entries(toponymsOf);

			const processed = documents.map((d) => processFileDocument(d.source, toponymsOf.get(d.hash)!, entryOf(d.source.path) ?? emptyEntry(corrections.length), step));
			const newPlaces: StoredPlace[] = [];
			for (const p of processed) {
				if (p.document.file !== slugify(p.document.id)) totals.clashes = true;
				for (const id of p.document.placeIds) {
					const record = records.get(id);
					if (!record || stored.has(id)) continue;
					// the first-level division tells same-named places apart (Salem, Oregon / Salem, Massachusetts)
					if (record.admin1Name === undefined) record.admin1Name = geoparser.lookup(id)?.admin1Name ?? null;
					const place = placeOf(record, countryName);
					if (typeof place === 'string') problems.push(place);
					else newPlaces.push(place);
					stored.set(id, typeof place === 'string' ? null : place);
				}
			}
			for (const list of toponymsOf.values()) for (const [, , placeId] of list) if (records.has(placeId)) usedPlaces.add(placeId);
			const placeById = new Map<string, StoredPlace>();
			for (const p of processed) for (const id of p.document.placeIds) if (stored.get(id)) placeById.set(id, stored.get(id)!);
			await store.write({
				upsert: processed.map((p) => storedDocument(p, placeById)),
				remove: [],
				places: newPlaces,
				...untouched,
				// the entries are the part's files, in its order
				files: { put: [...entries].map(([path, entry], i) => fileRow(path, read.stamps.get(path) ?? scanStamp(scan, partStart + i), entry)), remove: [] },
				inParts: 'part'
			});
			for (const entry of entries.values()) applyEntry(totals, entry, 1);
		}
		setup.onProgress?.(scan.documents, scan.documents);

		// every used place keeps its division and its country's name: a later run may bring back a place
		// this run's corrections dropped, without opening the gazetteer
		for (const id of usedPlaces) {
			const record = records.get(id)!;
			if (record.admin1Name === undefined) record.admin1Name = geoparser.lookup(id)?.admin1Name ?? null;
			if (record.country) countryName(record.country);
		}
		const skipped = [...walked.skipped, ...totals.skipped].sort(compareSkipped);
		const changed = correctionCounts(corrections, totals.corrected);
		const runFacts: RunFacts = { invalidPlaces: problems.sort(), topicsSource: chosen.source, attribution: geoparser.attribution };
		const manifest = totalsManifest(setup, totals, skipped.length, runFacts.attribution);
		const summary: IngestSummary = {
			corpusDir: setup.corpusDir,
			outDir: setup.shownOutDir,
			documents: totals.documents,
			places: 0,
			mentions: totals.mentions,
			unresolved: unresolvedTotal(totals),
			unresolvedNames: topUnresolved(totals),
			skipped,
			capped: totals.capped,
			corrections: changed,
			topics: { source: chosen.source, count: chosen.taxonomy.topics.filter((t) => !t.hidden).length },
			invalidPlaces: runFacts.invalidPlaces,
			geoparsed,
			cached: totals.documents - geoparsed,
			upToDate: false,
			outputBytes: 0,
			durationMs: 0
		};
		const settings = await settingsFingerprint({ generator: setup.generator, corpusName: setup.corpusName, taxonomyRaw: chosen.raw, correctionsRaw: setup.correctionsRaw, maxToponyms: setup.maxToponyms, maxFileBytes: setup.maxFileBytes });
		const state = {
			// what an unchanged run compares with, and returns (with the store's place count)
			output: run.fingerprint,
			summary: JSON.stringify(summary),
			corrections: hashText(setup.correctionsRaw),
			[STATE_SETTINGS]: settings,
			[STATE_TOTALS]: JSON.stringify(totals),
			[STATE_RUN]: JSON.stringify(runFacts)
		};
		await store.write({ upsert: [], remove: [], places: [], topics: chosen.taxonomy.topics, corrections: changed, manifest, countPlaces: true, state, inParts: 'last' });
		const written = (await storedManifest(store)) ?? manifest;
		summary.places = written.counts.places;

		const usedRecords: Record<string, PlaceRecord> = {};
		for (const id of usedPlaces) usedRecords[id] = records.get(id)!;
		const cacheSummary = { ...summary, attribution: runFacts.attribution, settings: { correctionsFile: setup.correctionsFile ?? null, topicsFile: setup.topicsFile ?? null, name: setup.corpusName } };
		await cache.finish({ places: usedRecords, countryNames, output: run.fingerprint, summary: cacheSummary });
		const files: [string, string][] = [[join(folder, 'manifest.json'), JSON.stringify(written, null, '\t')]];
		if (chosen.source !== 'file' && chosen.raw) files.push([join(folder, DISCOVERED_TAXONOMY_FILE), chosen.raw]);
		summary.outputBytes = await writeFiles(files);
		// the JSON files are made on demand (publish, export), as after an incremental run
		await writeFileAtomic(correctionsPendingPath(folder), JSON.stringify({ correctionsFile: setup.correctionsFile ?? null, reason: 'streamed ingest of a big corpus' }));
		return summary;
	} finally {
		await cache.close();
		await geoparser.close();
		await store.close();
	}
}
