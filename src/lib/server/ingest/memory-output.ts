// The in-memory full ingest's last stage on the embedded store: every document processed, the corpus
// aggregated (places, documents, excerpts, topics), the store written (an existing one updated in
// place, in one transaction) and the output folder replaced whole by one with the JSON files.
import { join, resolve } from 'node:path';
import type { Manifest } from '../../contracts.ts';
import { aggregateCorpus } from '../../corpus/aggregate.ts';
import type { ProcessedDocument } from '../../corpus/document.ts';
import { slugify } from '../../corpus/ids.ts';
import type { PlaceLookup, PlaceRecord } from '../../corpus/place-record.ts';
import { validatePlaces } from '../../corpus/validate-places.ts';
import type { Correction } from '../../places/correction-format.ts';
import type { TopicMatcher } from '../../topics/taxonomy.ts';
import { cachePath, hashText, type IngestCache } from './cache.ts';
import type { CorpusDocuments } from './corpus-documents.ts';
import { keptCountryNames } from './country-names.ts';
import { processFileDocument } from './document-step.ts';
import { applyEntry, correctionCounts, emptyEntry, emptyTotals, fileOfPath, fileRow, type FileEntry } from './file-state.ts';
import type { Geoparsed } from './geoparse-stage.ts';
import { STATE_RUN, STATE_SETTINGS, STATE_TOTALS, type RunFacts } from './incremental.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { exists, GENERATOR, type IngestSetup } from './ingest-setup.ts';
import { checkOwnOutput } from './output-guard.ts';
import type { RunIdentity } from './run-identity.ts';
import { carryStore, STORE_FILE, writeStore, type StoreSyncInput } from './store-sync.ts';
import { DISCOVERED_TAXONOMY_FILE } from './taxonomy-choice.ts';
import { replaceFolderAtomically, writeFiles } from './write-output.ts';

export interface OwnFinish {
	lookup: PlaceLookup;
	matcher: TopicMatcher;
	maxToponyms: number;
	corrections: Correction[];
}

export async function writeMemoryOutput(options: IngestOptions, setup: IngestSetup, corpus: CorpusDocuments, run: RunIdentity, parsed: Geoparsed, finish: OwnFinish): Promise<IngestSummary> {
	const { started, corpusDir, outDir, corpusName, correctionsFile, correctionsRaw } = setup;
	const { documents, skipped } = corpus;
	const { cache } = run;
	const { entries, records, geoparser, chosen } = parsed;
	const { taxonomy, raw: taxonomyRaw } = chosen;
	const { lookup, matcher, maxToponyms, corrections } = finish;
	// what each file gave, kept in the store so a later run reads only the files that changed
	const walkedFiles = new Set(corpus.paths);
	const fileEntries = new Map<string, FileEntry>(corpus.paths.map((path) => [path, emptyEntry(corrections.length)]));
	const entryOf = (path: string) => fileEntries.get(fileOfPath(path, walkedFiles));
	for (const s of skipped) entryOf(s.path)?.skipped.push(s);
	const step = { maxToponyms, records, corrections, lookup, matcher };
	const processed: ProcessedDocument[] = documents.map((d) => processFileDocument(d.source, entries[d.hash]!, entryOf(d.source.path) ?? emptyEntry(corrections.length), step));
	const totals = emptyTotals(corrections.length);
	for (const entry of fileEntries.values()) applyEntry(totals, entry, 1);
	totals.clashes = processed.some((p) => p.document.file !== slugify(p.document.id));
	const changed = totals.corrected;
	const capped: IngestSummary['capped'] = totals.capped;

	// the first-level division tells same-named places apart (Salem, Oregon / Salem, Massachusetts)
	if (geoparser) for (const [id, record] of records) if (record.admin1Name === undefined) record.admin1Name = geoparser.lookup(id)?.admin1Name ?? null;
	const countryNames: Record<string, string> = { ...cache.countryNames };
	const countryName = keptCountryNames(countryNames, geoparser && ((code) => geoparser.countryName(code)));
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
		topics: { source: chosen.source, count: aggregate.topics.length },
		invalidPlaces: problems,
		geoparsed: parsed.geoparsed,
		cached: parsed.cached,
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
	const nextCache: IngestCache = { version: cache.version, geoparser: run.geoparserVersion, entries, places: usedPlaces, countryNames, output: run.outputFingerprint, summary: null };

	// An existing store is updated in place (one transaction), then carried into the new folder.
	const runFacts: RunFacts = { invalidPlaces: problems, topicsSource: chosen.source, attribution };
	const fileState = {
		[STATE_SETTINGS]: await run.settingsOf(taxonomyRaw),
		[STATE_TOTALS]: JSON.stringify(totals),
		[STATE_RUN]: JSON.stringify(runFacts)
	};
	const storeInput: StoreSyncInput = {
		processed,
		places: places.features,
		topics: taxonomy.topics,
		corrections: summary.corrections,
		manifest,
		state: { output: run.outputFingerprint, corrections: hashText(correctionsRaw), ...fileState },
		files: { put: [...fileEntries].map(([path, entry]) => fileRow(path, corpus.stamps.get(path), entry)), remove: [], replace: true }
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
			if (chosen.source !== 'file' && taxonomyRaw) yield [join(folder, DISCOVERED_TAXONOMY_FILE), taxonomyRaw];
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
}
