// bench:scale's PostgreSQL runs leave nothing for the next run: after a run its database is vacuumed
// and analysed (else autovacuum does it up to a minute later, inside the next timed run) and the
// cluster checkpointed; each run's counters say what maintenance fell inside it, its own or another's.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { usePostgisCluster } from '../helpers/postgres.ts';
import { clusterCounters, databaseOf, maintenanceBetween, tidyAfterRun, type ClusterCounters } from './pg-run-state.ts';

const counters = (checkpoints: number, walBytes: number, autovacuums: Record<string, number>): ClusterCounters => ({ checkpoints, walBytes, backendWrites: 0, autovacuums: new Map(Object.entries(autovacuums)) });

describe('maintenanceBetween', () => {
	it('splits the autovacuum runs inside a run into its own database’s and the others’, and counts checkpoints and WAL', () => {
		const before = counters(2, 10 * 1048576, { one_worker_0: 30, two_workers_0: 0, postgres: 1 });
		const after = counters(3, 74 * 1048576, { one_worker_0: 38, two_workers_0: 12, postgres: 1, fresh: 2 });
		expect(maintenanceBetween(before, after, 'two_workers_0')).toEqual({ checkpoints: 1, walMB: 64, backendWrites: 0, autovacuumsOwn: 12, autovacuumsOther: 10 });
	});
});

const spec = usePostgisCluster('gazette-run-state-', 'the bench’s run tidying');

describe.skipIf(!!spec.missing)('tidyAfterRun', () => {
	it('leaves a just-filled database nothing for autovacuum to do, and checkpoints', async () => {
		const url = await spec.database('just_filled');
		const client = new pg.Client(url);
		await client.connect();
		try {
			await client.query(`CREATE TABLE filled (id int PRIMARY KEY, words text)`);
			await client.query(`INSERT INTO filled SELECT n, 'row ' || n FROM generate_series(1, 20000) n`);
			// what autovacuum acts on; a session's counts reach the shared statistics at most once a second unless forced
			const pending = async () => {
				await client.query('SELECT pg_stat_force_next_flush()');
				await client.query('SELECT pg_stat_clear_snapshot()');
				return (await client.query(`SELECT n_ins_since_vacuum::int AS inserted, n_mod_since_analyze::int AS modified FROM pg_stat_user_tables WHERE relname = 'filled'`)).rows[0];
			};
			expect(await pending()).toEqual({ inserted: 20000, modified: 20000 });
			const before = await clusterCounters(url);
			await tidyAfterRun(url, databaseOf(url));
			const after = await clusterCounters(url);
			expect(await pending()).toEqual({ inserted: 0, modified: 0 });
			expect(after.checkpoints).toBe(before.checkpoints + 1);
			expect(after.autovacuums.get('just_filled')).toBeDefined();
		} finally {
			await client.end();
		}
	});
});
