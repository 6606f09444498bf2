// An incremental run's work once its files are compared and some changed: the old records of the changed
// and removed files come out of the totals, the changed files are read, geoparsed and processed, and
// the store's write touches only their documents' rows and the counts of what they concern. Loaded
// only when something changed: a run where nothing did never loads the geoparse and aggregation code.
import { join } from 'node:path';
import { aggregateCorpus } from '../../corpus/aggregate.ts';
import type { ProcessedDocument } from '../../corpus/document.ts';
import { slugify } from '../../corpus/ids.ts';
import { recordingLookup, type PlaceRecord } from '../../corpus/place-record.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import { addedPlaces, checkCorrectionPlaces } from '../../places/apply-corrections.ts';
import type { IngestFileRow, StoredPlace } from '../../store/types.ts';
import { phase, timed } from '../../store/postgres/timeline.ts';
import { compileTaxonomy } from '../../topics/taxonomy.ts';
import { writeFileAtomic } from '../atomic.ts';
import { correctionsPendingPath, hashText } from './cache.ts';
import type { CompactResult } from './compact.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, correctionCounts, emptyEntry, fileOfPath, fileRow, parseEntry, totalsManifest, type FileEntry } from './file-state.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { STATE_RUN, STATE_TOTALS, storedManifest, type FileChanges, type FileStore, type IncrementalBase, type IncrementalResult, type IncrementalSetup } from './incremental.ts';
import { prepareDocuments } from './prepare-documents.ts';
import { readFiles } from './read-corpus.ts';
import { storedDocument, storedPlace } from './store-sync.ts';
import type { SkippedInput } from './walk-corpus.ts';

