// Opening a shared store for writing (every ingest worker does) holds back none of the store's readers
// and workers: an index added to a large table of existing stores (geoparsed_jobs on the geoparse
// results) is built CONCURRENTLY outside the schema's transaction (src/lib/store/postgres/online-indexes.ts),
// and the schema takes no lock a reader or a claim would wait for when it has nothing to change.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';

const cluster = usePostgisCluster('gazette-pg-open-locks-', 'postgres open-for-writing lock tests');

async function connect(url: string): Promise<pg.Client> {
	const client = new pg.Client(url);
	await client.connect();
	return client;
}

/** A store from before the index: the schema of today without it, and many geoparse results. */
async function oldStore(url: string, client: pg.Client): Promise<void> {
	await (await openPostgresStore(url)).close();
	await client.query('DROP INDEX geoparsed_jobs');
	await client.query(`INSERT INTO geoparsed (hash, toponyms) SELECT 'v1:t' || i, '[]' FROM generate_series(1, 20000) AS i`);
}

const indexOf = async (client: pg.Client) =>
	(await client.query<{ valid: boolean; definition: string }>(`SELECT i.indisvalid AS valid, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i WHERE i.indexrelid = to_regclass('geoparsed_jobs')`)).rows[0];

describe.skipIf(cluster.missing !== null)('opening a shared store for writing', () => {
	it('builds an index an old store lacks without holding back a worker storing geoparse results meanwhile', async () => {
		const url = await cluster.database();
		const admin = await connect(url);
		const holder = await connect(url);
		const writer = await connect(url);
		try {
			await oldStore(url, admin);
			// a worker storing results, its transaction still open, when another worker opens the store
			await holder.query('BEGIN');
			await holder.query(`INSERT INTO geoparsed (hash, toponyms) VALUES ('v1:held', '[]')`);
			const opening = openPostgresStore(url);
			// the opening's index build waits for that transaction
			let waiting = false;
			for (let i = 0; i < 200 && !waiting; i++) {
				waiting = (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rows.length > 0;
				if (!waiting) await new Promise((resolve) => setTimeout(resolve, 50));
			}
			expect(waiting).toBe(true);
			// a third worker's results go in at once (a plain CREATE INDEX waiting for the first held them back)
			await writer.query(`SET statement_timeout = '3s'`);
			await writer.query(`INSERT INTO geoparsed (hash, toponyms) VALUES ('v1:other', '[]')`);
			await holder.query('COMMIT');
			await (await opening).close();
			const index = await indexOf(admin);
			expect(index?.valid).toBe(true);
			expect(index?.definition).toContain('text_pattern_ops');
		} finally {
			await holder.query('ROLLBACK').catch(() => {});
			await Promise.all([admin.end(), holder.end(), writer.end()]);
		}
	}, 120_000);

	it('builds again an index a stopped build left invalid', async () => {
		const url = await cluster.database();
		const admin = await connect(url);
		try {
			await oldStore(url, admin);
			// a concurrent build that failed leaves its index behind, invalid (a killed one does the same)
			await admin.query(`INSERT INTO geoparsed (hash, toponyms) VALUES ('job:a', '[]'), ('job:b', '[]')`);
			await expect(admin.query(`CREATE UNIQUE INDEX CONCURRENTLY geoparsed_jobs ON geoparsed ((1)) WHERE hash LIKE 'job:%'`)).rejects.toThrow();
			expect((await indexOf(admin))?.valid).toBe(false);
			await (await openPostgresStore(url)).close();
			const index = await indexOf(admin);
			expect(index?.valid).toBe(true);
			expect(index?.definition).toContain('text_pattern_ops');
		} finally {
			await admin.end();
		}
	}, 120_000);
	it('opening a store for writing waits for no reader of its places and no worker claiming texts', async () => {
		const url = await cluster.database();
		const reader = await connect(url);
		const claimer = await connect(url);
		try {
			await (await openPostgresStore(url)).close();
			await claimer.query(`INSERT INTO work (hash) VALUES ('v1:t1')`);
			// an explorer's question in progress, and a worker's claim
			await reader.query('BEGIN');
			await reader.query('SELECT count(*) FROM places');
			await claimer.query('BEGIN');
			await claimer.query('SELECT hash FROM work FOR UPDATE SKIP LOCKED');
			// blocked, it would wait for ever (until the rollbacks below): the time limit only has to outlast a slow open on a loaded machine
			const opening = openPostgresStore(url);
			const opened = await Promise.race([opening.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]);
			await Promise.all([reader.query('ROLLBACK'), claimer.query('ROLLBACK')]);
			await (await opening).close();
			expect(opened).toBe(true);
		} finally {
			await Promise.all([reader.end(), claimer.end()]);
		}
	}, 120_000);
});
