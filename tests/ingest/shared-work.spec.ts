// The shared store's geoparse loop (shared-work.ts) against an in-memory queue: every text is geoparsed
// once and every result read back, and a worker claiming full batches does not count the run's queue
// after each claim (a scan of the run's rows on the server) but once a second, for its progress. A
// worker that did discovery's jobs loads a gazetteer for texts only when enough are left to pay for it,
// or when nobody else geoparses them.
import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/lib/server/ingest/cache.ts';
import { geoparseShared } from '../../src/lib/server/ingest/shared-work.ts';
import { JOB_PREFIX, type WorkItem, type WorkQueue } from '../../src/lib/store/postgres/queue.ts';
import { FAKE_PLACES, fakeGeoparser } from '../helpers/fake-geoparser.ts';

/** One worker's queue in memory, counting the calls of each kind; it answers for the keys and ids asked, as the database does. */
function memoryQueue() {
	const queued = new Set<string>();
	const results = new Map<string, string>();
	const places = new Map<string, string>();
	const calls = { claim: 0, pending: 0, resultKeys: [] as string[], placeIds: [] as string[] };
	const queue: WorkQueue = {
		done: async (keys) => new Set(keys.filter((key) => results.has(key))),
		add: async (items: WorkItem[]) => void items.forEach((item) => queued.add(item.key)),
		session: async (_worker, keys) => {
			const run = new Set(keys);
			return {
				async claim(limit) {
					calls.claim++;
					const claimed = [...queued].filter((key) => run.has(key)).slice(0, limit);
					for (const key of claimed) queued.delete(key);
					return claimed.map((key) => ({ key }));
				},
				claimJob: async () => null,
				renew: async () => {},
				async pending() {
					calls.pending++;
					const count = [...queued].filter((key) => run.has(key)).length;
					return { count, claimable: count, claimableTexts: count, heldTexts: 0, jobs: 0 };
				},
				close: async () => {}
			};
		},
		finish: async (done, found) => {
			for (const r of done) results.set(r.key, r.toponyms);
			for (const place of found) if (!places.has(place.id)) places.set(place.id, place.record);
		},
		finishJob: async (key, result) => void results.set(key, result),
		facts: async () => new Map(),
		results: async (keys) => (calls.resultKeys.push(...keys), new Map(keys.filter((key) => results.has(key)).map((key) => [key, results.get(key)!]))),
		places: async (ids) => (calls.placeIds.push(...ids), new Map(ids.filter((id) => places.has(id)).map((id) => [id, places.get(id)!])))
	};
	return { queue, calls, results, places };
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

	it('geoparses each claimed key’s own text (the queue holds keys only) and reads back only the results other workers stored', async () => {
		const texts = new Map(Array.from({ length: 10 }, (_, i) => [`hash-${i}`, `${'x'.repeat(i)} ${i % 2 === 0 ? 'Baku' : 'Aghdam'}.`]));
		const { queue, calls, results } = memoryQueue();
		// another worker geoparsed the first three
		const others = [0, 1, 2].map((i) => hashText('v1', `hash-${i}`));
		for (const key of others) results.set(key, '[[0,1,"test:minsk","literal",1]]');
		const stats = { parsed: 0 };
		const result = await geoparseShared(queue, fakeGeoparser(stats), 'v1', texts);
		expect(stats.parsed).toBe(7);
		for (let i = 3; i < 10; i++) {
			const [start, end, placeId] = result.entries[`hash-${i}`]![0]!;
			expect([start, end, placeId]).toEqual([i + 1, i + (i % 2 === 0 ? 5 : 7), i % 2 === 0 ? 'test:baku' : 'test:aghdam']);
		}
		expect(result.entries['hash-0']).toEqual([[0, 1, 'test:minsk', 'literal', 1]]);
		expect(calls.resultKeys.sort()).toEqual([...others].sort());
	});

	it('reads the places its texts mention and those its corrections name, no other stored place, even with no text to read', async () => {
		const { queue, calls, results, places } = memoryQueue();
		const stored = (id: string) => JSON.stringify(FAKE_PLACES.find((place) => place.id === id)!);
		// another worker geoparsed one text (Minsk); an earlier run stored places no text of this run names
		results.set(hashText('v1', 'hash-0'), '[[0,5,"test:minsk","literal",1]]');
		for (const id of ['test:minsk', 'test:shusha', 'test:georgia', 'test:lachin-corridor']) places.set(id, stored(id));
		const texts = new Map([
			['hash-0', 'Minsk.'],
			['hash-1', 'Baku and Aghdam.']
		]);
		const result = await geoparseShared(queue, fakeGeoparser(), 'v1', texts, undefined, [], ['test:georgia']);
		expect([...result.places.keys()].sort()).toEqual(['test:aghdam', 'test:baku', 'test:georgia', 'test:minsk']);
		expect(result.places.get('test:minsk')).toEqual(JSON.parse(stored('test:minsk')));
		expect(calls.placeIds.sort()).toEqual(['test:aghdam', 'test:baku', 'test:georgia', 'test:minsk']);
		// a run with no text (every file removed) still reads the places its corrections name
		const empty = await geoparseShared(queue, fakeGeoparser(), 'v1', new Map(), undefined, [], ['test:lachin-corridor']);
		expect([...empty.places.keys()]).toEqual(['test:lachin-corridor']);
	});
});

