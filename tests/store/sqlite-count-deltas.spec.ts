// A write of a few documents keeps the places' first and last days and the per-topic and per-month counts by adding
// and taking out what those documents change (sqlite/count-deltas.ts): after every write of a long
// random sequence — documents added, changed (other day, places, topics) and removed, a first or last
// day taken away and put back — the stored counts equal the ones grouped from every row again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refreshPlaceMonths } from '../../src/lib/store/sql/place-months.ts';
import { refreshTopicDocuments, refreshTopicPlaces } from '../../src/lib/store/sql/topic-places.ts';
import { openSqliteStore } from '../../src/lib/store/sqlite/index.ts';
import type { Store, StoredDocument } from '../../src/lib/store/types.ts';
import { seededRandom } from '../../src/lib/topics/random.ts';
import { PLACES, TOPICS, document, manifest, place, randomChange } from '../helpers/count-delta-fixtures.ts';

let root: string;
let store: Store;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'gazette-count-deltas-'));
	store = openSqliteStore(join(root, 'store.sqlite'));
});
afterEach(async () => {
	await store.close();
	rmSync(root, { recursive: true, force: true });
});


/** The counts as stored, and as grouped from every row again (in a transaction rolled back). */
function countsBothWays(): { stored: unknown; grouped: unknown } {
	const db = new Database(join(root, 'store.sqlite'));
	try {
		const read = () => ({
			places: db.prepare('SELECT id, document_count, mention_count, first_day, last_day FROM places ORDER BY id').all(),
			topicPlaces: db.prepare('SELECT topic, p.id, documents, mentions, tp.first_day, tp.last_day FROM topic_places tp JOIN places p ON p.key = tp.place ORDER BY topic, p.id').all(),
			topicDocuments: db.prepare('SELECT topic, documents FROM topic_documents ORDER BY topic').all(),
			placeMonths: db.prepare('SELECT month, p.id, pm.documents, pm.mentions, pm.first_day, pm.last_day FROM place_months pm JOIN places p ON p.key = pm.place ORDER BY 1, 2').all()
		});
		const stored = read();
		db.exec('BEGIN');
		db.exec(`UPDATE places SET (first_day, last_day) = (SELECT min(d.day), max(d.day) FROM document_places dp JOIN documents d ON d.key = dp.doc WHERE dp.place = places.key)`);
		for (const sql of [...refreshTopicPlaces(null), ...refreshTopicDocuments(null), ...refreshPlaceMonths(null)]) db.exec(sql);
		const grouped = read();
		db.exec('ROLLBACK');
		return { stored, grouped };
	} finally {
		db.close();
	}
}

describe('the counts a write keeps by difference', () => {
	it('equal the counts grouped from every row again, after every write of a random sequence', async () => {
		const random = seededRandom(7);
		const live = new Map<string, number>();
		let version = 0;
		for (let step = 0; step < 60; step++) {
			const { upsert, remove } = randomChange(random, live, () => ++version);
			const places = PLACES.filter((id) => upsert.some((d) => d.summary.placeIds.includes(id))).map(place);
			await store.write({ upsert, remove, places, topics: TOPICS.map((id) => ({ id, label: id })), corrections: [], manifest, state: {} });
			const { stored, grouped } = countsBothWays();
			expect(stored, `after write ${step}`).toEqual(grouped);
		}
		// the sequence did reach the cases that matter: places dropped, days moved both ways
		expect(live.size).toBeGreaterThan(0);
	});

	it('takes back a first day a removed document held, and keeps one another document still has', async () => {
		const write = (upsert: StoredDocument[], remove: string[] = []) =>
			store.write({ upsert, remove, places: PLACES.slice(0, 2).map(place), topics: [{ id: 'alpha', label: 'alpha' }], corrections: [], manifest, state: {} });
		await write([document('a', '2020-01-01', ['p0'], ['alpha'], 1), document('b', '2020-01-01', ['p0'], ['alpha'], 1), document('c', '2021-03-03', ['p0', 'p1'], ['alpha'], 1)]);
		await write([], ['a']);
		expect(countsBothWays().stored).toMatchObject({ places: [{ id: 'p0', first_day: '2020-01-01', last_day: '2021-03-03' }, { id: 'p1' }] });
		await write([], ['b']);
		expect(countsBothWays().stored).toMatchObject({ places: [{ id: 'p0', first_day: '2021-03-03', last_day: '2021-03-03' }, { id: 'p1' }] });
		// the same document again with a later day: its old day goes
		await write([document('c', '2022-12-31', ['p0'], ['alpha'], 2)]);
		const { stored, grouped } = countsBothWays();
		expect(stored).toEqual(grouped);
		expect(stored).toMatchObject({ places: [{ id: 'p0', first_day: '2022-12-31', last_day: '2022-12-31' }], topicDocuments: [{ topic: 'alpha', documents: 1 }] });
	});
});
