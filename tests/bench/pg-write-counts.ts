// `node --import tsx tests/bench/pg-write-counts.ts [--documents 200000] [--writes 7] [--places N] [CHECKOUT…]`: what one
// small write costs in a large shared store. A throwaway cluster gets a store of generated rows (no texts
// worth indexing: documents over 900 days, every one naming place 1 and two of 49 others, one or two of 5
// topics, the counts grouped once), then each CHECKOUT's store code (this one by default; several are run
// in turns, each write into its own copy of the store) writes one changed document naming place 1 under
// a topic, `--writes` times; prints each write's wall time and the medians. The write's statements are the
// store's own (openPostgresStore(url).write), so the figures are those of `gazette ingest` changing one file.
// Then as many corrections (store.writeMentions, as `gazette serve` applies one): a document's mention of
// place 1 moved to a place of its own. `--log MS`: prints the statements that took MS ms or more (the server's log).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { startPostgis } from '../helpers/postgres.ts';
import type { Manifest } from '../../src/lib/contracts.ts';
import type { MentionsChange, Store, StoredDocument } from '../../src/lib/store/types.ts';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const DOCUMENTS = option('--documents', 200_000);
const WRITES = option('--writes', 7);
const LOG_MS = option('--log', -1);
/** `--places N`: N more places, each named by one document (a store's long tail of places) */
const MORE_PLACES = option('--places', 0);
const checkouts = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map((c) => resolve(c));
if (checkouts.length === 0) checkouts.push(resolve(new URL('../..', import.meta.url).pathname));

type Open = (url: string) => Promise<Store>;
const openers: Open[] = [];
for (const checkout of checkouts) openers.push(((await import(`${checkout}/src/lib/store/postgres/index.ts`)) as { openPostgresStore: Open }).openPostgresStore);
const { refreshTopicDocuments, refreshTopicPlaces } = await import('../../src/lib/store/sql/topic-places.ts');
const { refreshPlaceMonths } = await import('../../src/lib/store/sql/place-months.ts');

const TOPICS = ['t0', 't1', 't2', 't3', 't4'];

async function fill(url: string): Promise<void> {
	const client = new pg.Client(url);
	await client.connect();
	try {
		await client.query(`INSERT INTO places (id, name, kind, lat, lon, geom, search) SELECT 'p' || i, 'p' || i, 'city', 0, 0, ST_SetSRID(ST_MakePoint(0, 0), 4326), 'p' || i FROM generate_series(1, 50) AS i`);
		await client.query(`INSERT INTO document_words (key, words) VALUES ('w', to_tsvector('simple', 'words'))`);
		await client.query(
			`INSERT INTO documents (id, file, path, title, date, day, length, mention_count, hash, text, words_key)
			 SELECT 'd' || i, 'd' || i, 'd' || i || '.txt', 'd' || i, to_char(date '2022-01-01' + (i % 900), 'YYYY-MM-DD'), to_char(date '2022-01-01' + (i % 900), 'YYYY-MM-DD'), 10, 3, 'h' || i, 'text', 'w'
			 FROM generate_series(1, $1::int) AS i`,
			[DOCUMENTS]
		);
		await client.query(
			`INSERT INTO document_places (doc, place, mentions, excerpts)
			 SELECT d.key, p.key, 1, '[]' FROM documents d JOIN places p ON p.id IN ('p1', 'p' || (2 + d.key % 49), 'p' || (2 + (d.key * 7 + 3) % 49)) ON CONFLICT DO NOTHING`
		);
		if (MORE_PLACES > 0) {
			await client.query(`INSERT INTO places (id, name, kind, lat, lon, geom, search) SELECT 'x' || i, 'x' || i, 'city', 0, 0, ST_SetSRID(ST_MakePoint(0, 0), 4326), 'x' || i FROM generate_series(1, $1::int) AS i`, [MORE_PLACES]);
			await client.query(`INSERT INTO document_places (doc, place, mentions, excerpts) SELECT d.key, p.key, 1, '[]' FROM places p JOIN documents d ON d.id = 'd' || substr(p.id, 2) WHERE p.id LIKE 'x%'`);
		}
		await client.query(`INSERT INTO mentions (doc, start, "end", place, usage, score) SELECT doc, place, place + 1, place, 'literal', 1 FROM document_places`);
		await client.query(`INSERT INTO document_topics (topic, doc, position, terms) SELECT 't' || (key % 5), key, 0, '[]' FROM documents UNION ALL SELECT 't' || ((key + 2) % 5), key, 1, '[]' FROM documents WHERE key % 3 = 0`);
		await client.query(`UPDATE places p SET (document_count, mention_count, first_day, last_day) = (SELECT count(*), sum(dp.mentions), min(d.day), max(d.day) FROM document_places dp JOIN documents d ON d.key = dp.doc WHERE dp.place = p.key)`);
		for (const sql of [...refreshTopicPlaces(null), ...refreshTopicDocuments(null), ...refreshPlaceMonths(null)]) await client.query(sql);
		await client.query('VACUUM ANALYZE');
	} finally {
		await client.end();
	}
}

