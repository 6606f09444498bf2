// The end of a shared (PostgreSQL) ingest run, split among its workers: the run's files in chunks,
// each a job of the queue — its documents processed and written, with the places they name, in a
// transaction of its own while other workers write theirs — then one job that recounts what the chunks
// touched, removes what left the corpus and writes the run record (a new store version). No worker
// waits while another processes the whole corpus; a killed worker's chunk goes back to the queue, and
// a chunk written twice finds its documents stored with the same hash.
import type { Manifest } from '../../contracts.ts';
import { aggregateCorpus } from '../../corpus/aggregate.ts';
import type { ProcessedDocument } from '../../corpus/document.ts';
import type { PlaceRecord, PlaceLookup } from '../../corpus/place-record.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import type { Correction } from '../../places/correction-format.ts';
import { describeCorrection } from '../../places/correction-format.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';
import type { Touched } from '../../store/postgres/write.ts';
import type { StoredPlace } from '../../store/types.ts';
import { compileTaxonomy } from '../../topics/taxonomy.ts';
import type { CompactToponym } from './compact.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, emptyEntry, emptyTotals, fileOfPath, topUnresolved, unresolvedTotal, type FileEntry } from './file-state.ts';
import type { PreparedDocument } from './inputs.ts';
import type { SharedJob } from './shared-work.ts';
import { storedDocument, storedPlace } from './store-sync.ts';
import type { ChosenTaxonomy } from './taxonomy-choice.ts';
import type { SkippedInput } from './walk-corpus.ts';
import { MAX_TOPONYMS_PER_DOCUMENT, type IngestOptions, type IngestSummary } from './index.ts';
import { resolve } from 'node:path';
import { recordingLookup } from '../../corpus/place-record.ts';
import { addedPlaces, checkCorrectionPlaces } from '../../places/apply-corrections.ts';
import { describeUrl } from '../../store/target.ts';
import { hashText } from './cache.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { geoparseShared } from './shared-work.ts';

/** Documents per chunk at most (a chunk holds whole files: a JSONL file's records stay together). */
const CHUNK_DOCUMENTS = 100;

export interface SharedFinishInput {
	store: PostgresStore;
	/** the run's key: its jobs are `write:<key>:…`, the last `write:<key>` */
	key: string;
	documents: PreparedDocument[];
	/** every corpus file walked, and what was skipped */
	paths: string[];
	skipped: SkippedInput[];
	entries: Record<string, CompactToponym[]>;
	records: Map<string, PlaceRecord>;
	lookup: PlaceLookup;
	/** the gazetteer's own look-up (a place's first-level division) */
	gazetteerLookup: PlaceLookup;
	countryName: (code: string) => string | null;
	corrections: Correction[];
	chosen: ChosenTaxonomy;
	maxToponyms: number;
	/** the summary's fields that do not come from the documents */
	base: Pick<IngestSummary, 'corpusDir' | 'outDir' | 'store' | 'skipped'> & { attribution: string[]; corpusName: string; generator: string };
	/** the ingest state to keep with the run, given its summary */
	state: (summary: IngestSummary) => Record<string, string>;
}

interface ChunkResult {
	files: [string, FileEntry][];
	problems: string[];
	touched: Touched;
}

/** The run's files in document order, grouped into chunks of about CHUNK_DOCUMENTS documents. */
function chunksOf(documents: PreparedDocument[], paths: string[]): PreparedDocument[][] {
	const walked = new Set(paths);
	const byFile = new Map<string, PreparedDocument[]>();
	for (const d of documents) {
		const file = fileOfPath(d.source.path, walked);
		const list = byFile.get(file);
		if (list) list.push(d);
		else byFile.set(file, [d]);
	}
	const chunks: PreparedDocument[][] = [];
	let current: PreparedDocument[] = [];
	for (const list of byFile.values()) {
		if (current.length > 0 && current.length + list.length > CHUNK_DOCUMENTS) {
			chunks.push(current);
			current = [];
		}
		current.push(...list);
	}
	if (current.length > 0) chunks.push(current);
	return chunks;
}

