// A first ingest's counts grouped by the worker that waits while another moves the run in: it groups
// them from the staged rows, and the mover reads them instead of grouping its rows again. The store is
// the one a single worker makes; a run into a store that holds documents groups nothing.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOPICS_FILE, runIngest } from '../../src/lib/server/ingest/index.ts';
import { STATE_SETTINGS } from '../../src/lib/server/ingest/incremental.ts';
import { fakeGeoparser } from '../helpers/fake-geoparser.ts';
import { queryRows, usePostgisCluster } from '../helpers/postgres.ts';
import { writeCorpus } from './corpus.ts';
import { embeddedAnswers, postgresAnswers, writeBigCorpus } from './shared-store.ts';
import { startWorker, stopWorkers, until } from './worker-processes.ts';

const cluster = usePostgisCluster('gazette-pg-run-counts-', 'postgres run-counts tests');

/** Sleeps until `check` holds (polling the database), or fails after a minute. */
async function untilQuery(check: () => Promise<boolean>, what: string): Promise<void> {
	for (const end = Date.now() + 60_000; !(await check()); ) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/**
 * Two workers on `corpus` into `url` (each past its start before either geoparses: the first holds its
 * first claim until the second has one), the mover held before its move-in's statements: `meanwhile`
 * runs once the other waits for the write lock (after whatever it does first), then the mover goes on.
 */
async function twoWorkers(corpus: string, url: string, name: string, meanwhile: () => Promise<void>): Promise<void> {
	const claims = join(cluster.root, `${name}-claims`);
	const gate = join(cluster.root, `${name}-gate`);
	const env = { GAZETTE_TEST_MOVE_GATE: gate, GAZETTE_LOAD_GAZETTEER_TEXTS: '0' };
	const claimed = (lines: string[]) => lines.some((line) => line.startsWith('claimed'));
	const first = startWorker(corpus, url, 0, env, claims);
	await until(() => claimed(first.lines), 'the first worker’s claim');
	const second = startWorker(corpus, url, 0, env, claims);
	await until(() => claimed(second.lines), 'the second worker’s claim');
	writeFileSync(claims, '');
	const workers = [first, second];
	await until(() => workers.some((w) => w.lines.includes('moving in')), 'a worker moving the run in');
	const waiting = `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' AND query LIKE 'SELECT pg_advisory_xact_lock%'`;
	await untilQuery(async () => (await queryRows(url, waiting))[0]!.n === 1, 'the other worker waiting for the write lock');
	try {
		await meanwhile();
	} finally {
		if (!existsSync(gate)) writeFileSync(gate, '');
	}
	const results = await Promise.all(workers.map((w) => w.done));
	expect(results.map((r) => r.code)).toEqual([0, 0]);
	expect(workers.filter((w) => w.lines.includes('moving in'))).toHaveLength(1);
}

const groupedKinds = async (url: string) => (await queryRows(url, 'SELECT kind, count(*)::int AS n FROM stage_counts GROUP BY kind ORDER BY kind')).map((r) => `${r.kind} ${r.n}`);

describe.skipIf(cluster.missing !== null)('a first ingest’s counts grouped by the worker waiting for the move-in', () => {
	afterEach(stopWorkers);

	it('are grouped from the staged rows while the run is moved in, and the mover counts with them', async () => {
		const corpus = join(cluster.root, 'used');
		writeBigCorpus(corpus);
		const url = await cluster.database();
		await twoWorkers(corpus, url, 'used', async () => {
			// the corpus names six places
			const kinds = await groupedKinds(url);
			expect(kinds).toContain('run 1');
			expect(kinds).toContain('places 6');
			expect(kinds.some((k) => k.startsWith('topic_places '))).toBe(true);
			expect(kinds.some((k) => k.startsWith('place_months '))).toBe(true);
			expect(kinds.some((k) => k.startsWith('topic_documents '))).toBe(true);
			// what the mover finds there is what it counts
			await queryRows(url, `UPDATE stage_counts SET documents = documents + 1000 WHERE kind = 'places'`);
		});
		const counts = (await queryRows(url, 'SELECT document_count FROM places')).map((r) => r.document_count as number);
		expect(counts).toHaveLength(6);
		expect(counts.every((n) => n > 1000)).toBe(true);
		// gone with the run's staging
		expect(await groupedKinds(url)).toEqual([]);
	}, 120_000);

	it('give the store one worker makes', async () => {
		const corpus = join(cluster.root, 'same');
		writeBigCorpus(corpus);
		const url = await cluster.database();
		await twoWorkers(corpus, url, 'same', async () => expect(await groupedKinds(url)).toContain('run 1'));
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-same')));
	}, 120_000);

	it('are not grouped for a run into a store that holds documents (its counts are a difference the mover makes)', async () => {
		const corpus = join(cluster.root, 'later');
		writeCorpus(corpus);
		const url = await cluster.database();
		await runIngest({ corpusDir: corpus, outDir: join(cluster.root, 'unused'), createGeoparser: fakeGeoparser(), topicsFile: DEFAULT_TOPICS_FILE, store: { kind: 'postgres', url } });
		// without the per-file records the next run is a full one (staged), not an incremental one
		await queryRows(url, `DELETE FROM meta WHERE key = 'state:${STATE_SETTINGS}'`);
		writeBigCorpus(corpus);
		await twoWorkers(corpus, url, 'later', async () => expect(await groupedKinds(url)).toEqual([]));
		expect(await postgresAnswers(url)).toEqual(await embeddedAnswers(corpus, join(cluster.root, 'sqlite-later')));
	}, 120_000);
});
