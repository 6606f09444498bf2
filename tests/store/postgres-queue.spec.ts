// The shared store's work queue (src/lib/store/postgres/queue.ts): a session claims the run's texts in
// key order from where its last claim ended — so a claim does not read past every text done before it,
// which made claims grow with the run (2.5 → 25 ms a claim over 40,000 texts) — and a claim that reaches
// the queue's end goes on from its start, where the claims whose lease ran out wait. The queue holds
// keys, not texts: every worker of a run has read the texts it claims.
import pg from 'pg';
import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue } from '../../src/lib/store/postgres/queue.ts';
import { DELETE_JOB_RESULTS } from '../../src/lib/store/postgres/run-write.ts';
import { buildOnlineIndexes } from '../../src/lib/store/postgres/online-indexes.ts';
import { PG_SCHEMA } from '../../src/lib/store/postgres/schema.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';

const cluster = usePostgisCluster('gazette-pg-queue-', 'postgres queue tests');

describe.skipIf(cluster.missing !== null)('the work queue', () => {
	it('claims on from its last claim, then from the start again for the claims whose lease ran out', async () => {
		const pool = new pg.Pool({ connectionString: await cluster.database(), max: 2 });
		try {
			await pool.query(PG_SCHEMA);
			const queue = createWorkQueue(pool);
			const keys = Array.from({ length: 100 }, (_, i) => `k${String(i).padStart(3, '0')}`);
			await queue.add(keys.map((key) => ({ key })));
			const session = await queue.session('worker', keys);
			try {
				const first = await session.claim(40, 60);
				const second = await session.claim(40, 60);
				expect(first.map((item) => item.key)).toEqual(keys.slice(0, 40));
				expect(second.map((item) => item.key)).toEqual(keys.slice(40, 80));
				// texts held (a worker geoparses them) and texts nobody holds
				expect(await session.pending()).toEqual({ count: 100, claimable: 20, claimableTexts: 20, heldTexts: 80, jobs: 0 });
				// the first claim's worker was killed: its lease runs out
				await pool.query(`UPDATE work SET lease_until = now() - interval '1 second' WHERE hash = ANY($1::text[])`, [keys.slice(0, 40)]);
				expect(await session.pending()).toEqual({ count: 100, claimable: 60, claimableTexts: 60, heldTexts: 40, jobs: 0 });
				const third = await session.claim(40, 60);
				expect(third.map((item) => item.key)).toEqual([...keys.slice(80), ...keys.slice(0, 20)]);
				await queue.finish([...second, ...third].map((item) => ({ key: item.key, toponyms: '[]' })), []);
				// what is left: the expired claims not taken yet, then nothing
				expect((await session.claim(40, 60)).map((item) => item.key)).toEqual(keys.slice(20, 40));
				expect(await session.claim(40, 60)).toEqual([]);
			} finally {
				await session.close();
			}
		} finally {
			await pool.end();
		}
	}, 60_000);

	it('queues keys, not texts: nothing of a text goes to the server or comes back with a claim', async () => {
		const pool = new pg.Pool({ connectionString: await cluster.database(), max: 2 });
		try {
			await pool.query(PG_SCHEMA);
			const queue = createWorkQueue(pool);
			await queue.add([{ key: 'k1' }, { key: 'k2' }]);
			expect((await pool.query('SELECT hash, text FROM work ORDER BY hash')).rows).toEqual([
				{ hash: 'k1', text: null },
				{ hash: 'k2', text: null }
			]);
			const session = await queue.session('worker', ['k1', 'k2']);
			try {
				expect(await session.claim(40, 60)).toEqual([{ key: 'k1' }, { key: 'k2' }]);
			} finally {
				await session.close();
			}
			// a store made before: its queue's text column loses NOT NULL when the schema is applied again
			await pool.query('DELETE FROM work');
			await pool.query('ALTER TABLE work ALTER COLUMN text SET NOT NULL');
			await pool.query(PG_SCHEMA);
			await queue.add([{ key: 'k3' }]);
			expect((await pool.query('SELECT hash, text FROM work')).rows).toEqual([{ hash: 'k3', text: null }]);
		} finally {
			await pool.end();
		}
	}, 60_000);

	// Under the throwaway cluster's C collation the primary key serves `LIKE 'job:%'` as well, so these two
	// run on a database sorting by English rules (ICU), as most servers' do: there only the jobs' own
	// indexes (work_jobs, geoparsed_jobs) keep the texts queued and their results out of these statements.
	it('claims a job that waits for no other without reading the texts queued (no sequential scan of `work`), on a database sorting by English rules', async () => {
		// one connection: the session's statements and the statistics they leave are read on the same one
		const pool = new pg.Pool({ connectionString: await cluster.database(undefined, 'en-US'), max: 1 });
		try {
			await pool.query(PG_SCHEMA);
			const queue = createWorkQueue(pool);
			const texts = Array.from({ length: 3000 }, (_, i) => `t${i}`);
			// job:a waits for the job under it, job:b for job:a and what is under it
			const jobs = [{ key: 'job:a' }, { key: 'job:a:1' }, { key: 'job:b', after: 'job:a' }];
			await queue.add([...texts.map((key) => ({ key })), ...jobs]);
			await pool.query('ANALYZE work');
			const workSeqScans = async () => {
				await pool.query('SELECT pg_stat_force_next_flush()');
				const row = (await pool.query(`SELECT seq_scan, seq_tup_read FROM pg_stat_user_tables WHERE relname = 'work'`)).rows[0];
				return { scans: Number(row.seq_scan), rows: Number(row.seq_tup_read) };
			};
			const claims: (string | null)[] = [];
			const scans: { scans: number; rows: number }[] = [];
			// a session's own statements read run_keys, not work: what the claim reads of work is read around it
			const claim = async () => {
				const before = await workSeqScans();
				const session = await queue.session('worker', [...texts, ...jobs.map((job) => job.key)]);
				try {
					claims.push(await session.claimJob(60));
				} finally {
					await session.close();
				}
				const after = await workSeqScans();
				scans.push({ scans: after.scans - before.scans, rows: after.rows - before.rows });
			};
			await claim();
			await claim();
			await queue.finishJob('job:a:1', '');
			await claim();
			await queue.finishJob('job:a', '');
			await claim();
			expect(claims).toEqual(['job:a:1', null, 'job:a', 'job:b']);
			expect(scans).toEqual(claims.map(() => ({ scans: 0, rows: 0 })));
		} finally {
			await pool.end();
		}
	}, 60_000);

	it('stores a job’s result as a parameter of its own, not inside an array the server parses again (discovery’s input is megabytes)', async () => {
		const pool = new pg.Pool({ connectionString: await cluster.database(), max: 1 });
		const sent = vi.spyOn(pg.Client.prototype, 'query');
		try {
			await pool.query(PG_SCHEMA);
			const queue = createWorkQueue(pool);
			await queue.add([{ key: 'job:t:input' }, { key: 'v1:t1' }]);
			// a discovery input's shape: a JSON head (quotes an array literal escapes), then base64
			const result = `${JSON.stringify({ terms: ['say "no"', 'b\\c'] })}\n${'QUJD'.repeat(250_000)}`;
			sent.mockClear();
			await queue.finishJob('job:t:input', result);
			const statements = sent.mock.calls.map(([sql, params]) => ({ sql: String(sql), params: (params ?? []) as unknown[] }));
			const writes = statements.filter((s) => /geoparsed|gazetteer_places|gazetteer_facts/.test(s.sql));
			expect(writes).toHaveLength(1);
			expect(writes[0]!.params).toEqual(['job:t:input', result]);
			expect((await queue.results(['job:t:input'])).get('job:t:input')).toBe(result);
			expect((await pool.query('SELECT hash FROM work')).rows).toEqual([{ hash: 'v1:t1' }]);
		} finally {
			sent.mockRestore();
			await pool.end();
		}
	}, 60_000);

	it('deletes a run’s job results through their index, not by reading every geoparse result, on a database sorting by English rules', async () => {
		const pool = new pg.Pool({ connectionString: await cluster.database(undefined, 'en-US'), max: 1 });
		try {
			await pool.query(PG_SCHEMA);
			const client = await pool.connect();
			await buildOnlineIndexes(client).finally(() => client.release());
			const keys = [...Array.from({ length: 3000 }, (_, i) => `v1:t${i}`), 'job:a', 'job:a:1', 'job:b'];
			await pool.query('INSERT INTO geoparsed (hash, toponyms) SELECT unnest($1::text[]), $2', [keys, '[]']);
			await pool.query('ANALYZE geoparsed');
			const plan = (await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${DELETE_JOB_RESULTS}`)).rows.map((row) => row['QUERY PLAN']).join('\n');
			expect(plan).not.toContain('Seq Scan');
			expect(plan).toContain('geoparsed_jobs');
			await pool.query(DELETE_JOB_RESULTS);
			expect(Number((await pool.query('SELECT count(*) FROM geoparsed')).rows[0].count)).toBe(3000);
			expect((await pool.query(`SELECT hash FROM geoparsed WHERE hash LIKE 'job%'`)).rows).toEqual([]);
		} finally {
			await pool.end();
		}
	}, 60_000);
	it('keeps the record of a place as the latest geoparse made it (a gazetteer whose point moved), not the first stored', async () => {
		const pool = new pg.Pool({ connectionString: await cluster.database(), max: 2 });
		try {
			await pool.query(PG_SCHEMA);
			const queue = createWorkQueue(pool);
			const record = (lat: number) => JSON.stringify({ id: 'cur:elbe', name: 'Elbe', lat, lon: 9.99 });
			await queue.finish([{ key: 'old-geoparser:t1', toponyms: '[]' }], [{ id: 'cur:elbe', record: record(53.55) }]);
			// the same place from a later gazetteer, twice in one batch, beside a place stored before
			await queue.finish([{ key: 'new-geoparser:t1', toponyms: '[]' }], [
				{ id: 'cur:elbe', record: record(51.05) },
				{ id: 'cur:elbe', record: record(51.05) }
			]);
			expect(await queue.places(['cur:elbe'])).toEqual(new Map([['cur:elbe', record(51.05)]]));
		} finally {
			await pool.end();
		}
	}, 60_000);
});
