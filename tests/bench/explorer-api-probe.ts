// Where the explorer's server time goes: each /api question the page asks, timed on a fresh store (cold)
// and again (kept), with the answer's size. `node --import tsx tests/bench/explorer-api-probe.ts OUT`
import { join } from 'node:path';
import { openSqliteStore, STORE_FILE } from '../../src/lib/store/sqlite/index.ts';
import { answerRoute } from '../../src/lib/server/api/routes.ts';
import Database from 'better-sqlite3';

// with --sql: every statement's CPU time, as it runs
const sqlLog = process.argv.includes('--sql');
if (sqlLog) {
	const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1')) as Record<string, (...args: unknown[]) => unknown> & { source: string };
	for (const name of ['all', 'get', 'iterate']) {
		const original = proto[name]!;
		proto[name] = function (this: { source: string }, ...args: unknown[]) {
			const cpu = process.cpuUsage();
			const result = original.apply(this, args);
			const used = process.cpuUsage(cpu);
			const ms = (used.user + used.system) / 1000;
			if (ms > 5) console.log(`    ${ms.toFixed(0).padStart(5)} ms cpu  ${this.source.replace(/\s+/g, ' ').slice(0, 220)}`);
			return result;
		};
	}
}

const out = process.argv[2];
if (!out) throw new Error('usage: explorer-api-probe.ts OUT');
const store = openSqliteStore(join(out, STORE_FILE), { readonly: true });
const info = (await store.info())!;
const topic = info.topics[0]!.id;
const topic2 = info.topics[1]!.id;
const year = Number((info.dateSpan.min ?? '2015').slice(0, 4)) + 1;
const questions: [string, string][] = [
	['view', 'sort=documents&page=300'],
	["view", `topic=${topic}&sort=documents&page=300`],
	['view', `topic=${topic}&topic=${topic2}&sort=documents&page=300`],
	['view', `q=united&sort=documents&page=300`],
	['view', `q=london&sort=documents&page=300`],
	['view', 'q=United+States&sort=documents&page=300'],
	['view', `from=${year}-03-15&to=${year + 2}-09`],
	['documents', 'text=government&limit=8'],
	['documents', 'offset=0&limit=24'],
	['documents', `topic=${topic}&offset=0&limit=24`],
	['clusters', 'zoom=0']
];
for (const [route, query] of questions) {
	const params = new URLSearchParams(query);
	const cpu = process.cpuUsage();
	const started = performance.now();
	const answer = await answerRoute(store, route, params);
	const cold = performance.now() - started;
	const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
	const again = performance.now();
	await answerRoute(store, route, params);
	const kept = performance.now() - again;
	console.log(`${route}?${query}`.padEnd(60), `cold ${cold.toFixed(0).padStart(6)} ms (cpu ${cpuMs.toFixed(0)})  again ${kept.toFixed(0).padStart(5)} ms  ${(JSON.stringify(answer).length / 1024).toFixed(0)} KB`);
}
await store.close();
