// The ingest queue of the shared store. Texts still to geoparse are rows of `work`, by key only: every
// worker of a run has read the run's texts, so the queue need not carry them (8 MB each way at 2,000
// documents). A worker claims a batch among its run's keys with FOR UPDATE SKIP LOCKED and a lease
// (renewed while it works), writes its results to `geoparsed`, and deletes the rows. A worker killed
// mid-batch leaves rows whose lease runs out, and another worker claims them.
import type pg from 'pg';
import { run, withTransaction } from './safe.ts';

export interface WorkItem {
	/** geoparser fingerprint + text hash: the key of the result (the claiming worker has the text) */
	key: string;
	/** a job waits for this key's job to be done */
	after?: string | undefined;
}

export interface WorkQueue {
	/** the keys among these that have a stored geoparse result */
	done(keys: string[]): Promise<Set<string>>;
	/** queues texts without a result (texts already queued stay as they are) */
	add(items: WorkItem[]): Promise<void>;
	/** a worker's view of the queue, limited to the keys its run needs (on a connection of its own) */
	session(worker: string, keys: string[]): Promise<WorkSession>;
	/** stores results, their places and facts of the gazetteer that found them, and takes the items off the queue */
	finish(results: { key: string; toponyms: string }[], places: { id: string; record: string }[], facts?: GazetteerFacts): Promise<void>;
	/** stores one job's result (JOB_PREFIX key) and takes the job off the queue */
	finishJob(key: string, result: string): Promise<void>;
	/** the gazetteer facts geoparsing workers stored for this geoparser (facts' keys to values) */
	facts(version: string): Promise<Map<string, string>>;
	results(keys: string[]): Promise<Map<string, string>>;
	/** the stored records of these places (those stored): a run, or a correction, reads the places it names, not every place of the database */
	places(ids: readonly string[]): Promise<Map<string, string>>;
}

/** Facts of one geoparser's gazetteer (country names, attribution), as keys and values of its own. */
export interface GazetteerFacts {
	version: string;
	entries: [string, string][];
}

/** Keys of items that are a job, not a text to geoparse (topic discovery's parts), claimed by claimJob. */
export const JOB_PREFIX = 'job:';

export interface WorkSession {
	/** claims up to `limit` unclaimed or expired texts among the run's keys */
	claim(limit: number, leaseSeconds: number): Promise<WorkItem[]>;
	/** claims one of the run's jobs that nobody holds and that waits for no other; its key, or null */
	claimJob(leaseSeconds: number): Promise<string | null>;
	/** extends the lease of the items this worker still holds among `keys` */
	renew(keys: string[], leaseSeconds: number): Promise<void>;
	/** the run's items still queued, how many of them nobody holds, how many of those are texts, how many texts a worker holds, and how many jobs are left */
	pending(): Promise<{ count: number; claimable: number; claimableTexts: number; heldTexts: number; jobs: number }>;
	close(): Promise<void>;
}

