// The streamed full ingest's second pass (streamed.ts): the files read again part by part, each part
// geoparsed, processed and written into the new store and dropped, then the run's totals, state and
// manifest written last — what the run holds besides its gazetteer is one part and the places so far.
import { join } from 'node:path';
import type { Manifest } from '../../contracts.ts';
import { placeFeature } from '../../corpus/aggregate.ts';
import { slugify } from '../../corpus/ids.ts';
import { recordingLookup, type PlaceRecord } from '../../corpus/place-record.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import { addedPlaces, checkCorrectionPlaces } from '../../places/apply-corrections.ts';
import { openSqliteStore } from '../../store/sqlite/index.ts';
import type { StoredPlace } from '../../store/types.ts';
import { compileTaxonomy } from '../../topics/taxonomy.ts';
import { writeFileAtomic } from '../atomic.ts';
import { correctionsPendingPath, hashText, openCacheWriter } from './cache.ts';
import type { CompactToponym } from './compact.ts';
import { keptCountryNames } from './country-names.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, correctionCounts, emptyEntry, emptyTotals, fileOfPath, fileRow, topUnresolved, totalsManifest, unresolvedTotal, type FileEntry } from './file-state.ts';
import { compareSkipped, settingsFingerprint, STATE_RUN, STATE_SETTINGS, STATE_TOTALS, storedManifest, type RunFacts } from './incremental.ts';
import type { IngestSummary } from './index.ts';
import { documentPreparer, type PreparedDocument } from './prepare-documents.ts';
import { readFiles } from './read-corpus.ts';
import { storedDocument, storedPlace } from './store-sync.ts';
import type { StreamedSetup } from './streamed.ts';
import { scanStamp, type Scan } from './streamed-scan.ts';
import type { PackedFiles } from './packed-files.ts';
import { DISCOVERED_TAXONOMY_FILE, type ChosenTaxonomy } from './taxonomy-choice.ts';
import type { SkippedInput } from './walk-corpus.ts';
import { writeFiles } from './write-output.ts';
import { appendAll } from './append-all.ts';

/** A place as the store keeps it (the fields places.geojson would give it), or the reason it is invalid. */
function placeOf(record: PlaceRecord, countryName: (code: string) => string | null): StoredPlace | string {
	// the counts are the store's to keep: they grow part by part as documents are written
	const feature = placeFeature(record, countryName, { documentCount: 0, mentionCount: 0, topics: [], firstDate: null, lastDate: null, documents: [], documentMentions: [], excerptsFile: '' });
	const { places, problems } = validatePlaces({ type: 'FeatureCollection', features: [feature] });
	return problems.length > 0 ? problems[0]! : storedPlace(places.features[0]!);
}

export interface StreamedRun {
	folder: string;
	storePath: string;
	/** the walk's files (packed) and what the walk itself skipped */
	files: PackedFiles;
	walkSkipped: SkippedInput[];
	scan: Scan;
	chosen: ChosenTaxonomy;
	fingerprint: string;
	geoparserVersion: string;
}

export async function writeStreamed(setup: StreamedSetup, run: StreamedRun): Promise<IngestSummary> {
	const { folder, scan, chosen } = run;
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
		for (const part of run.files.parts(setup.partFiles)) {
			partStart += setup.partFiles;
			const read = await readFiles(part, setup.maxFileBytes);
			appendAll(skippedInFiles, read.skipped);
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
		const skipped = [...run.walkSkipped, ...totals.skipped].sort(compareSkipped);
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
