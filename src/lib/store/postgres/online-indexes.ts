// Indexes added to a large table of existing stores after they were made. A plain CREATE INDEX in the
// schema's transaction holds the table against writes for the whole build, and every worker's results
// queue behind it (at once on a new store, for as long as the table takes to read on an old one); these
// are built once, CONCURRENTLY, outside any transaction, after the schema (index.ts).
import type pg from 'pg';
import { JOB_PREFIX } from './queue.ts';

/** held by the process building them: another finds it taken and leaves the build to that one */
const INDEX_LOCK = 4_711_000_012;

export const ONLINE_INDEXES: readonly { name: string; definition: string }[] = [
	// the jobs' results, which a run's move-in deletes: found by this index, not by reading every geoparse result
	{ name: 'geoparsed_jobs', definition: `ON geoparsed (hash text_pattern_ops) WHERE hash LIKE '${JOB_PREFIX}%'` }
];

/** true: built; false: left invalid by a build that was stopped (or one in progress); null: missing */
async function indexState(client: pg.ClientBase, name: string): Promise<boolean | null> {
	return (await client.query<{ valid: boolean }>('SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = to_regclass($1)', [name])).rows[0]?.valid ?? null;
}

/** Builds the indexes the store lacks (again where a stopped build left one invalid). `client`: one session, in no transaction. */
export async function buildOnlineIndexes(client: pg.ClientBase): Promise<void> {
	const missing: (typeof ONLINE_INDEXES)[number][] = [];
	for (const index of ONLINE_INDEXES) if ((await indexState(client, index.name)) !== true) missing.push(index);
	if (missing.length === 0) return;
	if (!(await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [INDEX_LOCK])).rows[0]!.got) return;
	try {
		for (const index of missing) {
			// invalid while nobody builds it (this process holds the lock): a killed build's leftover
			if ((await indexState(client, index.name)) === false) await client.query(`DROP INDEX CONCURRENTLY IF EXISTS ${index.name}`);
			await client.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${index.name} ${index.definition}`);
		}
	} finally {
		await client.query('SELECT pg_advisory_unlock($1)', [INDEX_LOCK]);
	}
}