/** The jobs that finish the run; the last one's result is the run's summary (JSON). */
export function sharedFinishJobs(input: SharedFinishInput): { key: string; jobs: SharedJob[] } {
	const { store, documents, paths, corrections, records, chosen } = input;
	const key = `write:${input.key}`;
	const walked = new Set(paths);
	const matcher = compileTaxonomy(chosen.taxonomy);
	const step = { maxToponyms: input.maxToponyms, records, corrections, lookup: input.lookup, matcher };
	const chunks = chunksOf(documents, paths);
	const chunkKey = (i: number) => `${key}:c${String(i).padStart(6, '0')}`;

	const writeChunk = async (chunk: PreparedDocument[]): Promise<string> => {
		const entries = new Map<string, FileEntry>();
		const processed: ProcessedDocument[] = chunk.map((d) => {
			const file = fileOfPath(d.source.path, walked);
			let entry = entries.get(file);
			if (!entry) entries.set(file, (entry = emptyEntry(corrections.length)));
			return processFileDocument(d.source, input.entries[d.hash]!, entry, step);
		});
		for (const p of processed) {
			for (const id of p.document.placeIds) {
				const record = records.get(id);
				if (record && record.admin1Name === undefined) record.admin1Name = input.gazetteerLookup(id)?.admin1Name ?? null;
			}
		}
		// a place's row depends on its record alone: the chunk's own aggregate gives the run's
		const { places, problems } = validatePlaces(aggregateCorpus(processed, records, input.countryName, chosen.taxonomy).places);
		const placeById = new Map<string, StoredPlace>(places.features.map((f) => [f.properties.id, storedPlace(f)]));
		const rows = processed.map((p) => storedDocument(p, placeById));
		const touched = await store.writeChunk(rows, [...placeById.values()]);
		const result: ChunkResult = { files: [...entries], problems, touched };
		return JSON.stringify(result);
	};

	const finish = async (resultsOf: (keys: string[]) => Promise<Map<string, string>>): Promise<string> => {
		const found = await resultsOf(chunks.map((_, i) => chunkKey(i)));
		const results = chunks.map((_, i) => JSON.parse(found.get(chunkKey(i))!) as ChunkResult);
		const fileEntries = new Map<string, FileEntry>(paths.map((path) => [path, emptyEntry(corrections.length)]));
		for (const s of input.skipped) fileEntries.get(fileOfPath(s.path, walked))?.skipped.push(s);
		for (const result of results) {
			for (const [path, entry] of result.files) {
				const into = fileEntries.get(path) ?? emptyEntry(corrections.length);
				fileEntries.set(path, { ...entry, skipped: into.skipped });
			}
		}
		const totals = emptyTotals(corrections.length);
		for (const entry of fileEntries.values()) applyEntry(totals, entry, 1);
		const problems = [...new Set(results.flatMap((r) => r.problems))].sort();
		const touched: Touched = { places: [...new Set(results.flatMap((r) => r.touched.places))], topics: [...new Set(results.flatMap((r) => r.touched.topics))] };
		const unresolved = unresolvedTotal(totals);
		const summary: IngestSummary = {
			corpusDir: input.base.corpusDir,
			outDir: input.base.outDir,
			...(input.base.store ? { store: input.base.store } : {}),
			documents: documents.length,
			places: 0,
			mentions: totals.mentions,
			unresolved,
			unresolvedNames: topUnresolved(totals),
			skipped: input.base.skipped,
			capped: totals.capped,
			corrections: corrections.map((c, i) => ({ correction: describeCorrection(c), changed: totals.corrected[i]! })),
			topics: { source: chosen.source, count: chosen.taxonomy.topics.filter((t) => !t.hidden).length },
			invalidPlaces: problems,
			geoparsed: 0,
			cached: 0,
			upToDate: false,
			outputBytes: 0,
			durationMs: 0
		};
		await store.finishRun(
			documents.map((d) => d.source.id),
			touched,
			chosen.taxonomy.topics,
			(placeCount) => {
				summary.places = placeCount;
				const manifest: Manifest = {
					schemaVersion: 1,
					generator: input.base.generator,
					generatedAt: new Date().toISOString(),
					corpus: input.base.corpusName,
					counts: { documents: summary.documents, places: placeCount, mentions: summary.mentions, unresolved, skipped: input.base.skipped.length },
					attribution: input.base.attribution
				};
				return { corrections: summary.corrections, manifest, state: input.state(summary) };
			}
		);
		return JSON.stringify(summary);
	};

	return {
		key,
		jobs: [...chunks.map((chunk, i): SharedJob => ({ key: chunkKey(i), run: () => writeChunk(chunk) })), { key, run: finish }]
	};
}

