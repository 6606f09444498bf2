// Geoparsing through the shared store's queue: every `gazette ingest` on the same database queues the
// texts nobody has geoparsed yet, claims batches among them (FOR UPDATE SKIP LOCKED, with a lease it
// renews while it works), and waits for the batches other workers hold; jobs (topic discovery's parts)
// go through the same queue. When the queue is empty every worker has the same results.
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PlaceRecord } from '../../corpus/place-record.ts';
import { JOB_PREFIX, type WorkItem, type WorkQueue, type WorkSession } from '../../store/postgres/queue.ts';
import { phase, timed } from '../../store/postgres/timeline.ts';
import { hashText } from './cache.ts';
import type { CompactResult, CompactToponym } from './compact.ts';
import type { IngestGeoparser } from './geoparser.ts';
import { gazetteerFacts } from './gazetteer-facts.ts';

/** Texts per claim: small enough that a killed worker loses little, big enough to keep the queue quiet. */
const CLAIM_SIZE = 40;
const DEFAULT_LEASE_SECONDS = 120;
/** A job's lease, in leases: topic discovery takes up to a minute or so on the main thread */
const JOB_LEASES = 5;
const POLL_MS = 50;
/** How often a worker claiming full batches counts what is left, for the progress it reports. */
const PROGRESS_MS = 1000;
/**
 * A worker that has not loaded the gazetteer (it did discovery's jobs) claims texts only while at least
 * this many are left unclaimed, or while nobody else geoparses: loading it (and warming up a geoparser
 * that has parsed nothing yet) costs about what geoparsing a thousand texts does on a warm one, so the
 * workers already geoparsing finish fewer than that sooner than this one could help.
 */
const LOAD_GAZETTEER_TEXTS = 1000;
/** Text geoparsed in one step between two turns of the event loop (well under a second of work). */
const STEP_CHARS = 200_000;

export interface SharedGeoparse {
	entries: Record<string, CompactToponym[]>;
	places: Map<string, PlaceRecord>;
	/** texts this worker geoparsed */
	geoparsed: number;
	/** the result of every job under no other (made by this worker or another), by the job's key */
	jobs: Map<string, string>;
}

/**
 * A piece of the run's work besides geoparsing (a part of topic discovery), done by one worker. A job
 * whose key extends another's (`a:b` under `a`), or that it names `after`, is done before it: `run` may read its result.
 */
export interface SharedJob {
	key: string;
	/** another job of the run this one waits for, with the jobs under it (their results are read with `resultsOf`) */
	after?: string;
	run(resultsOf: (keys: string[]) => Promise<Map<string, string>>): Promise<string> | string;
}

/** GAZETTE_LOAD_GAZETTEER_TEXTS overrides LOAD_GAZETTEER_TEXTS (0: a worker claims whatever texts are left, as the specs of work sharing on a small corpus need). */
function loadGazetteerTexts(): number {
	const value = Number(process.env.GAZETTE_LOAD_GAZETTEER_TEXTS || NaN);
	return Number.isInteger(value) && value >= 0 ? value : LOAD_GAZETTEER_TEXTS;
}

function leaseSeconds(): number {
	const value = Number(process.env.GAZETTE_LEASE_SECONDS);
	return Number.isFinite(value) && value > 0 ? value : DEFAULT_LEASE_SECONDS;
}