/** The run's keys in a temporary table of the session's connection: sent once, not with every claim. */
async function openSession(pool: pg.Pool, worker: string, keys: string[]): Promise<WorkSession> {
	const client = await pool.connect();
	try {
		await client.query('CREATE TEMP TABLE IF NOT EXISTS run_keys (hash TEXT PRIMARY KEY)');
		await client.query('TRUNCATE run_keys');
		for (let i = 0; i < keys.length; i += 5000) await run(client, 'INSERT INTO run_keys SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [keys.slice(i, i + 5000)]);
		await client.query('ANALYZE run_keys');
	} catch (error) {
		client.release();
		throw error;
	}
	// Claims go through the run's keys in order from the last one claimed: from the queue's start, each
	// claim read past every key done before it (deleted rows, and run_keys never shrinks), 4 ms a claim
	// half-way through 10,000 texts, growing with the run.
	let after = '';
	const claimAfter = async (from: string, limit: number, leaseSeconds: number): Promise<WorkItem[]> => {
		const rows = await run<{ hash: string }>(
			client,
			`WITH claimed AS (
			   UPDATE work SET claimed_by = $1, lease_until = now() + make_interval(secs => $3)
			   WHERE hash IN (SELECT w.hash FROM work w JOIN run_keys k ON k.hash = w.hash
			                  WHERE w.hash > $4 AND k.hash > $4 AND (w.lease_until IS NULL OR w.lease_until < now()) AND w.hash NOT LIKE '${JOB_PREFIX}%'
			                  ORDER BY w.hash LIMIT $2 FOR UPDATE OF w SKIP LOCKED)
			   RETURNING hash)
			 SELECT hash FROM claimed ORDER BY hash`,
			[worker, limit, leaseSeconds, from]
		);
		return rows.rows.map((r) => ({ key: r.hash }));
	};
	return {
		async claim(limit, leaseSeconds) {
			const claimed = await claimAfter(after, limit, leaseSeconds);
			// past the queue's end: from its start again, where a killed worker's expired claims wait
			if (claimed.length < limit && after !== '') claimed.push(...(await claimAfter('', limit - claimed.length, leaseSeconds)));
			after = claimed.at(-1)?.key ?? '';
			return claimed;
		},
		async claimJob(leaseSeconds) {
			// a job `job:x` waits for the jobs under it (`job:x:…`) and the one it names `after` and those under that, which it takes results from
			const rows = await run<{ hash: string }>(
				client,
				`UPDATE work SET claimed_by = $1, lease_until = now() + make_interval(secs => $2)
				 WHERE hash = (SELECT w.hash FROM work w JOIN run_keys k ON k.hash = w.hash
				               WHERE w.hash LIKE '${JOB_PREFIX}%' AND (w.lease_until IS NULL OR w.lease_until < now())
				                 AND NOT EXISTS (SELECT 1 FROM work c WHERE c.hash LIKE '${JOB_PREFIX}%' AND (c.hash LIKE w.hash || ':%' OR c.hash = w.after_key OR c.hash LIKE w.after_key || ':%'))
				               ORDER BY w.hash LIMIT 1 FOR UPDATE OF w SKIP LOCKED)
				 RETURNING hash`,
				[worker, leaseSeconds]
			);
			return rows.rows[0]?.hash ?? null;
		},
		async renew(keys, leaseSeconds) {
			await run(client, 'UPDATE work SET lease_until = now() + make_interval(secs => $3) WHERE claimed_by = $1 AND hash = ANY($2::text[])', [worker, keys, leaseSeconds]);
		},
		async pending() {
			return (
				await client.query<{ count: number; claimable: number; claimableTexts: number; heldTexts: number; jobs: number }>(
					`SELECT count(*)::int AS count, count(*) FILTER (WHERE w.lease_until IS NULL OR w.lease_until < now())::int AS claimable,
					   count(*) FILTER (WHERE (w.lease_until IS NULL OR w.lease_until < now()) AND w.hash NOT LIKE '${JOB_PREFIX}%')::int AS "claimableTexts",
					   count(*) FILTER (WHERE w.lease_until >= now() AND w.hash NOT LIKE '${JOB_PREFIX}%')::int AS "heldTexts",
					   count(*) FILTER (WHERE w.hash LIKE '${JOB_PREFIX}%')::int AS jobs
					 FROM work w JOIN run_keys k ON k.hash = w.hash`
				)
			).rows[0]!;
		},
		async close() {
			// the temporary table goes with the session; a pooled connection keeps it for the next run, emptied
			client.release();
		}
	};
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createWorkQueue(pool: pg.Pool): WorkQueue {
	return {
		async done(keys) {
			const rows = (await run<{ hash: string }>(pool, 'SELECT hash FROM geoparsed WHERE hash = ANY($1::text[])', [keys])).rows;
			return new Set(rows.map((r) => r.hash));
		},
		async add(items) {
			for (let i = 0; i < items.length; i += 5000) {
				const batch = items.slice(i, i + 5000);
				await run(pool,
					`INSERT INTO work (hash, after_key) SELECT * FROM unnest($1::text[], $2::text[]) AS t (hash, after_key)
					 WHERE NOT EXISTS (SELECT 1 FROM geoparsed g WHERE g.hash = t.hash) ON CONFLICT (hash) DO NOTHING`,
					[batch.map((w) => w.key), batch.map((w) => w.after ?? null)]
				);
			}
		},
		session: (worker, keys) => openSession(pool, worker, keys),
		async finish(results, places, facts) {
			await withTransaction(pool, async (client) => {
				// rows in key order, so that two workers' overlapping rows wait for each other in one order (no deadlock)
				if (facts && facts.entries.length > 0) {
					const entries = [...facts.entries].sort(([a], [b]) => byText(a, b));
					await run(client, 'INSERT INTO gazetteer_facts (version, key, value) SELECT $1, * FROM unnest($2::text[], $3::text[]) ON CONFLICT DO NOTHING', [
						facts.version,
						entries.map(([key]) => key),
						entries.map(([, value]) => value)
					]);
				}
				// the record of the gazetteer that made this result: a place whose gazetteer entry changed (its point)
				// follows it, not the first record a store ever held (once each: an upsert may not touch a row twice)
				const sorted = [...new Map(places.map((p) => [p.id, p])).values()].sort((a, b) => byText(a.id, b.id));
				await run(client,
					`INSERT INTO gazetteer_places (id, record) SELECT * FROM unnest($1::text[], $2::text[])
					 ON CONFLICT (id) DO UPDATE SET record = excluded.record WHERE gazetteer_places.record <> excluded.record`,
					[sorted.map((p) => p.id), sorted.map((p) => p.record)]
				);
				// a worker whose lease ran out may still finish: the result is the same text's, so either copy is right
				await run(client, 'INSERT INTO geoparsed (hash, toponyms) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (hash) DO NOTHING', [
					results.map((r) => r.key),
					results.map((r) => r.toponyms)
				]);
				await run(client, 'DELETE FROM work WHERE hash = ANY($1::text[])', [results.map((r) => r.key)]);
			});
		},
		async finishJob(key, result) {
			await withTransaction(pool, async (client) => {
				// the value as a parameter of its own: discovery's input is megabytes, which inside an array
				// literal the server parsed again (bind) and unpacked (execute), ~35 % of the statement's time
				await run(client, 'INSERT INTO geoparsed (hash, toponyms) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING', [key, result]);
				await run(client, 'DELETE FROM work WHERE hash = $1', [key]);
			});
		},
		async results(keys) {
			const rows = (await run<{ hash: string; toponyms: string }>(pool, 'SELECT hash, toponyms FROM geoparsed WHERE hash = ANY($1::text[])', [keys])).rows;
			return new Map(rows.map((r) => [r.hash, r.toponyms]));
		},
		async facts(version) {
			const rows = (await run<{ key: string; value: string }>(pool, 'SELECT key, value FROM gazetteer_facts WHERE version = $1', [version])).rows;
			return new Map(rows.map((r) => [r.key, r.value]));
		},
		async places(ids) {
			if (ids.length === 0) return new Map();
			const rows = (await run<{ id: string; record: string }>(pool, 'SELECT id, record FROM gazetteer_places WHERE id = ANY($1::text[])', [ids])).rows;
			return new Map(rows.map((r) => [r.id, r.record]));
		}
	};
}
