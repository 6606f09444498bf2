// A shared store's worker fingerprints the geoparser at its start but loads it at its first claim of
// texts: when the code or the gazetteer changed in between (an edit or a rebase, run from TypeScript),
// it stops with a clear error and stores nothing under the old fingerprint (geoparser-stamp.ts).
import { describe, expect, it } from 'vitest';
import { GeoparserChangedError, stampedOpener } from '../../src/lib/server/ingest/geoparser-stamp.ts';
import { geoparseShared } from '../../src/lib/server/ingest/shared-work.ts';
import type { WorkItem, WorkQueue } from '../../src/lib/store/postgres/queue.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';

/** One worker's queue in memory: what it was given to store is all a test reads. */
function storingQueue() {
	const queued: string[] = [];
	const stored: string[] = [];
	const queue: WorkQueue = {
		done: async () => new Set(),
		add: async (items: WorkItem[]) => void queued.push(...items.map((item) => item.key)),
		session: async () => ({
			claim: async (limit) => queued.splice(0, limit).map((key) => ({ key })),
			claimJob: async () => null,
			renew: async () => {},
			pending: async () => ({ count: queued.length, claimable: queued.length, claimableTexts: queued.length, heldTexts: 0, jobs: 0 }),
			close: async () => {}
		}),
		finish: async (done) => void stored.push(...done.map((result) => result.key)),
		finishJob: async () => {},
		facts: async () => new Map(),
		results: async () => new Map(),
		places: async () => new Map()
	};
	return { queue, stored };
}

describe('stampedOpener', () => {
	it('opens the geoparser when its stamp, taken again once it is open, is the one the run started with', async () => {
		const order: string[] = [];
		const open = stampedOpener(
			async () => (order.push('open'), fakeGeoparser()()),
			'v1',
			async () => (order.push('stamp'), 'v1')
		);
		await expect(open()).resolves.toHaveProperty('parse');
		expect(order).toEqual(['open', 'stamp']);
	});

	it('stops with a clear error when the code changed while the geoparser loaded', async () => {
		let stamp = 'v1';
		// the rebase lands while the modules load: the stamp taken at the start no longer names them
		const open = stampedOpener(async () => ((stamp = 'v2'), fakeGeoparser()()), 'v1', async () => stamp);
		const error = await open().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(GeoparserChangedError);
		expect((error as Error).message).toMatch(/changed after this worker started.*Run the ingest again/);
	});

	it('a shared worker whose stamp moved stores no result under the old fingerprint', async () => {
		const { queue, stored } = storingQueue();
		const texts = new Map(Array.from({ length: 50 }, (_, i) => [`hash-${i}`, `Report ${i} from Baku.`]));
		let stamp = 'v1';
		const open = stampedOpener(async () => ((stamp = 'v2'), fakeGeoparser()()), 'v1', async () => stamp);
		await expect(geoparseShared(queue, open, 'v1', texts)).rejects.toBeInstanceOf(GeoparserChangedError);
		expect(stored).toEqual([]);
		// the same run where nothing moved stores every text
		const again = storingQueue();
		await geoparseShared(again.queue, stampedOpener(fakeGeoparser(), 'v1', async () => 'v1'), 'v1', texts);
		expect(again.stored).toHaveLength(50);
	});
});
