// What a shared-store run leaves besides its rows — the summary, the manifest, the ingest state — made
// from the corpus totals the run's chunks add up to, by the worker that moves the run in.
import type { Manifest } from '../../contracts.ts';
import type { Correction } from '../../places/correction-format.ts';
import type { RunChange } from '../../store/postgres/run-write.ts';
import { hashText } from './cache.ts';
import { correctionCounts, topUnresolved, unresolvedTotal, type IngestTotals } from './file-state.ts';
import { STATE_RUN, STATE_SETTINGS, STATE_TOTALS, type RunFacts } from './incremental.ts';
import type { IngestSummary } from './index.ts';
import type { SkippedInput } from './read-corpus.ts';
import type { ChosenTaxonomy } from './taxonomy-choice.ts';

export interface SharedRecordSetup {
	corpusDir: string;
	outDir: string;
	/** the database's address, without a password */
	store: string;
	skipped: SkippedInput[];
	corrections: Correction[];
	taxonomy: ChosenTaxonomy;
	geoparsed: number;
	cached: number;
	started: number;
	generator: string;
	corpusName: string;
	attribution: string[];
	/** the run's fingerprint (`run`: workers waiting for it stop) and what a later run compares with (`output`) */
	runKey: string;
	output: string;
	correctionsRaw: string;
	/** what the explorer needs to apply a correction in the database */
	settings: { corpusDir: string; correctionsFile: string | null; topicsFile: string | null; name: string };
	settingsFingerprint: Promise<string>;
}

export async function sharedRecord(totals: IngestTotals, merged: { places: number; invalid: string[] }, setup: SharedRecordSetup): Promise<RunChange> {
	const { taxonomy } = setup;
	const corrections = correctionCounts(setup.corrections, totals.corrected);
	const summary: IngestSummary = {
		corpusDir: setup.corpusDir,
		outDir: setup.outDir,
		store: setup.store,
		documents: totals.documents,
		places: merged.places,
		mentions: totals.mentions,
		unresolved: unresolvedTotal(totals),
		unresolvedNames: topUnresolved(totals),
		skipped: setup.skipped,
		capped: totals.capped,
		corrections,
		topics: { source: taxonomy.source, count: taxonomy.taxonomy.topics.filter((t) => !t.hidden).length },
		invalidPlaces: merged.invalid,
		geoparsed: setup.geoparsed,
		cached: setup.cached,
		upToDate: false,
		outputBytes: 0,
		durationMs: Math.round(performance.now() - setup.started)
	};
	const manifest: Manifest = {
		schemaVersion: 1,
		generator: setup.generator,
		generatedAt: new Date().toISOString(),
		corpus: setup.corpusName,
		counts: { documents: summary.documents, places: summary.places, mentions: summary.mentions, unresolved: summary.unresolved, skipped: setup.skipped.length },
		attribution: setup.attribution
	};
	const runFacts: RunFacts = { invalidPlaces: merged.invalid, topicsSource: taxonomy.source, attribution: setup.attribution };
	const state: Record<string, string> = {
		output: setup.output,
		run: setup.runKey,
		summary: JSON.stringify({ ...summary, attribution: setup.attribution }),
		corrections: hashText(setup.correctionsRaw),
		settings: JSON.stringify(setup.settings),
		[STATE_SETTINGS]: await setup.settingsFingerprint,
		[STATE_TOTALS]: JSON.stringify(totals),
		[STATE_RUN]: JSON.stringify(runFacts),
		...(taxonomy.source !== 'file' && taxonomy.raw ? { taxonomy: taxonomy.raw } : {})
	};
	return { topics: taxonomy.taxonomy.topics, corrections, manifest, state };
}