export interface SharedRun {
	outputFingerprint: string;
	finalFingerprint: string;
	generator: string;
	documents: PreparedDocument[];
	read: { paths: string[] };
	skipped: SkippedInput[];
	entries: Record<string, CompactToponym[]>;
	records: Map<string, PlaceRecord>;
	corrections: Correction[];
	correctionsRaw: string;
	correctionsFile: string | undefined;
	chosen: ChosenTaxonomy;
	options: IngestOptions;
	corpusDir: string;
	corpusName: string;
	/** the worker's own figures added to the run's summary */
	onDone: (summary: IngestSummary) => IngestSummary;
}

/** Finishes a shared run with the other workers on it (every worker calls it; each gets the summary). */
export async function finishSharedRun(store: PostgresStore, geoparser: IngestGeoparser, run: SharedRun): Promise<IngestSummary> {
	const { options, corrections, records, chosen } = run;
	const lookup = recordingLookup(records, (id) => geoparser.lookup(id));
	checkCorrectionPlaces(corrections, lookup);
	// places users added are counted and drawn like the gazetteer's
	for (const [id, place] of addedPlaces(corrections)) records.set(id, place);
	const attribution = geoparser.attribution;
	const settings = { corpusDir: run.corpusDir, correctionsFile: run.correctionsFile ?? null, topicsFile: options.topicsFile ? resolve(options.topicsFile) : null, name: run.corpusName };
	const finish = sharedFinishJobs({
		store,
		key: run.outputFingerprint,
		documents: run.documents,
		paths: run.read.paths,
		skipped: run.skipped,
		entries: run.entries,
		records,
		lookup,
		gazetteerLookup: (id) => geoparser.lookup(id),
		countryName: (code) => geoparser.countryName(code),
		corrections,
		chosen,
		maxToponyms: options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT,
		base: {
			corpusDir: run.corpusDir,
			outDir: resolve(options.outDir),
			...(options.store?.kind === 'postgres' ? { store: describeUrl(options.store.url) } : {}),
			skipped: run.skipped,
			attribution,
			corpusName: run.corpusName,
			generator: run.generator
		},
		// `run`: this run is done (a worker starting it again stops); `output`: what a later run compares
		// with, the discovered taxonomy included (a later run reuses it); `corrections` and `settings`:
		// what the explorer needs to apply a correction in the database
		state: (summary) => ({
			output: run.finalFingerprint,
			run: run.outputFingerprint,
			summary: JSON.stringify({ ...summary, attribution }),
			corrections: hashText(run.correctionsRaw),
			settings: JSON.stringify(settings),
			...(chosen.source !== 'file' && chosen.raw ? { taxonomy: chosen.raw } : {})
		})
	});
	const done = await geoparseShared(store.queue, geoparser, '', new Map(), undefined, finish.jobs);
	return run.onDone(JSON.parse(done.jobs.get(finish.key)!) as IngestSummary);
}
