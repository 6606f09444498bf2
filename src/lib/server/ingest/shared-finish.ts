// The in-memory full ingest's last stage on the shared store: every worker works the run out from the
// geoparsed documents (the same result), the store's write shares the rows out and one worker moves
// them in; each returns the run's summary as stored.
import { resolve } from 'node:path';
import type { PlaceLookup } from '../../corpus/place-record.ts';
import type { Correction } from '../../places/correction-format.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';
import { describeUrl } from '../../store/target.ts';
import type { TopicMatcher } from '../../topics/taxonomy.ts';
import type { CorpusDocuments } from './corpus-documents.ts';
import { keptCountryNames } from './country-names.ts';
import { fileOfPath } from './file-state.ts';
import type { GazetteerView } from './gazetteer-facts.ts';
import type { Geoparsed } from './geoparse-stage.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { GENERATOR, type IngestSetup } from './ingest-setup.ts';
import type { RunIdentity } from './run-identity.ts';
import { sharedRecord } from './shared-record.ts';
import { sharedRun } from './shared-run.ts';

export interface SharedFinish {
	shared: PostgresStore;
	gazetteer: GazetteerView;
	lookup: PlaceLookup;
	matcher: TopicMatcher;
	maxToponyms: number;
	corrections: Correction[];
}

export async function finishShared(options: IngestOptions, setup: IngestSetup, corpus: CorpusDocuments, run: RunIdentity, parsed: Geoparsed, finish: SharedFinish): Promise<IngestSummary> {
	const { started, corpusDir, corpusName, correctionsRaw, correctionsFile } = setup;
	const { documents, skipped } = corpus;
	const { shared, gazetteer, lookup, matcher, maxToponyms, corrections } = finish;
	const { entries, records, chosen } = parsed;
	const { taxonomy, raw: taxonomyRaw } = chosen;
	const walkedFiles = new Set(corpus.paths);
	for (const [id, record] of records) if (record.admin1Name === undefined) record.admin1Name = gazetteer.lookup(id)?.admin1Name ?? null;
	const rows = sharedRun({
		runKey: run.outputFingerprint,
		documents,
		paths: corpus.paths,
		fileOf: (path) => fileOfPath(path, walkedFiles),
		stamps: corpus.stamps,
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
				taxonomy: chosen,
				geoparsed: parsed.geoparsed,
				cached: parsed.cached,
				started,
				generator: GENERATOR,
				corpusName,
				attribution: gazetteer.attribution,
				runKey: run.outputFingerprint,
				output: run.fingerprintWith(taxonomyRaw),
				correctionsRaw,
				settings: { corpusDir, correctionsFile: correctionsFile ?? null, topicsFile: options.topicsFile ? resolve(options.topicsFile) : null, name: corpusName },
				settingsFingerprint: run.settingsOf(taxonomyRaw)
			})
	});
	parsed.settingUp?.();
	await shared.writeRun(rows);
	// the run's summary as stored (by this worker or the one that moved the run in)
	const stored = JSON.parse((await shared.state()).summary!) as IngestSummary;
	return { ...stored, skipped, geoparsed: parsed.geoparsed, cached: parsed.cached, upToDate: false, durationMs: Math.round(performance.now() - started) };
}
