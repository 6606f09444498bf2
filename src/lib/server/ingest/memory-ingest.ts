// The full ingest with the whole corpus in memory: a corpus below the streamed run's size (its JSON
// files are made), `--static-files` (publish, export), and the shared store's run, in stages — the
// corpus read into documents, the run's identity (nothing to do when it matches the last run's), the
// geoparse, and the output: the embedded store and the JSON files, or the shared store's rows.
import { recordingLookup } from '../../corpus/place-record.ts';
import { addedPlaces, checkCorrectionPlaces } from '../../places/apply-corrections.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';
import { compileTaxonomy } from '../../topics/taxonomy.ts';
import { readCorpusDocuments } from './corpus-documents.ts';
import { storedGazetteer, type GazetteerView } from './gazetteer-facts.ts';
import { gazetteerOpener, geoparseDocuments } from './geoparse-stage.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { MAX_TOPONYMS_PER_DOCUMENT, type IngestSetup } from './ingest-setup.ts';
import { writeMemoryOutput } from './memory-output.ts';
import { DEFAULT_MAX_FILE_BYTES } from './read-corpus.ts';
import { runIdentity } from './run-identity.ts';
import { finishShared } from './shared-finish.ts';

export async function memoryIngest(options: IngestOptions, setup: IngestSetup & { shared: PostgresStore | null }): Promise<IngestSummary> {
	const { started, corrections, shared } = setup;
	const corpus = await readCorpusDocuments(setup.corpusDir, options.corpusDir, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
	const run = await runIdentity(options, setup, corpus);
	if (run.unchanged) {
		options.onProgress?.(corpus.documents.length, corpus.documents.length);
		return { ...run.unchanged, skipped: corpus.skipped, upToDate: true, durationMs: Math.round(performance.now() - started) };
	}
	const opener = gazetteerOpener(options);
	let geoparser: Awaited<ReturnType<typeof opener.open>> | null = null;
	try {
		const parsed = await geoparseDocuments(options, setup, corpus, run, opener);
		geoparser = parsed.geoparser;
		if (parsed.done) return parsed.done;
		// the shared store: the gazetteer as its geoparsing workers stored it, unless the run needs more of it
		const gazetteer: GazetteerView | null = shared && !geoparser ? (storedGazetteer(await shared.queue.facts(run.geoparserVersion), parsed.records, corrections) ?? (geoparser = parsed.geoparser = await opener.open())) : geoparser;
		const lookup = recordingLookup(parsed.records, gazetteer && ((id) => gazetteer.lookup(id)));
		if (gazetteer) checkCorrectionPlaces(corrections, lookup);
		// places users added are counted and drawn like the gazetteer's (not cached: the file owns them)
		for (const [id, place] of addedPlaces(corrections)) parsed.records.set(id, place);
		const finish = { lookup, matcher: compileTaxonomy(parsed.chosen.taxonomy), maxToponyms: options.maxToponymsPerDocument ?? MAX_TOPONYMS_PER_DOCUMENT, corrections };
		if (shared && gazetteer) return await finishShared(options, setup, corpus, run, parsed, { ...finish, shared, gazetteer });
		return await writeMemoryOutput(options, setup, corpus, run, parsed, finish);
	} finally {
		await (geoparser ?? (await opener.opened()?.catch(() => null)))?.close();
	}
}