function document(version: number): StoredDocument {
	const mentions = ['p1', 'p2'].map((placeId, i) => ({ start: i * 10, end: i * 10 + 2, name: placeId, placeId, usage: 'literal' as const, score: 1 }));
	// the same document each time, changed: its day moves inside the store's days (no first or last day taken)
	const day = `2023-0${1 + (version % 9)}-15`;
	return {
		summary: { id: 'changed', file: 'changed', title: 'changed', date: day, author: null, source: null, path: 'changed.txt', topics: [{ topic: TOPICS[version % 5]!, terms: [] }], placeIds: ['p1', 'p2'], mentionCount: 2, length: 20 },
		text: `changed ${version}`,
		mentions,
		excerpts: [],
		hash: `changed-${version}`
	};
}

const MANIFEST: Manifest = { schemaVersion: 1, generator: 'bench', generatedAt: '', corpus: 'bench', counts: { documents: 0, places: 0, mentions: 0, unresolved: 0, skipped: 0 }, attribution: [] };

/** Document `d${n}`'s mention of place 1 (key 1: its mention row starts at 1) moved to a place of its own (its day neither place 1's first nor last). */
function correction(n: number, state: Record<string, string>): MentionsChange {
	const to = `moved${n}`;
	return {
		documents: [{ id: `d${n}`, hash: `corrected-${n}`, mentionCount: 3, removeMentions: [], putMentions: [{ start: 1, end: 2, name: to, placeId: to, usage: 'literal', score: 1 }], removePlaces: ['p1'], putPlaces: [{ placeId: to, mentions: 1, excerpts: '[]' }] }],
		places: [{ id: to, name: to, kind: 'city', country: null, countryName: null, admin1Name: null, lat: 0, lon: 0, geonameId: null, geometry: null }],
		corrections: [],
		manifest: MANIFEST,
		state,
		expected: state
	};
}

const cluster = await startPostgis();
try {
	const template = await cluster.database('filled');
	const started = performance.now();
	await (await openers[0]!(template)).close();
	await fill(template);
	console.log(`store of ${DOCUMENTS} documents made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	const admin = new pg.Client(cluster.url);
	await admin.connect();
	const stores: Store[] = [];
	for (const [i, open] of openers.entries()) {
		await admin.query(`CREATE DATABASE copy_${i} TEMPLATE filled`);
		if (LOG_MS >= 0) await admin.query(`ALTER DATABASE copy_${i} SET log_min_duration_statement = ${LOG_MS}`);
		stores.push(await open(cluster.url.replace(/\/postgres$/, `/copy_${i}`)));
	}
	const log = join(dirname((await admin.query('SHOW data_directory')).rows[0].data_directory as string), 'log');
	const logStart = LOG_MS >= 0 ? readFileSync(log, 'utf8').length : 0;
	await admin.end();
	const times: number[][] = openers.map(() => []);
	for (let w = 0; w < WRITES; w++) {
		for (const [i, store] of stores.entries()) {
			const start = performance.now();
			await store.write({ upsert: [document(w)], remove: [], places: [], topics: TOPICS.map((id) => ({ id, label: id })), corrections: [], manifest: MANIFEST, state: {} });
			times[i]!.push(performance.now() - start);
		}
	}
	const corrections: number[][] = openers.map(() => []);
	for (let w = 0; w < WRITES; w++) {
		for (const [i, store] of stores.entries()) {
			const state = await store.state();
			const start = performance.now();
			await store.writeMentions(correction(1000 + w, state));
			corrections[i]!.push(performance.now() - start);
		}
	}
	for (const store of stores) await store.close();
	if (LOG_MS >= 0) for (const line of readFileSync(log, 'utf8').slice(logStart).split('\n')) if (/duration: /.test(line)) console.log(line.replace(/\s+/g, ' ').slice(0, 220));
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	for (const [i, checkout] of checkouts.entries()) {
		console.log(`${checkout}: one document written, median ${median(times[i]!).toFixed(0)} ms (${times[i]!.map((t) => t.toFixed(0)).join(', ')})`);
		console.log(`${checkout}: one document corrected, median ${median(corrections[i]!).toFixed(0)} ms (${corrections[i]!.map((t) => t.toFixed(0)).join(', ')})`);
	}
	console.log(`load ${loadavg()[0]!.toFixed(1)}`);
} finally {
	cluster.stop();
}
