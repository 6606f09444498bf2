// Ingest: a corpus folder in, the explorer's data folder out (see src/lib/contracts.ts for the layout).
import { join, resolve } from 'node:path';
import type { Manifest } from '../../contracts.ts';
import { aggregateCorpus } from '../../corpus/aggregate.ts';
import { addedPlaces, checkCorrectionPlaces } from '../../places/apply-corrections.ts';
import type { ProcessedDocument } from '../../corpus/document.ts';
import { InputFileError } from '../../corpus/input-error.ts';
import { recordingLookup, type PlaceRecord } from '../../corpus/place-record.ts';
import { compileTaxonomy } from '../../topics/taxonomy.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import { cachePath, correctionsPendingPath, emptyCache, geoparserFingerprint, hashText, ingestCodeFingerprint, readCache, type IngestCache } from './cache.ts';
import type { CompactToponym } from './compact.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { carryStore, openTargetStore, STORE_FILE, writeStore, type StoreSyncInput } from './store-sync.ts';
import { describeUrl, type StoreTarget } from '../../store/target.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';
import { geoparseShared } from './shared-work.ts';
import { phase, startPhase, timed } from '../../store/postgres/timeline.ts';
import { DEFAULT_MAX_FILE_BYTES, readCorpus, SUPPORTED_EXTENSIONS, type SkippedInput } from './read-corpus.ts';
import { checkOwnOutput, checkReplaceable } from './output-guard.ts';
import { recoverInterruptedOutput, replaceFolderAtomically, writeFiles } from './write-output.ts';
import { DISCOVERED_TAXONOMY_FILE, discoveredFromText, discoveredTaxonomy, discoveryJobs, reusableTaxonomy, sharedTaxonomy, type ChosenTaxonomy } from './taxonomy-choice.ts';
import { prepareDocuments, topicText } from './inputs.ts';
import { keptCountryNames } from './country-names.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, correctionCounts, emptyEntry, emptyTotals, fileOfPath, fileRow, type FileEntry } from './file-state.ts';
import { compareSkipped, ingestIncrementally, settingsFingerprint, STATE_RUN, STATE_SETTINGS, STATE_TOTALS, STATIC_FILES_LIMIT, type RunFacts } from './incremental.ts';
import { slugify } from '../../corpus/ids.ts';
import { exists, GENERATOR, incrementalSetup, MAX_TOPONYMS_PER_DOCUMENT, openGeoparser, prepareIngest, storeFile, type IngestSetup } from './ingest-setup.ts';
import { PART_FILES, streamedIngest } from './streamed.ts';
import { sharedRun } from './shared-run.ts';
import { sharedRecord } from './shared-record.ts';
import { storedGazetteer, type GazetteerView } from './gazetteer-facts.ts';

export { InputFileError } from '../../corpus/input-error.ts';
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
	const shared = options.store?.kind === 'postgres' ? ((await timed('open-store', () => openTargetStore(options.store!))) as PostgresStore) : null;
	try {
		return await ingestInto(options, { ...setup, shared });
	} finally {
		await shared?.close();
	}
}