/** Geoparse results for every text (by text hash), made by this worker or by others. */
export async function geoparseShared(
	queue: WorkQueue,
	/** the geoparser, opened at the first claim of texts: a worker that claims none loads no gazetteer */
	openGeoparser: () => Promise<IngestGeoparser>,
	geoparserVersion: string,
	texts: Map<string, string>,
	onProgress?: (done: number) => void,
	jobs: SharedJob[] = [],
	/** places the run needs besides those its texts mention (the ones its corrections name) */
	alsoPlaces: readonly string[] = []
): Promise<SharedGeoparse> {
	const worker = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
	const keyOf = new Map([...texts.keys()].map((hash) => [hash, hashText(geoparserVersion, hash)]));
	const keys = [...keyOf.values()];
	// the queue holds keys only: a claimed key's text is this worker's own copy
	const textOf = new Map([...keyOf].map(([hash, key]) => [key, texts.get(hash)!]));
	const queueing = phase('queue');
	const done = await queue.done(keys);
	const missing = [...keyOf].filter(([, key]) => !done.has(key));
	await queue.add(missing.map(([, key]) => ({ key })));
	const jobByKey = new Map(jobs.map((job) => [`${JOB_PREFIX}${job.key}`, job]));
	const jobKeys = [...jobByKey.keys()];
	const jobsDone = await queue.done(jobKeys);
	await queue.add(jobKeys.filter((key) => !jobsDone.has(key)).map((key) => ({ key, after: jobByKey.get(key)!.after && `${JOB_PREFIX}${jobByKey.get(key)!.after}` })));
	const lease = leaseSeconds();
	const worthLoading = loadGazetteerTexts();
	const session = await queue.session(worker, [...missing.map(([, key]) => key), ...jobKeys]);
	const resultsOf = (keys: string[]) => queue.results(keys.map((key) => `${JOB_PREFIX}${key}`)).then((found) => new Map([...found].map(([key, value]) => [key.slice(JOB_PREFIX.length), value])));
	let geoparsed = 0;
	// the results this worker stored, as stored: read back from here, not from the server
	const own = new Map<string, string>();
	// the gazetteer facts this worker stored (the run's other workers may need them: gazetteer-facts.ts)
	const storedFacts = new Set<string>();
	queueing();
	// whether this worker opened its geoparser (loads the gazetteer: seconds of CPU)
	let opened = false;
	// when the run's queue was last counted
	let counted = -Infinity;
	const geoparser = () => {
		opened = true;
		return openGeoparser();
	};
	/** Claims and runs one job; false when none is claimable. One runs without a break, so its lease is longer. */
	const runJob = async (): Promise<boolean> => {
		const jobKey = jobKeys.length > 0 ? await timed('claim', () => session.claimJob(lease * JOB_LEASES)) : null;
		if (!jobKey) return false;
		await timed('job', async () => queue.finishJob(jobKey, await jobByKey.get(jobKey)!.run(resultsOf)), jobKey.slice(JOB_PREFIX.length).replace(/^topics:[0-9a-f]+/, 'topics'));
		return true;
	};
	/**
	 * Without a gazetteer, texts are claimed when enough are left to pay for loading one, or when no
	 * other worker holds texts (none geoparses: a single worker, or the others are at the jobs or
	 * gone). Otherwise this worker waits, for the jobs the others hold or for their last texts: once
	 * discovery's jobs are done, loading a gazetteer for the run's last claim kept the warm worker
	 * waiting on this one's load.
	 */
	const worthTheGazetteer = async () => {
		const { claimableTexts, heldTexts } = await timed('count', () => session.pending());
		return claimableTexts >= worthLoading || heldTexts === 0;
	};
	try {
		for (;;) {
			// a worker without a gazetteer does the jobs first (the others geoparse meanwhile); one with it, the texts
			if (!opened && (await runJob())) continue;
			const claimed = opened || (await worthTheGazetteer()) ? await timed('claim', () => session.claim(CLAIM_SIZE, lease)) : [];
			if (claimed.length === 0 && opened && (await runJob())) continue;
			if (claimed.length > 0) {
				const parsing = phase('geoparse', String(claimed.length));
				const result = await holding(session, claimed, lease, async () => {
					const parser = await geoparser();
					const parsed = await parseInSteps(parser, claimed.map((item) => textOf.get(item.key)!));
					return { ...parsed, facts: gazetteerFacts(parser, parsed.places, storedFacts) };
				});
				const stored = claimed.map((item, i) => ({ key: item.key, toponyms: JSON.stringify(result.toponyms[i]) }));
				await queue.finish(stored, result.places.map((place) => ({ id: place.id, record: JSON.stringify(place) })), { version: geoparserVersion, entries: result.facts });
				for (const { key, toponyms } of stored) own.set(key, toponyms);
				geoparsed += claimed.length;
				parsing();
			}
			// a full claim leaves more to claim: the next claim, not a count of the run's queue (a scan of its
			// rows: 10 ms a count, 2.6 of the server's 25 s of statements at 10,000 texts), but once a second for progress
			if (claimed.length === CLAIM_SIZE && performance.now() - counted < PROGRESS_MS) continue;
			const { count } = await timed('count', () => session.pending());
			counted = performance.now();
			onProgress?.(Math.max(0, texts.size - count));
			if (count === 0) break;
			// the rest is held by other workers (or waits for their jobs): wait for them, or for their leases to run out
			if (claimed.length === 0) await timed('wait-geoparse', () => sleep(POLL_MS));
		}
	} finally {
		await session.close();
	}
	const gathering = phase('results');
	// the jobs' results the caller reads: those of the jobs under no other (their parts' results, the discovery input among them, are megabytes)
	const topJobKeys = jobKeys.filter((key) => !jobKeys.some((other) => key.startsWith(`${other}:`)));
	const stored = await queue.results([...keys.filter((key) => !own.has(key)), ...topJobKeys]);
	const entries: Record<string, CompactToponym[]> = {};
	for (const [hash, key] of keyOf) entries[hash] = JSON.parse(own.get(key) ?? stored.get(key)!) as CompactToponym[];
	// the places the run's texts mention, not every place of the database (its cost grew with the store, not the run)
	const placeIds = new Set(alsoPlaces);
	for (const list of Object.values(entries)) for (const [, , placeId] of list) if (placeId) placeIds.add(placeId);
	const places = new Map([...(await queue.places([...placeIds]))].map(([id, record]) => [id, JSON.parse(record) as PlaceRecord]));
	const jobResults = new Map(topJobKeys.map((key) => [key.slice(JOB_PREFIX.length), stored.get(key)!]));
	gathering();
	return { entries, places, geoparsed, jobs: jobResults };
}

/** Runs `work` while renewing the lease on the claimed items every third of it (a slow worker keeps its claim). */
async function holding<T>(session: WorkSession, claimed: WorkItem[], lease: number, work: () => Promise<T>): Promise<T> {
	const keys = claimed.map((item) => item.key);
	let renewing: Promise<void> = Promise.resolve();
	const timer = setInterval(() => (renewing = renewing.then(() => session.renew(keys, lease)).catch(() => {})), (lease * 1000) / 3);
	try {
		return await work();
	} finally {
		clearInterval(timer);
		await renewing;
	}
}

/** Geoparses texts in steps of bounded size, so the event loop turns (and leases are renewed) between them. */
async function parseInSteps(geoparser: IngestGeoparser, texts: string[]): Promise<CompactResult> {
	const toponyms: CompactResult['toponyms'] = [];
	const places = new Map<string, PlaceRecord>();
	for (let start = 0; start < texts.length; ) {
		let end = start + 1;
		for (let chars = texts[start]!.length; end < texts.length && chars + texts[end]!.length <= STEP_CHARS; end++) chars += texts[end]!.length;
		const result = await geoparser.parse(texts.slice(start, end));
		toponyms.push(...result.toponyms);
		for (const place of result.places) places.set(place.id, place);
		start = end;
	}
	return { toponyms, places: [...places.values()] };
}