/**
 * A queue with topic discovery's one job, and (with `other`) another worker that geoparses 40 texts
 * between any two looks of this worker at the queue: it finishes the claim it holds and claims the next.
 */
function queueWithAnotherWorker(other: boolean) {
	const queued = new Set<string>();
	const held = new Set<string>();
	const results = new Map<string, string>();
	const isJob = (key: string) => key.startsWith(JOB_PREFIX);
	const otherWorks = () => {
		if (!other) return;
		for (const key of held) results.set(key, '[[0,4,"test:baku","literal",1]]');
		held.clear();
		for (const key of [...queued].filter((k) => !isJob(k)).slice(0, 40)) {
			queued.delete(key);
			held.add(key);
		}
	};
	const queue: WorkQueue = {
		done: async (keys) => new Set(keys.filter((key) => results.has(key))),
		add: async (items: WorkItem[]) => void items.forEach((item) => queued.add(item.key)),
		session: async () => ({
			async claim(limit) {
				const claimed = [...queued].filter((key) => !isJob(key)).slice(0, limit);
				for (const key of claimed) queued.delete(key);
				return claimed.map((key) => ({ key }));
			},
			async claimJob() {
				const job = [...queued].find(isJob) ?? null;
				if (job) queued.delete(job);
				return job;
			},
			renew: async () => {},
			async pending() {
				otherWorks();
				const texts = [...queued].filter((key) => !isJob(key)).length;
				return { count: queued.size + held.size, claimable: queued.size, claimableTexts: texts, heldTexts: held.size, jobs: queued.size - texts };
			},
			close: async () => {}
		}),
		finish: async (done) => void done.forEach((r) => results.set(r.key, r.toponyms)),
		finishJob: async (key, result) => void results.set(key, result),
		facts: async () => new Map(),
		results: async (keys) => new Map(keys.filter((key) => results.has(key)).map((key) => [key, results.get(key)!])),
		places: async () => new Map()
	};
	return queue;
}

describe('geoparseShared, a worker that did discovery’s jobs', () => {
	const texts = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`hash-${i}`, `Baku ${i}.`]));
	const jobs = [{ key: 'topics', run: () => 'chosen topics' }];
	async function run(n: number, other: boolean) {
		const stats = { parsed: 0 };
		// opened once, as the run's gazetteer opener does (geoparse-stage.ts)
		let opened = 0;
		let parser: ReturnType<ReturnType<typeof fakeGeoparser>> | null = null;
		const open = () => (parser ??= (opened++, fakeGeoparser(stats)()));
		const result = await geoparseShared(queueWithAnotherWorker(other), open, 'v1', texts(n), undefined, jobs);
		expect(Object.keys(result.entries)).toHaveLength(n);
		expect(result.jobs.get('topics')).toBe('chosen topics');
		return { opened, parsed: stats.parsed, geoparsed: result.geoparsed };
	}

	it('leaves the run’s last texts (fewer than a gazetteer’s load pays for) to the worker geoparsing them, and loads no gazetteer', async () => {
		expect(await run(200, true)).toEqual({ opened: 0, parsed: 0, geoparsed: 0 });
	});

	it('geoparses them itself when nobody else does', async () => {
		expect(await run(200, false)).toEqual({ opened: 1, parsed: 200, geoparsed: 200 });
	});

	it('joins the others when enough texts are left to pay for its gazetteer', async () => {
		const { opened, geoparsed } = await run(3000, true);
		expect(opened).toBe(1);
		expect(geoparsed).toBeGreaterThan(1000);
	});
});