async function ingestInto(options: IngestOptions, setup: IngestSetup & { shared: PostgresStore | null }): Promise<IngestSummary> {
	const { started, corpusDir, outDir, corpusName, given, correctionsFile, corrections, correctionsRaw, shared } = setup;
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
			const streamed = await streamedIngest({
				started,
				corpusDir,
				outDir,
				shownOutDir: resolve(options.outDir),
				corpusName,
				generator: GENERATOR,
				given,
				rediscover: options.rediscover === true,
				corrections,
				correctionsRaw,
				correctionsFile,
				topicsFile: options.topicsFile ? resolve(options.topicsFile) : undefined,
				maxToponyms: options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT,
				maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
				staticFilesLimit: options.staticFilesLimit ?? STATIC_FILES_LIMIT,
				partFiles: options.partFiles ?? PART_FILES,
				ownStore: options.store?.kind === 'sqlite' ? resolve(options.store.path) : null,
				openGeoparser: () => openGeoparser(options),
				onProgress: options.onProgress
			});
			if (streamed) return streamed;
		}
	}

	const read = await timed('read-corpus', () => readCorpus(corpusDir, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES));
	if (read.files === 0) throw new InputFileError(`corpus folder ${options.corpusDir} has no files (looked for ${SUPPORTED_EXTENSIONS.join(', ')})`);
	const skipped = [...read.skipped];
	const preparing = phase('prepare');
	const documents = prepareDocuments(read.entries, skipped);
	// the files' contents are not needed past here (the documents keep what they use)
	read.entries.length = 0;
	skipped.sort(compareSkipped);
	if (documents.length === 0) {
		const first = skipped[0];
		throw new InputFileError(`no usable documents in ${options.corpusDir}: ${skipped.length} skipped${first ? ` (${first.path}: ${first.reason}${skipped.length > 1 ? ', …' : ''})` : ''}`);
	}

	const texts = () => documents.map((d) => topicText(d.source));
	// Shared workers discover topics only after the geoparse work, and only the one that finishes the
	// run (the others wait for it): until then the taxonomy is named by what it will be made from.
	const previousShared = shared && !given && options.rediscover !== true ? ((await shared.state()).taxonomy ?? null) : null;
	let chosen: ChosenTaxonomy | null = given ?? (shared ? null : await discoveredTaxonomy(outDir, texts(), options.rediscover === true));
	const geoparserVersion = await geoparserFingerprint();
	const cache = shared ? emptyCache(geoparserVersion) : await readCache(outDir, geoparserVersion);
	const ingestCode = await ingestCodeFingerprint();
	const fingerprintWith = (taxonomyText: string) =>
		hashText(
			GENERATOR,
			corpusName,
			ingestCode,
			geoparserVersion,
			taxonomyText,
			correctionsRaw,
			JSON.stringify(skipped),
			...documents.map((d) => `${d.source.id}\t${d.source.path}\t${d.hash}\t${d.source.extracted.title}\t${JSON.stringify(d.source.extracted.meta)}`)
		);
	const settingsOf = (taxonomyRaw: string) =>
		settingsFingerprint({ generator: GENERATOR, corpusName, taxonomyRaw, correctionsRaw, maxToponyms: options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT, maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES });
	const outputFingerprint = fingerprintWith(chosen ? chosen.raw : (previousShared ?? 'discovered from these documents'));
	let unchanged: unknown = null;
	if (shared) {
		const state = await shared.state();
		if ((state.output === outputFingerprint || state.run === outputFingerprint) && state.summary) unchanged = JSON.parse(state.summary);
	} else if (
		cache.output === outputFingerprint &&
		(await exists(join(outDir, 'manifest.json'))) &&
		(await exists(storeFile(outDir, options.store))) &&
		!(await exists(correctionsPendingPath(outDir)))
	)
		unchanged = cache.summary;
	if (unchanged) {
		options.onProgress?.(documents.length, documents.length);
		return { ...(unchanged as IngestSummary), skipped, upToDate: true, durationMs: Math.round(performance.now() - started) };
	}

	// Geoparse what the cache does not have; corrections need the gazetteer to look places up.
	const missing = shared ? [] : [...new Set(documents.filter((d) => !(d.hash in cache.entries)).map((d) => d.hash))];
	// the shared store always needs it: country names and attribution must not depend on who geoparsed
	const needGazetteer =
		shared !== null ||
		missing.length > 0 ||
		corrections.some((c) => c.placeId !== null && !c.place) ||
		// a cache from before places carried their division: looked up once, then cached with them
		Object.values(cache.places).some((p) => p.admin1Name === undefined);
	let geoparser: IngestGeoparser | null = null;
	preparing();
	// the shared store's workers open it at their first claim of texts (gazetteer-facts.ts: one that
	// claims none may not need it at all)
	const gazetteerOpening: { promise: Promise<IngestGeoparser> | null } = { promise: null };
	const openOnce = () => {
		if (!gazetteerOpening.promise) {
			gazetteerOpening.promise = timed('gazetteer', () => openGeoparser(options));
			// awaited where it is used, where a failure is thrown
			gazetteerOpening.promise.catch(() => {});
		}
		return gazetteerOpening.promise;
	};
	if (needGazetteer && !shared) geoparser = await openOnce();
	const records = new Map<string, PlaceRecord>(Object.entries(cache.places));
	const entries: Record<string, CompactToponym[]> = {};
	const missingSet = new Set(missing);
	let cachedCount = documents.filter((d) => !missingSet.has(d.hash)).length;
	let sharedGeoparsed = 0;
	let settingUp = () => {};
	try {
		if (shared) {
			const textByHash = new Map(documents.map((d) => [d.hash, d.source.extracted.text]));
			// topic discovery's parts are jobs of the queue: workers share them and geoparse meanwhile
			const discovery = !given && reusableTaxonomy(previousShared) === null ? discoveryJobs(texts, `topics:${outputFingerprint}`) : null;
			const result = await geoparseShared(shared.queue, openOnce, geoparserVersion, textByHash, (done) => options.onProgress?.(Math.round((done / textByHash.size) * documents.length), documents.length), discovery?.jobs);
			settingUp = phase('run-setup');
			if (gazetteerOpening.promise) geoparser = await gazetteerOpening.promise;
			Object.assign(entries, result.entries);
			for (const [id, place] of result.places) records.set(id, place);
			sharedGeoparsed = result.geoparsed;
			cachedCount = documents.length - result.geoparsed;
			// every worker works the run out (the same result); the store's write shares the rows out and one moves them in
			const state = await shared.state();
			if (state.run === outputFingerprint && state.summary) {
				return { ...(JSON.parse(state.summary) as IngestSummary), skipped, geoparsed: sharedGeoparsed, cached: cachedCount, upToDate: false, durationMs: Math.round(performance.now() - started) };
			}
			chosen = given ?? (discovery ? discoveredFromText(result.jobs.get(discovery.key)!) : await sharedTaxonomy(shared, texts(), options.rediscover === true));
		}
		const { taxonomy, raw: taxonomyRaw } = chosen!;
		const taxonomySource = chosen!.source;
		for (const d of documents) if (d.hash in cache.entries) entries[d.hash] = cache.entries[d.hash]!;
		if (missing.length > 0 && geoparser) {
			const textByHash = new Map(documents.map((d) => [d.hash, d.source.extracted.text]));
			let done = cachedCount;
			options.onProgress?.(done, documents.length);
			const result = await geoparser.parse(
				missing.map((hash) => textByHash.get(hash)!),
				(count) => options.onProgress?.((done += count), documents.length)
			);
			missing.forEach((hash, i) => (entries[hash] = result.toponyms[i]!));
			// documents with the same text were geoparsed once: the count reaches the total all the same
			options.onProgress?.(documents.length, documents.length);
			for (const place of result.places) records.set(place.id, place);
		}

		// the shared store: the gazetteer as its geoparsing workers stored it, unless the run needs more of it
		const gazetteer: GazetteerView | null = shared && !geoparser ? (storedGazetteer(await shared.queue.facts(geoparserVersion), records, corrections) ?? (geoparser = await openOnce())) : geoparser;
		const lookup = recordingLookup(records, gazetteer && ((id) => gazetteer.lookup(id)));
		if (gazetteer) checkCorrectionPlaces(corrections, lookup);
		// places users added are counted and drawn like the gazetteer's (not cached: the file owns them)
		for (const [id, place] of addedPlaces(corrections)) records.set(id, place);
		const matcher = compileTaxonomy(taxonomy);
		const maxToponyms = options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT;
		// what each file gave, kept in the store so a later run reads only the files that changed
		const walkedFiles = new Set(read.paths);
		if (shared && gazetteer) {
			for (const [id, record] of records) if (record.admin1Name === undefined) record.admin1Name = gazetteer.lookup(id)?.admin1Name ?? null;
			const run = sharedRun({
				runKey: outputFingerprint,
				documents,
				paths: read.paths,
				fileOf: (path) => fileOfPath(path, walkedFiles),
				stamps: read.stamps,
				skipped,
				entries,
				records,
				lookup,
				matcher,
				taxonomy,
				corrections,
				maxToponyms,
				countryName: keptCountryNames({}, (code) => gazetteer.countryName(code)),
				record: (totals, merged) =>
					sharedRecord(totals, merged, {
						corpusDir,
						outDir: resolve(options.outDir),
						store: options.store?.kind === 'postgres' ? describeUrl(options.store.url) : '',
						skipped,
						corrections,
						taxonomy: chosen!,
						geoparsed: sharedGeoparsed,
						cached: cachedCount,
						started,
						generator: GENERATOR,
						corpusName,
						attribution: gazetteer.attribution,
						runKey: outputFingerprint,
						output: fingerprintWith(taxonomyRaw),
						correctionsRaw,
						settings: { corpusDir, correctionsFile: correctionsFile ?? null, topicsFile: options.topicsFile ? resolve(options.topicsFile) : null, name: corpusName },
						settingsFingerprint: settingsOf(taxonomyRaw)
					})
			});
			settingUp();
			await shared.writeRun(run);
			// the run's summary as stored (by this worker or the one that moved the run in)
			const stored = JSON.parse((await shared.state()).summary!) as IngestSummary;
			return { ...stored, skipped, geoparsed: sharedGeoparsed, cached: cachedCount, upToDate: false, durationMs: Math.round(performance.now() - started) };
		}
		const fileEntries = new Map<string, FileEntry>(read.paths.map((path) => [path, emptyEntry(corrections.length)]));
		const entryOf = (path: string) => fileEntries.get(fileOfPath(path, walkedFiles));
		for (const s of skipped) entryOf(s.path)?.skipped.push(s);
		const step = { maxToponyms, records, corrections, lookup, matcher };
		const processed: ProcessedDocument[] = documents.map((d) =>
			processFileDocument(d.source, entries[d.hash]!, entryOf(d.source.path) ?? emptyEntry(corrections.length), step)
		);
		const totals = emptyTotals(corrections.length);
		for (const entry of fileEntries.values()) applyEntry(totals, entry, 1);
		totals.clashes = processed.some((p) => p.document.file !== slugify(p.document.id));
		const changed = totals.corrected;
		const capped: IngestSummary['capped'] = totals.capped;

		// the first-level division tells same-named places apart (Salem, Oregon / Salem, Massachusetts)
		if (geoparser) for (const [id, record] of records) if (record.admin1Name === undefined) record.admin1Name = geoparser.lookup(id)?.admin1Name ?? null;
		const countryNames: Record<string, string> = { ...cache.countryNames };
		const countryName = keptCountryNames(countryNames, geoparser && ((code) => geoparser!.countryName(code)));
		const aggregate = aggregateCorpus(processed, records, countryName, taxonomy);
		const { places, problems } = validatePlaces(aggregate.places);
		const mentions = processed.reduce((sum, p) => sum + p.document.mentionCount, 0);
		const unresolvedCounts = new Map<string, number>();
		for (const p of processed) for (const name of p.unresolved) unresolvedCounts.set(name, (unresolvedCounts.get(name) ?? 0) + 1);
		const attribution = geoparser?.attribution ?? ((cache.summary as { attribution?: string[] } | null)?.attribution ?? []);

		const summary: IngestSummary = {
			corpusDir,
			outDir: resolve(options.outDir),
			documents: processed.length,
			places: places.features.length,
			mentions,
			unresolved: [...unresolvedCounts.values()].reduce((a, b) => a + b, 0),
			unresolvedNames: [...unresolvedCounts.entries()]
				.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
				.slice(0, 20)
				.map(([name, count]) => ({ name, count })),
			skipped,
			capped,
			corrections: correctionCounts(corrections, changed),
			topics: { source: taxonomySource, count: aggregate.topics.length },
			invalidPlaces: problems,
			geoparsed: missing.length,
			cached: cachedCount,
			upToDate: false,
			outputBytes: 0,
			durationMs: 0
		};
		const manifest: Manifest = {
			schemaVersion: 1,
			generator: GENERATOR,
			generatedAt: new Date().toISOString(),
			corpus: corpusName,
			counts: { documents: summary.documents, places: summary.places, mentions, unresolved: summary.unresolved, skipped: skipped.length },
			attribution
		};
		// Keep only what the current corpus uses, so the cache does not grow without bound.
		const usedPlaces: Record<string, PlaceRecord> = {};
		for (const list of Object.values(entries)) for (const [, , placeId] of list) if (records.has(placeId)) usedPlaces[placeId] = records.get(placeId)!;
		// every cached place's country keeps its name: a later run may bring back a place this run's
		// corrections dropped, without opening the gazetteer
		for (const place of Object.values(usedPlaces)) if (place.country) countryName(place.country);
		const nextCache: IngestCache = { version: cache.version, geoparser: geoparserVersion, entries, places: usedPlaces, countryNames, output: outputFingerprint, summary: null };

		// An existing store is updated in place (one transaction), then carried into the new folder.
		const runFacts: RunFacts = { invalidPlaces: problems, topicsSource: taxonomySource, attribution };
		const fileState = {
			[STATE_SETTINGS]: await settingsOf(taxonomyRaw),
			[STATE_TOTALS]: JSON.stringify(totals),
			[STATE_RUN]: JSON.stringify(runFacts)
		};
		const storeInput: StoreSyncInput = {
			processed,
			places: places.features,
			topics: taxonomy.topics,
			corrections: summary.corrections,
			manifest,
			state: { output: outputFingerprint, corrections: hashText(correctionsRaw), ...fileState },
			files: { put: [...fileEntries].map(([path, entry]) => fileRow(path, read.stamps.get(path), entry)), remove: [], replace: true }
		};
		const ownStore = options.store?.kind === 'sqlite' ? options.store.path : null;
		if (ownStore) await writeStore(ownStore, storeInput);
		const storeInPlace = !ownStore && (await exists(join(outDir, STORE_FILE)));
		if (storeInPlace) await writeStore(join(outDir, STORE_FILE), storeInput);
		await replaceFolderAtomically(outDir, async (folder) => {
			if (storeInPlace) await carryStore(outDir, folder);
			else if (!ownStore) await writeStore(join(folder, STORE_FILE), storeInput);
			function* files(): Generator<[string, string]> {
				yield [join(folder, 'places.geojson'), JSON.stringify(places)];
				yield [join(folder, 'documents.json'), JSON.stringify(aggregate.documents)];
				yield [join(folder, 'topics.json'), JSON.stringify(aggregate.topics, null, '\t')];
				if (taxonomySource !== 'file' && taxonomyRaw) yield [join(folder, DISCOVERED_TAXONOMY_FILE), taxonomyRaw];
				for (const p of processed) yield [join(folder, 'docs', `${p.document.file}.json`), JSON.stringify(p.document)];
				for (const [file, excerpts] of aggregate.excerpts) yield [join(folder, 'excerpts', `${file}.json`), JSON.stringify(excerpts)];
			}
			summary.outputBytes = await writeFiles(files());
			summary.outputBytes += await writeFiles([[join(folder, 'manifest.json'), JSON.stringify(manifest, null, '\t')]]);
			// what the explorer's server needs to run this ingest again after a correction
			nextCache.summary = { ...summary, attribution, settings: { correctionsFile: correctionsFile ?? null, topicsFile: options.topicsFile ? resolve(options.topicsFile) : null, name: corpusName } };
			await writeFiles([[cachePath(folder), JSON.stringify(nextCache)]]);
			await checkOwnOutput(folder);
		});
		summary.durationMs = Math.round(performance.now() - started);
		return summary;
	} finally {
		await (geoparser ?? (await gazetteerOpening.promise?.catch(() => null)))?.close();
	}
}
