// The shared store keeps the places' totals and days, the per-topic and per-month place counts and the
// topics' documents by difference (postgres/count-deltas.ts), as the embedded store does: after every
// write of a long random sequence — documents added, changed (other day, places, topics) and removed,
// corrections moving a document's mentions of a place to another or dropping them, a first or last day
// taken away and put back — the stored counts equal the ones grouped from every row again; and a write of
// one document, or a correction of one, does not read the rows of every document naming its places.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/lib/store/postgres/index.ts';
import { refreshPlaceMonths } from '../../src/lib/store/sql/place-months.ts';
import { refreshTopicDocuments, refreshTopicPlaces } from '../../src/lib/store/sql/topic-places.ts';
import type { MentionsChange, Store, StoreChange, StoredDocument } from '../../src/lib/store/types.ts';
import { seededRandom } from '../../src/lib/topics/random.ts';
import { PLACES, TOPICS, document, manifest, picks, place, randomChange } from '../helpers/count-delta-fixtures.ts';
import { usePostgisCluster } from '../helpers/postgres.ts';

const cluster = usePostgisCluster('gazette-pg-count-deltas-', 'postgres count-delta tests');

/** The positions of a document's mentions of its `i`th place (as document() makes them). */
const positions = (i: number): [number, number][] => Array.from({ length: 1 + (i % 2) }, (_, k) => [i * 10 + k * 3, i * 10 + k * 3 + 2]);

/** A correction of document `id` (its places in mention order): its mentions of `from` moved to `to`, or dropped. */
function correction(id: string, places: (string | null)[], from: string, to: string | null, version: number, state: Record<string, string>): MentionsChange {
	const at = positions(places.indexOf(from));
	const count = places.reduce((sum, p, i) => sum + (p === null ? 0 : positions(i).length), 0);
	return {
		documents: [
			{
				id,
				hash: `${id}-corrected-${version}`,
				mentionCount: to === null ? count - at.length : count,
				removeMentions: to === null ? at : [],
				putMentions: to === null ? [] : at.map(([start, end]) => ({ start, end, name: to, placeId: to, usage: 'literal' as const, score: 1 })),
				removePlaces: [from],
				putPlaces: to === null ? [] : [{ placeId: to, mentions: at.length, excerpts: '[]' }]
			}
		],
		places: to === null ? [] : [place(to, PLACES.indexOf(to))],
		corrections: [],
		manifest,
		state,
		expected: state
	};
}

const change = (upsert: StoredDocument[], remove: string[], placeIds = PLACES): StoreChange => ({
	upsert,
	remove,
	places: placeIds.map(place),
	topics: TOPICS.map((id) => ({ id, label: id })),
	corrections: [],
	manifest,
	state: {}
});

let url: string;
let store: Store;
let client: pg.Client;
beforeEach(async () => {
	if (cluster.missing !== null) return;
	url = await cluster.database();
	store = await openPostgresStore(url);
	client = new pg.Client(url);
	await client.connect();
});
afterEach(async () => {
	if (cluster.missing !== null) return;
	await store.close();
	await client.end();
});

/** The counts as stored, and as grouped from every row again (in a transaction rolled back). */
async function countsBothWays(): Promise<{ stored: unknown; grouped: unknown }> {
	const read = async () => ({
		places: (await client.query('SELECT id, document_count, mention_count, first_day, last_day FROM places ORDER BY id')).rows,
		topicPlaces: (await client.query('SELECT topic, p.id, documents, mentions, tp.first_day, tp.last_day FROM topic_places tp JOIN places p ON p.key = tp.place ORDER BY topic, p.id')).rows,
		topicDocuments: (await client.query('SELECT topic, documents FROM topic_documents ORDER BY topic')).rows,
		placeMonths: (await client.query('SELECT month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2')).rows
	});
	const stored = await read();
	await client.query('BEGIN');
	await client.query(
		`UPDATE places p SET (document_count, mention_count, first_day, last_day) = (SELECT count(*), sum(dp.mentions), min(d.day), max(d.day) FROM document_places dp JOIN documents d ON d.key = dp.doc WHERE dp.place = p.key)`
	);
	for (const sql of [...refreshTopicPlaces(null), ...refreshTopicDocuments(null), ...refreshPlaceMonths(null)]) await client.query(sql);
	const grouped = await read();
	await client.query('ROLLBACK');
	return { stored, grouped };
}