/** `result` makes the run's result (up to date or not, its place count, the documents geoparsed). */
export async function writeChangedFiles(
	setup: IncrementalSetup,
	store: FileStore,
	base: IncrementalBase,
	changes: FileChanges,
	takeGeoparser: () => Promise<IngestGeoparser>,
	result: (upToDate: boolean, places: number, geoparsed: number) => IncrementalResult
): Promise<{ result: IncrementalResult; files: IngestFileRow[] } | null> {
	const { totalsBefore, totals, run, chosen } = base;
	const { changed, removed, present } = changes;
	// the old records of what changed come out of the totals; the new ones go in below
	const old = await store.fileEntries([...changed.map((f) => f.path), ...removed]);
	const oldIds = new Set<string>();
	for (const row of old) {
		const entry = parseEntry(row, setup.corrections.length);
		applyEntry(totals, entry, -1);
		for (const d of entry.documents) oldIds.add(d.id);
	}
	const read = await readFiles(changed, setup.maxFileBytes);
	const skipped: SkippedInput[] = [...read.skipped];
	const documents = prepareDocuments(read.entries, skipped);
	read.entries.length = 0;
	// a document id or output name another file's document holds: which one wins depends on every file
	const taken = await store.takenDocuments(
		documents.map((d) => d.source.id),
		documents.map((d) => d.source.file)
	);
	if (taken.some((t) => !oldIds.has(t.id)) || documents.some((d) => d.source.file !== slugify(d.source.id)) || skipped.some((s) => s.reason.startsWith('duplicate document id'))) return null;

	// only removals: nothing to geoparse or look up, and the gazetteer is not loaded
	const geoparser = documents.length > 0 ? await takeGeoparser() : idleGeoparser(run.attribution);
	let parsed: CompactResult;
	try {
		parsed = documents.length > 0 ? await timed('geoparse', () => geoparser.parse(documents.map((d) => d.source.extracted.text))) : { toponyms: [], places: [] };
	} catch (error) {
		throw new Error(`geoparsing ${changed.map((f) => f.path).join(', ')} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
	}
	const entries = new Map<string, FileEntry>();
	const entryOf = (path: string) => {
		const file = fileOfPath(path, present);
		let entry = entries.get(file);
		if (!entry) entries.set(file, (entry = emptyEntry(setup.corrections.length)));
		return entry;
	};
	for (const file of changed) entryOf(file.path);
	for (const s of skipped) entryOf(s.path).skipped.push(s);
	const records = new Map<string, PlaceRecord>();
	for (const place of parsed.places) records.set(place.id, place);
	const lookup = recordingLookup(records, (id) => geoparser.lookup(id));
	if (documents.length > 0) checkCorrectionPlaces(setup.corrections, lookup);
	for (const [id, place] of addedPlaces(setup.corrections)) records.set(id, place);
	const step = { maxToponyms: setup.maxToponyms, records, corrections: setup.corrections, lookup, matcher: compileTaxonomy(chosen.taxonomy) };
	const processed: ProcessedDocument[] = documents.map((d, i) => processFileDocument(d.source, parsed.toponyms[i]!, entryOf(d.source.path), step));
	for (const [id, record] of records) if (record.admin1Name === undefined) record.admin1Name = geoparser.lookup(id)?.admin1Name ?? null;
	const aggregate = aggregateCorpus(processed, records, (code) => geoparser.countryName(code), chosen.taxonomy);
	const validation = validatePlaces(aggregate.places);
	const invalid = validation.problems;
	const placeById = new Map(validation.places.features.map((f) => [f.properties.id, storedPlace(f)] as const));
	run.attribution = geoparser.attribution;
	for (const entry of entries.values()) applyEntry(totals, entry, 1);
	run.invalidPlaces = [...new Set([...run.invalidPlaces, ...invalid])].sort();

	const manifest = totalsManifest(setup, totals, changes.walkSkipped.length + totals.skipped.length, run.attribution);
	const newIds = new Set(processed.map((p) => p.document.id));
	const places = new Map<string, StoredPlace>();
	for (const p of processed) for (const id of p.document.placeIds) if (placeById.has(id)) places.set(id, placeById.get(id)!);
	// the JSON files lag behind from here: marked before the store changes, so a kill in between leaves no unmarked lag
	if (!setup.shared) await writeFileAtomic(correctionsPendingPath(setup.outDir), JSON.stringify({ correctionsFile: setup.correctionsFile ?? null, reason: 'incremental ingest' }));
	const fileRows = [...entries].map(([path, entry]) => fileRow(path, read.stamps.get(path), entry));
	function* upsert() {
		for (const p of processed) yield storedDocument(p, placeById);
	}
	const writing = phase('write');
	await store.write({
		upsert: upsert(),
		remove: [...oldIds].filter((id) => !newIds.has(id)),
		places: places.values(),
		topics: chosen.taxonomy.topics,
		corrections: correctionCounts(setup.corrections, totals.corrected),
		manifest,
		countPlaces: true,
		// `output` (and the shared store's `run`): no longer the fingerprint of a run's whole corpus (full runs compare them)
		state: { [STATE_TOTALS]: JSON.stringify(totals), [STATE_RUN]: JSON.stringify(run), corrections: hashText(setup.correctionsRaw), output: '', ...(setup.shared ? { run: '' } : {}) },
		files: { put: fileRows, remove: removed },
		// the totals this run changed: a shared store refuses the write when another worker changed them first
		expected: { [STATE_TOTALS]: totalsBefore }
	});
	writing();
	const written = (await storedManifest(store)) ?? manifest;
	if (!setup.shared) await writeFileAtomic(join(setup.outDir, 'manifest.json'), JSON.stringify(written, null, '\t'));
	setup.onProgress?.(totals.documents, totals.documents);
	return { result: result(false, written.counts.places, documents.length), files: fileRows };
}

/** Stands in for the geoparser when a run has no document to geoparse. */
function idleGeoparser(attribution: string[]): IngestGeoparser {
	return { parse: async () => ({ toponyms: [], places: [] }), lookup: () => undefined, countryName: () => null, attribution, close: async () => {} };
}
