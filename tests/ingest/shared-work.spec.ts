// The shared store's geoparse loop (shared-work.ts) against an in-memory queue: every text is geoparsed
// once and every result read back, and a worker claiming full batches does not count the run's queue
// after each claim (a scan of the run's rows on the server) but once a second, for its progress.
import { describe, expect, it } from 'vitest';
import { geoparseShared } from '../../src/lib/server/ingest/shared-work.ts';
import type { WorkItem, WorkQueue } from '../../src/lib/store/postgres/queue.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

/** One worker's queue in memory, counting the calls of each kind. */
function memoryQueue() {
	const queued = new Map<string, string>();
	const results = new Map<string, string>();
	const calls = { claim: 0, pending: 0 };
	const queue: WorkQueue = {
		done: async (keys) => new Set(keys.filter((key) => results.has(key))),
		queued: async (keys) => new Set(keys.filter((key) => queued.has(key))),
		add: async (items: WorkItem[]) => void items.forEach((item) => queued.set(item.key, item.text)),
		session: async (_worker, keys) => {
			const run = new Set(keys);
			return {
				async claim(limit) {
					calls.claim++;
					const claimed = [...queued].filter(([key]) => run.has(key)).slice(0, limit);
					for (const [key] of claimed) queued.delete(key);
					return claimed.map(([key, text]) => ({ key, text }));
				},
				claimJob: async () => null,
				renew: async () => {},
				async pending() {
					calls.pending++;
					const count = [...queued.keys()].filter((key) => run.has(key)).length;
					return { count, claimable: count, claimableTexts: count, jobs: 0 };
				},
				close: async () => {}
			};
		},
		finish: async (done) => void done.forEach((r) => results.set(r.key, r.toponyms)),
		facts: async () => new Map(),
		results: async (keys) => new Map(keys.filter((key) => results.has(key)).map((key) => [key, results.get(key)!])),
		places: async () => new Map()
	};
	return { queue, calls };
}

describe('geoparseShared', () => {
	it('geoparses every text once and counts the queue once a second while its claims come back full, not after each claim', async () => {
		const texts = new Map(Array.from({ length: 400 }, (_, i) => [`hash-${i}`, `Report ${i} from Baku.`]));
		const { queue, calls } = memoryQueue();
		const stats = { parsed: 0 };
		const progress: number[] = [];
		const result = await geoparseShared(queue, fakeGeoparser(stats), 'v1', texts, (done) => progress.push(done));
		expect(stats.parsed).toBe(400);
		expect(Object.keys(result.entries).sort()).toEqual([...texts.keys()].sort());
		expect(calls.claim).toBeGreaterThanOrEqual(10);
		// the first count, and the one that finds the queue empty (the whole run takes well under a second)
		expect(calls.pending).toBeLessThanOrEqual(3);
		expect(progress.at(-1)).toBe(400);
	});
});