describe.skipIf(cluster.missing !== null)('the counts a shared-store write keeps by difference', () => {
	it('equal the counts grouped from every row again, after every write of a random sequence', async () => {
		const random = seededRandom(7);
		const { pick } = picks(random);
		const live = new Map<string, number>();
		/** each live document's places in mention order (a correction replaces one in place) */
		const named = new Map<string, (string | null)[]>();
		let version = 0;
		let dropped = 0;
		let corrected = 0;
		for (let step = 0; step < 80; step++) {
			const candidates = [...named].filter(([, places]) => places.some((p) => p !== null));
			if (step % 4 === 3 && candidates.length > 0) {
				const [id, places] = pick(candidates);
				const from = pick(places.filter((p): p is string => p !== null));
				const others = PLACES.filter((p) => !places.includes(p));
				const to = random() < 0.7 && others.length > 0 ? pick(others) : null;
				await store.writeMentions(correction(id, places, from, to, ++version, await store.state()));
				places[places.indexOf(from)] = to;
				corrected++;
				const { stored, grouped } = await countsBothWays();
				expect(stored, `after correction ${step}`).toEqual(grouped);
				continue;
			}
			const { upsert, remove } = randomChange(random, live, () => ++version);
			for (const id of remove) named.delete(id);
			for (const { summary } of upsert) named.set(summary.id, [...summary.placeIds]);
			const before = (await client.query('SELECT count(*)::int AS n FROM places')).rows[0].n as number;
			await store.write(change(upsert, remove, PLACES.filter((id) => upsert.some((d) => d.summary.placeIds.includes(id)))));
			if ((await client.query('SELECT count(*)::int AS n FROM places')).rows[0].n < before) dropped++;
			const { stored, grouped } = await countsBothWays();
			expect(stored, `after write ${step}`).toEqual(grouped);
		}
		// the sequence did reach the cases that matter: places dropped, documents still there
		expect(dropped).toBeGreaterThan(0);
		expect(corrected).toBeGreaterThan(10);
		expect(live.size).toBeGreaterThan(0);
	}, 120_000);

	it('takes back a first day a removed document held, and keeps one another document still has', async () => {
		const write = (upsert: StoredDocument[], remove: string[] = []) => store.write(change(upsert, remove, PLACES.slice(0, 2)));
		const days = async () => (await client.query('SELECT id, first_day, last_day FROM places ORDER BY id')).rows;
		await write([document('a', '2020-01-01', ['p0'], ['alpha'], 1), document('b', '2020-01-01', ['p0'], ['alpha'], 1), document('c', '2021-03-03', ['p0', 'p1'], ['alpha'], 1)]);
		await write([], ['a']);
		expect(await days()).toEqual([
			{ id: 'p0', first_day: '2020-01-01', last_day: '2021-03-03' },
			{ id: 'p1', first_day: '2021-03-03', last_day: '2021-03-03' }
		]);
		await write([], ['b']);
		expect((await days())[0]).toEqual({ id: 'p0', first_day: '2021-03-03', last_day: '2021-03-03' });
		// the same document again with a later day: its old day goes
		await write([document('c', '2022-12-31', ['p0'], ['alpha'], 2)]);
		const { stored, grouped } = await countsBothWays();
		expect(stored).toEqual(grouped);
		expect(stored).toMatchObject({ places: [{ id: 'p0', first_day: '2022-12-31', last_day: '2022-12-31' }], topicDocuments: [{ topic: 'alpha', documents: 1 }] });
	}, 60_000);

	it('writes one document, or corrects one, without reading the rows of the other documents naming its places', async () => {
		// 3,000 documents of one month naming p0 and p1 under every topic; the new one in that month too
		const many = Array.from({ length: 3000 }, (_, i) => document(`bulk${i}`, `2019-01-${String(1 + (i % 28)).padStart(2, '0')}`, ['p0', 'p1'], TOPICS, 1));
		await store.write(change(many, [], ['p0', 'p1']));
		// vacuumed now and not by autovacuum while the write is measured (its scans count as rows read)
		await client.query('ALTER TABLE document_places SET (autovacuum_enabled = off)');
		await client.query('VACUUM ANALYZE');
		const rowsRead = async () => {
			await client.query('SELECT pg_stat_force_next_flush()');
			const row = (await client.query(`SELECT seq_tup_read + coalesce(idx_tup_fetch, 0) AS heap, (SELECT sum(idx_tup_read) FROM pg_stat_user_indexes WHERE relname = 'document_places') AS index FROM pg_stat_user_tables WHERE relname = 'document_places'`)).rows[0];
			return Number(row.heap) + Number(row.index);
		};
		// a backend's counts reach the statistics when it exits: the store's connections are closed, and
		// the counts read until they stop moving
		// (before the write too: the earlier writes' connections report theirs when they end)
		const settled = async () => {
			await store.close();
			store = await openPostgresStore(url);
			let read = await rowsRead();
			for (let i = 0; i < 20; i++) {
				await new Promise((resolve) => setTimeout(resolve, 100));
				const again = await rowsRead();
				if (again === read && i >= 2) break;
				read = again;
			}
			return read;
		};
		const rowsReadBy = async (write: () => Promise<void>) => {
			const before = await settled();
			await write();
			return (await settled()) - before;
		};
		expect(await rowsReadBy(() => store.write(change([document('late', '2019-01-15', ['p0'], TOPICS, 1)], [], ['p0'])))).toBeLessThan(500);
		// a bulk document's mentions of p1 moved to p2 (its day neither the first nor the last: those are grouped again)
		expect(await rowsReadBy(async () => store.writeMentions(correction('bulk1', ['p0', 'p1'], 'p1', 'p2', 2, await store.state())))).toBeLessThan(500);
		const { stored, grouped } = await countsBothWays();
		expect(stored).toEqual(grouped);
		expect(stored).toMatchObject({ places: [{ id: 'p0', document_count: 3001, last_day: '2019-01-28' }, { id: 'p1', document_count: 2999 }, { id: 'p2', document_count: 1 }] });
	}, 120_000);

	it('looks for places left with no document among the ones a write touched, not among every place', async () => {
		// documents each naming a place of their own
		const own = Array.from({ length: 50 }, (_, i) => document(`own${i}`, '2019-01-02', [`q${i}`], ['alpha'], 1));
		await store.write({ ...change(own, [], []), places: own.map((d, i) => place(d.summary.placeIds[0]!, i)) });
		// a place no write of this store touches and no document names (as an older gazette could leave one)
		await client.query(`INSERT INTO places (id, name, kind, lat, lon, geom, search) VALUES ('stray', 'stray', 'city', 0, 0, ST_SetSRID(ST_MakePoint(0, 0), 4326), 'stray')`);
		// one of them replaced: its place goes, another comes; the untouched one is not looked at
		await store.write({ ...change([document('own7', '2019-01-03', ['fresh'], ['alpha'], 2)], [], []), places: [place('fresh', 0)] });
		const ids = (await client.query(`SELECT id FROM places WHERE id IN ('q7', 'q8', 'fresh', 'stray') ORDER BY id`)).rows.map((r) => r.id);
		expect(ids).toEqual(['fresh', 'q8', 'stray']);
	}, 120_000);

	it('does not compile its count statements (JIT), however high the planner prices them', async () => {
		// every plan logged, every statement worth compiling (as a first ingest's count statements were:
		// their day regrouping is priced for every row, and the compiling took 2 s of a 2,000-document move-in)
		const name = new URL(url).pathname.slice(1);
		for (const setting of ["session_preload_libraries = 'auto_explain'", 'auto_explain.log_min_duration = 0', 'jit_above_cost = 0', 'jit_inline_above_cost = 0', 'jit_optimize_above_cost = 0'])
			await client.query(`ALTER DATABASE ${name} SET ${setting}`);
		await store.close();
		store = await openPostgresStore(url);
		const log = join(dirname((await client.query('SHOW data_directory')).rows[0].data_directory as string), 'log');
		const from = readFileSync(log, 'utf8').length;
		await store.write(change([document('a', '2020-01-01', ['p0', 'p1'], ['alpha'], 1), document('b', '2020-06-02', ['p1'], ['beta'], 1)], []));
		await store.write(change([document('a', '2021-03-03', ['p0'], ['alpha'], 2)], ['b']));
		const plans = readFileSync(log, 'utf8').slice(from).split(/\n(?=\S)/).filter((entry) => entry.includes('Query Text:'));
		const counts = plans.filter((plan) => plan.includes('Query Text: WITH removed AS'));
		expect(counts.length).toBeGreaterThanOrEqual(8);
		expect(counts.filter((plan) => plan.includes('JIT:'))).toEqual([]);
		// the server compiles here: the others were
		expect(plans.some((plan) => plan.includes('JIT:'))).toBe(true);
	}, 120_000);
});
