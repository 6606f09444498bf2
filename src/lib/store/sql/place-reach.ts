// The documents a set of places reaches, with no document filter: how many, and how many of them each
// topic holds. A place search ("United States": 554 places, 300,000 of their rows naming 129,000 of
// 200,000 documents) asked the store twice over the same rows, once for the distinct documents and once
// joining them to the topics (0.2–0.3 s of CPU at 200,000, the whole search's wait). Here the rows are
// read once as one string of keys and the documents marked in an array; each topic's documents are kept
// per store version (one string per topic, read once) and counted against the marks. A server reads
// each place's documents ahead too (prepare): a search's rows were 50-90 ms of CPU for "united" (783
// places, 620,000 rows) and their string as long again to parse; read ahead, it marks arrays in memory
// (~5 MB at 200,000 documents; none over READ_AHEAD_ROWS). Until then (or without prepare) it asks the
// store as before.
import type { Dialect, SqlReader } from './dialect.ts';

export interface Reach {
	documents: number;
	/** documents per topic (topics that hold none are absent) */
	topics: Map<string, number>;
}

/** The keys of a comma-separated list, as the stores' string aggregates write it. */
export function parseKeys(list: string | null): Int32Array {
	if (!list) return new Int32Array(0);
	let count = 1;
	for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) count++;
	const keys = new Int32Array(count);
	let at = 0;
	let value = 0;
	for (let i = 0; i <= list.length; i++) {
		const code = i < list.length ? list.charCodeAt(i) : 44;
		if (code === 44) {
			keys[at++] = value;
			value = 0;
		} else value = value * 10 + code - 48;
	}
	return keys;
}

/** Place keys per statement when each place's documents are read ahead (a few ms each at 200,000 documents). */
const PLACES_PER_READ = 100;

/**
 * Each place's documents are read ahead only while the store holds at most this many document–place
 * rows: 4 bytes each in memory (1,250,000 rows, 5 MB, at 200,000 documents; this bound, 40 MB, at about
 * 1.6 million documents of as many places each). Over it a place search asks the store, as without prepare.
 */
export const READ_AHEAD_ROWS = 10_000_000;

export function createPlaceReach(reader: SqlReader, dialect: Dialect, { readAheadRows = READ_AHEAD_ROWS } = {}) {
	let topicDocs: Promise<Map<string, Int32Array>> | null = null;
	/** each place's documents, once read whole for the current version (null: ask the store) */
	let placeDocs: Map<number, Int32Array> | null = null;
	/** the read of them for the current version, under way or done (reset forgets it: a read it forgot keeps nothing) */
	let placeDocsRead: Promise<void> | null = null;
	// a search waits for them: no more pauses between topics
	let hurry = false;

	/** Each topic's documents, read topic by topic; unless in a hurry, a pause after each lets other questions in. */
	async function readTopicDocuments(): Promise<Map<string, Int32Array>> {
		const byTopic = new Map<string, Int32Array>();
		for (const { id } of await reader.all<{ id: string }>('SELECT id FROM topics ORDER BY position')) {
			const row = await reader.get<{ docs: string | null }>(`SELECT ${dialect.keyList('doc')} AS docs FROM document_topics WHERE topic = ?`, [id]);
			if (row?.docs) byTopic.set(id, parseKeys(row.docs));
			if (!hurry) await new Promise((done) => setTimeout(done, 0));
		}
		return byTopic;
	}

	function topicDocuments(paced = false): Promise<Map<string, Int32Array>> {
		if (!paced) hurry = true;
		if (!topicDocs) {
			hurry = !paced;
			const reading = (topicDocs = readTopicDocuments());
			reading.catch(() => topicDocs === reading && (topicDocs = null));
		}
		return topicDocs;
	}

	/**
	 * Every place's documents, PLACES_PER_READ place keys a statement with a pause after each; null when the
	 * store holds more rows than readAheadRows (the places' stored document counts add up to them).
	 */
	async function readPlaceDocuments(): Promise<Map<number, Int32Array> | null> {
		const { last, rows } = (await reader.get<{ last: number | null; rows: number | string | null }>('SELECT max(key) AS last, sum(document_count) AS rows FROM places'))!;
		if (Number(rows) > readAheadRows) return null;
		const byPlace = new Map<number, Int32Array>();
		for (let from = 0; last !== null && from <= last; from += PLACES_PER_READ) {
			const found = await reader.all<{ place: number; docs: string | null }>(
				`SELECT place, ${dialect.keyList('doc')} AS docs FROM document_places WHERE place >= ? AND place < ? GROUP BY place`,
				[from, from + PLACES_PER_READ]
			);
			for (const row of found) byPlace.set(row.place, parseKeys(row.docs));
			await new Promise((done) => setTimeout(done, 0));
		}
		return byPlace;
	}

	/** Reads them for the current version, kept unless a new version (reset) came meanwhile; once a version. */
	function readAhead(): Promise<void> {
		const reading = readPlaceDocuments().then((byPlace) => {
			if (placeDocsRead === reading) placeDocs = byPlace;
		});
		// failed: read again when asked again
		reading.catch(() => placeDocsRead === reading && (placeDocsRead = null));
		return reading;
	}

	/** The places' document keys, from memory when read ahead, else from the store (one list, repeats kept). */
	async function documentsOf(placeKeys: number[]): Promise<Int32Array[]> {
		if (placeDocs) return placeKeys.flatMap((key) => placeDocs!.get(key) ?? []);
		const row = await reader.get<{ docs: string | null }>(`SELECT ${dialect.keyList('dp.doc')} AS docs FROM document_places dp WHERE ${dialect.inKeys('dp.place')}`, [
			dialect.keysParam(placeKeys)
		]);
		return [parseKeys(row?.docs ?? null)];
	}

	return {
		/**
		 * Reads each topic's documents ahead (a server at start), so the first place search does not wait for
		 * them (~50 ms at 200,000 documents); topic by topic, each a few ms, so a question that comes
		 * meanwhile is not held up by all of them.
		 */
		async prepare(): Promise<void> {
			await topicDocuments(true);
			await (placeDocsRead ??= readAhead());
		},
		/** Forgets what it kept (a new store version). */
		reset(): void {
			topicDocs = null;
			placeDocs = null;
			placeDocsRead = null;
		},
		async reach(placeKeys: number[]): Promise<Reach> {
			const [lists, byTopic] = await Promise.all([documentsOf(placeKeys), topicDocuments()]);
			let highest = 0;
			for (const docs of lists) for (const doc of docs) if (doc > highest) highest = doc;
			const reached = new Uint8Array(highest + 1);
			let documents = 0;
			for (const docs of lists)
				for (const doc of docs)
					if (!reached[doc]) {
						reached[doc] = 1;
						documents++;
					}
			const topics = new Map<string, number>();
			for (const [topic, list] of byTopic) {
				let n = 0;
				for (const doc of list) if (doc <= highest && reached[doc]) n++;
				if (n > 0) topics.set(topic, n);
			}
			return { documents, topics };
		}
	};
}
