// bench:scale's PostgreSQL part, the cluster between timed runs: what a run leaves behind must not land
// in the next one. A finished run's new tables (hundreds of thousands of rows) are vacuumed and
// analysed by autovacuum up to a minute after it ends — inside the next timed run, on the cores that
// run needs (with pairs run 1 then 2, always inside the 2-worker run); and its dirty buffers are
// written out by whoever needs the buffers next. So after each run its database is vacuumed and
// analysed and the cluster checkpointed, untimed; before each run the memory it will need is touched
// once (warmMemory); and each run reports the checkpoints, WAL and autovacuum runs that fell inside it,
// its own database's and the others'.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

async function rows<T>(url: string, sql: string): Promise<T[]> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		return (await client.query(sql)).rows as T[];
	} finally {
		await client.end();
	}
}

const databaseUrl = (clusterUrl: string, name: string) => clusterUrl.replace(/\/[^/]*$/, `/${name}`);

/** The cluster's counters so far: checkpoints (timed and requested), WAL bytes written, buffers backends had to write themselves. */
export interface ClusterCounters {
	checkpoints: number;
	walBytes: number;
	backendWrites: number;
	/** autovacuum's and autoanalyze's runs so far, per database */
	autovacuums: Map<string, number>;
}

export async function clusterCounters(clusterUrl: string): Promise<ClusterCounters> {
	const [stats] = await rows<{ checkpoints: string; wal: string; backend: string }>(
		clusterUrl,
		`SELECT checkpoints_timed + checkpoints_req AS checkpoints, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') AS wal, buffers_backend AS backend FROM pg_stat_bgwriter`
	);
	const names = await rows<{ datname: string }>(clusterUrl, `SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate`);
	const autovacuums = new Map<string, number>();
	for (const { datname } of names) {
		const [count] = await rows<{ n: string | null }>(databaseUrl(clusterUrl, datname), `SELECT sum(autovacuum_count + autoanalyze_count) AS n FROM pg_stat_all_tables`);
		autovacuums.set(datname, Number(count?.n ?? 0));
	}
	return { checkpoints: Number(stats!.checkpoints), walBytes: Number(stats!.wal), backendWrites: Number(stats!.backend), autovacuums };
}

/** What fell inside a run: checkpoints, WAL MB, backend writes, autovacuum runs in the run's own database and in the others. */
export interface RunMaintenance {
	checkpoints: number;
	walMB: number;
	backendWrites: number;
	autovacuumsOwn: number;
	autovacuumsOther: number;
}

export function maintenanceBetween(before: ClusterCounters, after: ClusterCounters, database: string): RunMaintenance {
	let own = 0;
	let other = 0;
	for (const [name, n] of after.autovacuums) {
		const runs = n - (before.autovacuums.get(name) ?? 0);
		if (name === database) own += runs;
		else other += runs;
	}
	return { checkpoints: after.checkpoints - before.checkpoints, walMB: (after.walBytes - before.walBytes) / 1048576, backendWrites: after.backendWrites - before.backendWrites, autovacuumsOwn: own, autovacuumsOther: other };
}

/** After a timed run, untimed: its database vacuumed and analysed, then a checkpoint, so the next run pays for neither. */
export async function tidyAfterRun(clusterUrl: string, database: string): Promise<void> {
	await rows(databaseUrl(clusterUrl, database), 'VACUUM (ANALYZE)');
	await rows(clusterUrl, 'CHECKPOINT');
}

/** Before the first run: every database vacuumed and analysed (the PostGIS template's tables, new), then a checkpoint. */
export async function tidyCluster(clusterUrl: string): Promise<void> {
	for (const { datname } of await rows<{ datname: string }>(clusterUrl, `SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate`)) await rows(databaseUrl(clusterUrl, datname), 'VACUUM (ANALYZE)');
	await rows(clusterUrl, 'CHECKPOINT');
}

export const databaseOf = (url: string): string => new URL(url).pathname.slice(1);

/**
 * Before a timed run, untimed: `mb` MB of fresh memory touched page by page in a child process, then
 * freed. This machine is a virtual one whose host backs the guest's memory lazily: a page the guest
 * has not used for a while costs several times as much kernel time on first touch (measured: 4 GiB in
 * 7.6 kernel s cold, 2.3 s straight after; 1 GiB 0.35 s warm), so a run that needs more memory than
 * the machine used lately (the first of a bench, or the next after a smaller one) pays for it and the
 * other does not. The freed pages are the ones the next allocations get, so both runs start warm.
 * GAZETTE_PG_WARM_MB sets `mb` (0: none); at most half the memory available.
 */
export function warmMemory(mb = Number(process.env.GAZETTE_PG_WARM_MB ?? 4096)): void {
	const available = Number(/MemAvailable:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024;
	const size = Math.floor(Math.min(mb, available / 2));
	if (size <= 0) return;
	const touch = `const b = Buffer.allocUnsafeSlow(${size} * 1048576); for (let i = 0; i < b.length; i += 4096) b[i] = 1;`;
	spawnSync(process.execPath, ['-e', touch], { stdio: 'ignore' });
}
