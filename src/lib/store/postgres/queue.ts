// The ingest queue of the shared store. Texts still to geoparse are rows of `work`; a worker claims a
// batch with FOR UPDATE SKIP LOCKED and a lease, writes its results to `geoparsed`, and deletes the
// rows. A worker killed mid-batch leaves rows whose lease runs out, and another worker claims them.
import type pg from 'pg';

export interface WorkItem {
	/** geoparser fingerprint + text hash: the key of the result */
	key: string;
	text: string;
}

export interface WorkQueue {
	/** the keys among these that have a stored geoparse result */
	done(keys: string[]): Promise<Set<string>>;
	/** queues texts without a result (texts already queued stay as they are) */
	add(items: WorkItem[]): Promise<void>;
	/** claims up to `limit` unclaimed or expired items for `worker` */
	claim(worker: string, limit: number, leaseSeconds: number): Promise<WorkItem[]>;
	/** stores results and their places, and takes the items off the queue */
	finish(results: { key: string; toponyms: string }[], places: { id: string; record: string }[]): Promise<void>;
	/** items still queued among these keys, and how many of them nobody holds */
	pending(keys: string[]): Promise<{ count: number; claimable: number }>;
	results(keys: string[]): Promise<Map<string, string>>;
	places(): Promise<Map<string, string>>;
}

export function createWorkQueue(pool: pg.Pool): WorkQueue {
	return {
		async done(keys) {
			const rows = (await pool.query<{ hash: string }>('SELECT hash FROM geoparsed WHERE hash = ANY($1::text[])', [keys])).rows;
			return new Set(rows.map((r) => r.hash));
		},
		async add(items) {
			for (let i = 0; i < items.length; i += 1000) {
				const batch = items.slice(i, i + 1000);
				await pool.query(
					`INSERT INTO work (hash, text) SELECT * FROM unnest($1::text[], $2::text[]) AS t (hash, text)
					 WHERE NOT EXISTS (SELECT 1 FROM geoparsed g WHERE g.hash = t.hash) ON CONFLICT (hash) DO NOTHING`,
					[batch.map((w) => w.key), batch.map((w) => w.text)]
				);
			}
		},
		async claim(worker, limit, leaseSeconds) {
			const rows = await pool.query<{ hash: string; text: string }>(
				`UPDATE work SET claimed_by = $1, lease_until = now() + make_interval(secs => $3)
				 WHERE hash IN (SELECT hash FROM work WHERE lease_until IS NULL OR lease_until < now() ORDER BY hash LIMIT $2 FOR UPDATE SKIP LOCKED)
				 RETURNING hash, text`,
				[worker, limit, leaseSeconds]
			);
			return rows.rows.map((r) => ({ key: r.hash, text: r.text }));
		},
		async finish(results, places) {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				await client.query('INSERT INTO gazetteer_places (id, record) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (id) DO NOTHING', [
					places.map((p) => p.id),
					places.map((p) => p.record)
				]);
				// a worker whose lease ran out may still finish: the result is the same text's, so either copy is right
				await client.query('INSERT INTO geoparsed (hash, toponyms) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (hash) DO NOTHING', [
					results.map((r) => r.key),
					results.map((r) => r.toponyms)
				]);
				await client.query('DELETE FROM work WHERE hash = ANY($1::text[])', [results.map((r) => r.key)]);
				await client.query('COMMIT');
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		},
		async pending(keys) {
			const row = (
				await pool.query<{ count: number; claimable: number }>(
					`SELECT count(*) AS count, count(*) FILTER (WHERE lease_until IS NULL OR lease_until < now()) AS claimable FROM work WHERE hash = ANY($1::text[])`,
					[keys]
				)
			).rows[0]!;
			return row;
		},
		async results(keys) {
			const rows = (await pool.query<{ hash: string; toponyms: string }>('SELECT hash, toponyms FROM geoparsed WHERE hash = ANY($1::text[])', [keys])).rows;
			return new Map(rows.map((r) => [r.hash, r.toponyms]));
		},
		async places() {
			const rows = (await pool.query<{ id: string; record: string }>('SELECT id, record FROM gazetteer_places')).rows;
			return new Map(rows.map((r) => [r.id, r.record]));
		}
	};
}
