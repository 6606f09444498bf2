// The in-memory full ingest's second stage: what identifies the run — the taxonomy chosen so far, the
// geoparser's version and cache, the output's fingerprint and the settings' — and the summary of the
// last run when it had the same fingerprint and its output is whole (nothing to do).
import { join } from 'node:path';
import { correctionsPendingPath, emptyCache, geoparserFingerprint, hashText, ingestCodeFingerprint, readCache, type IngestCache } from './cache.ts';
import type { CorpusDocuments } from './corpus-documents.ts';
import { settingsFingerprint } from './incremental.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { exists, GENERATOR, MAX_TOPONYMS_PER_DOCUMENT, storeFile, type IngestSetup } from './ingest-setup.ts';
import { topicText } from './prepare-documents.ts';
import { DEFAULT_MAX_FILE_BYTES } from './read-corpus.ts';
import { discoveredTaxonomy, type ChosenTaxonomy } from './taxonomy-choice.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';

export interface RunIdentity {
	/** the documents' topic texts (made when asked: discovery needs them, a reused taxonomy does not) */
	texts: () => string[];
	/** the shared store's taxonomy of an earlier run (null: none, or discovered again) */
	previousShared: string | null;
	/** null until the shared store's workers have discovered it */
	chosen: ChosenTaxonomy | null;
	geoparserVersion: string;
	cache: IngestCache;
	/** the output's fingerprint with this taxonomy */
	fingerprintWith: (taxonomyText: string) => string;
	settingsOf: (taxonomyRaw: string) => Promise<string>;
	outputFingerprint: string;
	/** the last run's summary when its output is this run's */
	unchanged: IngestSummary | null;
}

export async function runIdentity(options: IngestOptions, setup: IngestSetup & { shared: PostgresStore | null }, corpus: CorpusDocuments): Promise<RunIdentity> {
	const { outDir, corpusName, given, correctionsRaw, shared } = setup;
	const { documents, skipped } = corpus;
	const texts = () => documents.map((d) => topicText(d.source));
	// Shared workers discover topics only after the geoparse work, and only the one that finishes the
	// run (the others wait for it): until then the taxonomy is named by what it will be made from.
	const previousShared = shared && !given && options.rediscover !== true ? ((await shared.state()).taxonomy ?? null) : null;
	const chosen: ChosenTaxonomy | null = given ?? (shared ? null : await discoveredTaxonomy(outDir, texts(), options.rediscover === true));
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
	let unchanged: IngestSummary | null = null;
	if (shared) {
		const state = await shared.state();
		if ((state.output === outputFingerprint || state.run === outputFingerprint) && state.summary) unchanged = JSON.parse(state.summary) as IngestSummary;
	} else if (
		cache.output === outputFingerprint &&
		(await exists(join(outDir, 'manifest.json'))) &&
		(await exists(storeFile(outDir, options.store))) &&
		!(await exists(correctionsPendingPath(outDir)))
	)
		unchanged = cache.summary as IngestSummary | null;
	return { texts, previousShared, chosen, geoparserVersion, cache, fingerprintWith, settingsOf, outputFingerprint, unchanged };
}
