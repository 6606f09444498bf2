// `node --import tsx tests/bench/pg-worker-profile.ts OUT [CHECKOUT] [--no-cpu-prof] [--other-places=N]`: one shared-store
// ingest worker on bench:scale's 2,000-document corpus (made in OUT/corpus once, then reused), run from
// CHECKOUT's bin/gazette.js (this one by default, so two builds can be run in turns), into a throwaway
// cluster that logs every statement. Writes OUT/cpu-prof/ (node --cpu-prof), OUT/timeline.txt
// (GAZETTE_TIMELINE's phases) and OUT/statements.log, and prints the statement time summed per
// statement (parse, bind and execute; logged durations are wall time, stretched by a busy machine).
// --other-places=N: the database holds N places of other runs first (a store shared by many runs).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { startPostgis } from '../helpers/postgres.ts';
import { writeScaleCorpus } from './scale-corpus.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const out = resolve(args[0] ?? 'pg-worker-profile');
const checkout = resolve(args[1] ?? new URL('../..', import.meta.url).pathname);
const cpuProf = !process.argv.includes('--no-cpu-prof');
const otherPlaces = Number(process.argv.find((a) => a.startsWith('--other-places='))?.split('=')[1] ?? 0);
mkdirSync(out, { recursive: true });
const corpus = join(out, 'corpus');
if (!existsSync(corpus)) await writeScaleCorpus(corpus, 2000);

/** Logged statement durations summed per statement (its first 90 characters), largest first. */
function statementTimes(log: string): [string, number, number][] {
	const sums = new Map<string, [number, number]>();
	for (const match of log.matchAll(/duration: ([\d.]+) ms\s+(?:parse|bind|execute|statement)[^:]*: (.*)/g)) {
		const key = match[2]!.replace(/\s+/g, ' ').slice(0, 90);
		const sum = sums.get(key) ?? [0, 0];
		sum[0] += Number(match[1]);
		sum[1]++;
		sums.set(key, sum);
	}
	return [...sums].map(([key, [ms, n]]): [string, number, number] => [key, ms, n]).sort((a, b) => b[1] - a[1]);
}

const cluster = await startPostgis();
try {
	const url = await cluster.database('profiled');
	const client = new pg.Client(url);
	await client.connect();
	const dataDir = (await client.query('SHOW data_directory')).rows[0].data_directory as string;
	if (otherPlaces > 0) {
		await (await openPostgresStore(url)).close();
		// records the size of a real one (about 250 bytes)
		await client.query(`INSERT INTO gazetteer_places (id, record) SELECT 'other:' || i, $2 FROM generate_series(1, $1::int) AS i`, [otherPlaces, JSON.stringify({ name: 'x'.repeat(200), kind: 'city', lat: 0, lon: 0 })]);
		await client.query('ANALYZE gazetteer_places');
	}
	await client.query('ALTER DATABASE profiled SET log_min_duration_statement = 0');
	await client.end();
	const profile = cpuProf ? ['--cpu-prof', '--cpu-prof-dir', join(out, 'cpu-prof')] : [];
	const worker = spawnSync(process.execPath, [...profile, join(checkout, 'bin/gazette.js'), 'ingest', corpus, '--store', url], { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, GAZETTE_TIMELINE: '1' } });
	if (worker.status !== 0) throw new Error(`the worker failed (${worker.status}): ${worker.stderr.slice(-300)}`);
	writeFileSync(join(out, 'timeline.txt'), worker.stderr);
	copyFileSync(join(dirname(dataDir), 'log'), join(out, 'statements.log'));
	const times = statementTimes(readFileSync(join(out, 'statements.log'), 'utf8'));
	console.log(`statement time ${Math.round(times.reduce((sum, [, ms]) => sum + ms, 0))} ms; largest (ms, logged parse/bind/execute lines, statement):`);
	for (const [key, ms, n] of times.slice(0, 15)) console.log(`${Math.round(ms).toString().padStart(7)} ${n.toString().padStart(5)}  ${key}`);
} finally {
	cluster.stop();
}
