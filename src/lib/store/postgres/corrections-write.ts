// A correction's write to the shared store, inside the caller's transaction: only the mention and place
// rows that changed, the documents' hash and mention count, and the totals of the places whose rows
// changed (by difference: count-deltas.ts). Their text, tsvector and topics stay as they are (a correction changes none of them).
import type pg from 'pg';
import { checkExpectedState } from '../sql/corrections.ts';
import type { MentionsChange } from '../types.ts';
import { applyCountDeltas, countRemovedRows, noneRemoved, rowsOfPairs } from './count-deltas.ts';
import { noNul, run } from './safe.ts';
import { writePlaces, writeRunRecord } from './write.ts';

const BATCH = 5000;

const columns = <T extends unknown[]>(rows: T[], n: number) => Array.from({ length: n }, (_, i) => rows.map((r) => r[i]));

async function insertRows(client: pg.PoolClient, sql: string, rows: unknown[][], width: number): Promise<void> {
	for (let i = 0; i < rows.length; i += BATCH) await run(client, sql, columns(rows.slice(i, i + BATCH), width));
}

export async function writeMentionsChange(client: pg.PoolClient, change: MentionsChange): Promise<void> {
	const stored = (await run<{ key: string; value: string }>(client, `SELECT key, value FROM meta WHERE key LIKE 'state:%' FOR UPDATE`)).rows;
	checkExpectedState(Object.fromEntries(stored.map((r) => [r.key.slice('state:'.length), r.value])), change.expected);
	const documents = change.documents;
	const keyById = new Map(
		(await run<{ id: string; key: number }>(client, 'SELECT id, key FROM documents WHERE id = ANY($1::text[])', [documents.map((d) => d.id)])).rows.map((r) => [r.id, r.key])
	);
	const docKeys = documents.map((d) => {
		const key = keyById.get(noNul(d.id));
		if (key === undefined) throw new Error(`document ${d.id} is not in the store`);
		return key;
	});
	for (let i = 0; i < change.places.length; i += 500) await writePlaces(client, change.places.slice(i, i + 500));
	const placeIds = new Set<string>();
	for (const d of documents) {
		for (const id of d.removePlaces) placeIds.add(id);
		for (const p of d.putPlaces) placeIds.add(p.placeId);
		for (const m of d.putMentions) placeIds.add(m.placeId);
	}
	const placeKeys = new Map((await run<{ id: string; key: number }>(client, 'SELECT id, key FROM places WHERE id = ANY($1::text[])', [[...placeIds]])).rows.map((r) => [r.id, r.key]));
	const keyOf = (id: string) => placeKeys.get(noNul(id));
	// a place whose shape failed validation is not stored; its mentions go with it (as ingest does)
	const placeRows = (pick: (d: (typeof documents)[number]) => string[]) =>
		documents.flatMap((d, i) => pick(d).flatMap((id) => (keyOf(id) === undefined ? [] : [[docKeys[i]!, keyOf(id)!]])));
	const oldRows = placeRows((d) => [...d.removePlaces, ...d.putPlaces.map((p) => p.placeId)]);
	const touched = new Set<number>(oldRows.map(([, place]) => place!));
	// what the rows held, taken out of the counts below; and which documents named a place before
	const removed = noneRemoved();
	await countRemovedRows(client, rowsOfPairs(...(columns(oldRows, 2) as [number[], number[]])), removed);
	const placed = async () => new Set((await run<{ doc: number }>(client, 'SELECT DISTINCT doc FROM document_places WHERE doc = ANY($1::int[])', [docKeys])).rows.map((r) => r.doc));
	const placedBefore = await placed();
	await run(client, 'DELETE FROM document_places dp USING unnest($1::int[], $2::int[]) AS t (doc, place) WHERE dp.doc = t.doc AND dp.place = t.place', columns(oldRows, 2));
	const newRows = documents.flatMap((d, i) => d.putPlaces.flatMap((p) => (keyOf(p.placeId) === undefined ? [] : [[docKeys[i]!, keyOf(p.placeId)!, p.mentions, p.excerpts]])));
	for (const row of newRows) touched.add(row[1] as number);
	await insertRows(client, 'INSERT INTO document_places (doc, place, mentions, excerpts) SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::text[])', newRows, 4);
	const gone = documents.flatMap((d, i) => [...d.removeMentions, ...d.putMentions.map((m): [number, number] => [m.start, m.end])].map(([start, end]) => [docKeys[i]!, start, end]));
	await run(client, 'DELETE FROM mentions m USING unnest($1::int[], $2::int[], $3::int[]) AS t (doc, start, "end") WHERE m.doc = t.doc AND m.start = t.start AND m."end" = t."end"', columns(gone, 3));
	// rows keyed like the primary key: a later duplicate replaces an earlier one (as ingest writes them)
	const mentions = new Map<string, unknown[]>();
	documents.forEach((d, i) => {
		for (const m of d.putMentions) if (keyOf(m.placeId) !== undefined) mentions.set(`${docKeys[i]}:${m.start}:${m.end}`, [docKeys[i]!, m.start, m.end, keyOf(m.placeId)!, m.usage, m.score]);
	});
	await insertRows(client, `INSERT INTO mentions (doc, start, "end", place, usage, score) SELECT * FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::float8[])`, [...mentions.values()], 6);
	await run(client, 'UPDATE documents d SET mention_count = t.count, hash = t.hash FROM unnest($1::int[], $2::int[], $3::text[]) AS t (key, count, hash) WHERE d.key = t.key', [
		docKeys,
		documents.map((d) => d.mentionCount),
		documents.map((d) => d.hash)
	]);
	// a document that loses its last place (or gains its first) changes its topics' document counts
	const placedAfter = await placed();
	const topicsOf = async (docs: number[], sign: 1 | -1) =>
		docs.length === 0
			? []
			: (await run<{ topic: string; documents: number }>(client, 'SELECT topic, count(*)::int AS documents FROM document_topics WHERE doc = ANY($1::int[]) GROUP BY topic', [docs])).rows.map((r) => ({ topic: r.topic, documents: sign * r.documents }));
	removed.topics.push(...(await topicsOf([...placedBefore].filter((doc) => !placedAfter.has(doc)), 1)), ...(await topicsOf([...placedAfter].filter((doc) => !placedBefore.has(doc)), -1)));
	await applyCountDeltas(client, removed, rowsOfPairs(...(columns(newRows, 2) as [number[], number[]])), null);
	await run(client, 'DELETE FROM places p WHERE p.key = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM document_places dp WHERE dp.place = p.key)', [[...touched]]);
	await writeRunRecord(client, change);
}
