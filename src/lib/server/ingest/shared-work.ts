// Geoparsing through the shared store's queue: every `gazette ingest` on the same database queues the
// texts nobody has geoparsed yet, claims batches (FOR UPDATE SKIP LOCKED, with a lease), and waits for
// the batches other workers hold. When the queue is empty every worker has the same results, so each
// one goes on to the same aggregate; the store's write lock lets the first write and the rest find
// nothing changed.
import { hostname } from 'node:os';
import type { PlaceRecord } from '../../corpus/place-record.ts';
import type { WorkQueue } from '../../store/postgres/queue.ts';
import { hashText } from './cache.ts';
import type { CompactToponym } from './compact.ts';
import type { IngestGeoparser } from './geoparser.ts';

/** Texts per claim: small enough that a killed worker loses little, big enough to keep the queue quiet. */
const CLAIM_SIZE = 40;
const DEFAULT_LEASE_SECONDS = 120;
const POLL_MS = 200;

export interface SharedGeoparse {
	entries: Record<string, CompactToponym[]>;
	places: Map<string, PlaceRecord>;
	/** texts this worker geoparsed */
	geoparsed: number;
}

function leaseSeconds(): number {
	const value = Number(process.env.GAZETTE_LEASE_SECONDS);
	return Number.isFinite(value) && value > 0 ? value : DEFAULT_LEASE_SECONDS;
}

/** Geoparse results for every text (by text hash), made by this worker or by others. */
export async function geoparseShared(
	queue: WorkQueue,
	geoparser: IngestGeoparser,
	geoparserVersion: string,
	texts: Map<string, string>,
	onProgress?: (done: number) => void
): Promise<SharedGeoparse> {
	const worker = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
	const keyOf = new Map([...texts.keys()].map((hash) => [hash, hashText(geoparserVersion, hash)]));
	const keys = [...keyOf.values()];
	const done = await queue.done(keys);
	const missing = [...keyOf].filter(([, key]) => !done.has(key));
	await queue.add(missing.map(([hash, key]) => ({ key, text: texts.get(hash)! })));
	const missingKeys = missing.map(([, key]) => key);
	let geoparsed = 0;
	for (;;) {
		const claimed = await queue.claim(worker, CLAIM_SIZE, leaseSeconds());
		if (claimed.length > 0) {
			const result = await geoparser.parse(claimed.map((item) => item.text));
			await queue.finish(
				claimed.map((item, i) => ({ key: item.key, toponyms: JSON.stringify(result.toponyms[i]) })),
				result.places.map((place) => ({ id: place.id, record: JSON.stringify(place) }))
			);
			geoparsed += claimed.length;
		}
		const { count, claimable } = await queue.pending(missingKeys);
		onProgress?.(texts.size - count);
		if (count === 0) break;
		// the rest is held by other workers: wait for them to finish (or for their leases to run out)
		if (claimed.length === 0 && claimable === 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
	const stored = await queue.results(keys);
	const entries: Record<string, CompactToponym[]> = {};
	for (const [hash, key] of keyOf) entries[hash] = JSON.parse(stored.get(key)!) as CompactToponym[];
	const places = new Map([...(await queue.places())].map(([id, record]) => [id, JSON.parse(record) as PlaceRecord]));
	return { entries, places, geoparsed };
}
