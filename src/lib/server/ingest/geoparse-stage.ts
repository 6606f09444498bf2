// The in-memory full ingest's geoparse stage: every document's toponyms, from the cache or the
// geoparser (embedded store), or from the shared store's queue, which workers share (PostgreSQL), with
// the places they name. The gazetteer is opened once, when the run needs it.
import type { PlaceRecord } from '../../corpus/place-record.ts';
import type { PostgresStore } from '../../store/postgres/index.ts';
import { phase, timed } from '../../store/postgres/timeline.ts';
import type { CompactToponym } from './compact.ts';
import type { CorpusDocuments } from './corpus-documents.ts';
import { correctionPlaceIds } from './gazetteer-facts.ts';
import type { IngestGeoparser } from './geoparser.ts';
import type { IngestOptions, IngestSummary } from './index.ts';
import { stampedOpener } from './geoparser-stamp.ts';
import { openGeoparser, type IngestSetup } from './ingest-setup.ts';
import type { RunIdentity } from './run-identity.ts';
import { geoparseShared } from './shared-work.ts';
import { discoveredFromText, discoveryJobs, reusableTaxonomy, sharedTaxonomy, type ChosenTaxonomy } from './taxonomy-choice.ts';

/** The gazetteer, opened at most once; the run closes what was opened, whatever happens. */
export function gazetteerOpener(options: IngestOptions) {
	let opening: Promise<IngestGeoparser> | null = null;
	return {
		open(): Promise<IngestGeoparser> {
			if (!opening) {
				opening = timed('gazetteer', () => openGeoparser(options));
				// awaited where it is used, where a failure is thrown
				opening.catch(() => {});
			}
			return opening;
		},
		/** what was opened (null: never asked) */
		opened: () => opening
	};
}

export type GazetteerOpener = ReturnType<typeof gazetteerOpener>;

export interface Geoparsed {
	/** toponyms by text hash */
	entries: Record<string, CompactToponym[]>;
	records: Map<string, PlaceRecord>;
	/** opened when the run needed it (the shared store's workers: at their first claim of texts) */
	geoparser: IngestGeoparser | null;
	geoparsed: number;
	cached: number;
	chosen: ChosenTaxonomy;
	/** the shared store's run as another worker already moved it in: the summary to return */
	done?: IngestSummary;
	/** ends the shared store's 'run-setup' phase (when its rows are ready to write) */
	settingUp?: () => void;
}

export async function geoparseDocuments(options: IngestOptions, setup: IngestSetup & { shared: PostgresStore | null }, corpus: CorpusDocuments, run: RunIdentity, gazetteer: GazetteerOpener): Promise<Geoparsed> {
	const { given, corrections, shared, started } = setup;
	const { documents, skipped } = corpus;
	const { cache } = run;
	// Geoparse what the cache does not have; corrections need the gazetteer to look places up.
	const missing = shared ? [] : [...new Set(documents.filter((d) => !(d.hash in cache.entries)).map((d) => d.hash))];
	// the shared store always needs it: country names and attribution must not depend on who geoparsed
	const needGazetteer =
		shared !== null ||
		missing.length > 0 ||
		corrections.some((c) => c.placeId !== null && !c.place) ||
		// a cache from before places carried their division: looked up once, then cached with them
		Object.values(cache.places).some((p) => p.admin1Name === undefined);
	corpus.preparing();
	// the shared store's workers open it at their first claim of texts (gazetteer-facts.ts: one that
	// claims none may not need it at all)
	let geoparser = needGazetteer && !shared ? await gazetteer.open() : null;
	const records = new Map<string, PlaceRecord>(Object.entries(cache.places));
	const entries: Record<string, CompactToponym[]> = {};
	const missingSet = new Set(missing);
	let cached = documents.filter((d) => !missingSet.has(d.hash)).length;
	let geoparsed = missing.length;
	let chosen = run.chosen;
	if (shared) {
		const textByHash = new Map(documents.map((d) => [d.hash, d.source.extracted.text]));
		// topic discovery's parts are jobs of the queue: workers share them and geoparse meanwhile
		const discovery = !given && reusableTaxonomy(run.previousShared) === null ? discoveryJobs(run.texts, `topics:${run.outputFingerprint}`) : null;
		// the places the corrections name: the stored facts stand in for the gazetteer only when the run holds them (gazetteer-facts.ts)
		const correctionPlaces = correctionPlaceIds(corrections);
		const result = await geoparseShared(shared.queue, stampedOpener(() => gazetteer.open(), run.geoparserVersion), run.geoparserVersion, textByHash, (done) => options.onProgress?.(Math.round((done / textByHash.size) * documents.length), documents.length), discovery?.jobs, correctionPlaces);
		const settingUp = phase('run-setup');
		if (gazetteer.opened()) geoparser = await gazetteer.opened();
		Object.assign(entries, result.entries);
		for (const [id, place] of result.places) records.set(id, place);
		geoparsed = result.geoparsed;
		cached = documents.length - result.geoparsed;
		// every worker works the run out (the same result); the store's write shares the rows out and one moves them in
		const state = await shared.state();
		if (state.run === run.outputFingerprint && state.summary) {
			const done = { ...(JSON.parse(state.summary) as IngestSummary), skipped, geoparsed, cached, upToDate: false, durationMs: Math.round(performance.now() - started) };
			return { entries, records, geoparser, geoparsed, cached, chosen: chosen!, done };
		}
		chosen = given ?? (discovery ? discoveredFromText(result.jobs.get(discovery.key)!) : await sharedTaxonomy(shared, run.texts(), options.rediscover === true));
		return { entries, records, geoparser, geoparsed, cached, chosen, settingUp };
	}
	for (const d of documents) if (d.hash in cache.entries) entries[d.hash] = cache.entries[d.hash]!;
	if (missing.length > 0 && geoparser) {
		const textByHash = new Map(documents.map((d) => [d.hash, d.source.extracted.text]));
		let done = cached;
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
	return { entries, records, geoparser, geoparsed, cached, chosen: chosen! };
}
