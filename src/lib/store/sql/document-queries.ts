// The document questions, answered by either store: one document with its mentions and topics, and
// documents by words (ranked) or by title under the filters. Nothing here depends on the places'
// per-version cache (queries.ts).
import type { DocumentFull, TopicMatch } from '../../contracts.ts';
import type { DocumentPage, QueryFilters } from '../types.ts';
import type { Dialect, SqlReader } from './dialect.ts';
import { documentCondition, type Condition } from './filters.ts';

const where = (condition: Condition | null) => (condition ? `WHERE ${condition.sql}` : '');
const paramsOf = (condition: Condition | null) => condition?.params ?? [];
const marks = (list: readonly unknown[]) => list.map(() => '?').join(', ');

export function createDocumentQueries(reader: SqlReader, dialect: Dialect) {
	const { all, get } = reader;

	async function document(id: string): Promise<DocumentFull | null> {
		const row = await get<{ key: number; id: string; file: string; path: string; title: string; date: string | null; author: string | null; source: string | null; length: number; mention_count: number; text: unknown }>(
			'SELECT key, id, file, path, title, date, author, source, length, mention_count, text FROM documents WHERE id = ?',
			[id]
		);
		if (!row) return null;
		const text = dialect.readText(row.text);
		const topics = (await all<{ topic: string; terms: string }>('SELECT topic, terms FROM document_topics WHERE doc = ? ORDER BY position', [row.key])).map(
			(t): TopicMatch => ({ topic: t.topic, ...(JSON.parse(t.terms) as Omit<TopicMatch, 'topic'>) })
		);
		const mentions = (await all<{ start: number; end: number; placeId: string; usage: 'literal' | 'associative' | 'embedded'; score: number }>(
			'SELECT m.start, m.end, p.id AS "placeId", m.usage, m.score FROM mentions m JOIN places p ON p.key = m.place WHERE m.doc = ? ORDER BY m.start',
			[row.key]
		)).map((m) => ({ start: m.start, end: m.end, name: text.slice(m.start, m.end), placeId: m.placeId, usage: m.usage, score: m.score }));
		return {
			id: row.id,
			file: row.file,
			title: row.title,
			date: row.date,
			author: row.author,
			source: row.source,
			path: row.path,
			topics,
			placeIds: [...new Set(mentions.map((m) => m.placeId))],
			mentionCount: row.mention_count,
			length: row.length,
			text,
			mentions
		};
	}

	type Row = { key: number; id: string; title: string; date: string | null; source: string | null };

	/**
	 * A page of the documents passing the filters, in title order. Under topics that pass many of them,
	 * the title index is read in order and each document's topics probed until the page is full (a
	 * topic's 37,000 documents of 200,000 were each read and sorted: 0.1 s for 24 titles); under topics
	 * that pass few, those are read and sorted. `total`: how many pass.
	 */
	async function byTitle(filters: QueryFilters, condition: Condition | null, total: number, offset: number, limit: number): Promise<Row[]> {
		const topics = [...new Set(filters.topics)];
		let paged = condition;
		if (topics.length > 0 && total > 0) {
			// rows read in title order ≈ page end × documents / total, against total read and sorted
			const documents = (await get<{ n: number | null }>('SELECT max(key) AS n FROM documents'))?.n ?? 0;
			if ((offset + limit) * documents < total * total) {
				const others = documentCondition(dialect, filters, false);
				paged = {
					sql: [others?.sql, `EXISTS (SELECT 1 FROM document_topics dt WHERE dt.doc = d.key AND dt.topic IN (${marks(topics)}))`].filter(Boolean).join(' AND '),
					params: [...paramsOf(others), ...topics]
				};
			}
		}
		return all<Row>(`SELECT d.key, d.id, d.title, d.date, d.source FROM documents d ${where(paged)} ORDER BY ${dialect.titleOrder}, d.id LIMIT ? OFFSET ?`, [...paramsOf(paged), limit, offset]);
	}

	/**
	 * A page of the documents matching the words under the filters (`condition`), best first, ties by
	 * title then id. Where the index cannot rank (dialect.unranked), in title order without a rank worked
	 * out per match; with many matches along the titles' index, each probed against the matches, until the
	 * page is full ("government" at 200,000: 64,750 matches each looked up and sorted, 0.2-0.5 s when
	 * the big table's pages were cold), with few each match looked up and sorted (as the walk's length
	 * ≈ page end × documents / matches, against matches looked up).
	 */
	async function byWords(query: string, filters: QueryFilters, condition: Condition, total: number, offset: number, limit: number): Promise<Row[]> {
		const unranked = dialect.unranked;
		if (unranked) {
			let along = '';
			if (total > 0 && (await get(unranked.hasTitleIndex))) {
				const documents = (await get<{ n: number | null }>('SELECT max(key) AS n FROM documents'))?.n ?? 0;
				if ((offset + limit) * documents < total * total) along = `INDEXED BY ${unranked.titleIndex}`;
			}
			return all<Row>(`SELECT d.key, d.id, d.title, d.date, d.source FROM documents d ${along} WHERE ${condition.sql} ORDER BY d.title, d.id LIMIT ? OFFSET ?`, [
				...condition.params,
				limit,
				offset
			]);
		}
		// the words are matched by rankedFrom itself: the condition without them (matched twice, 0.2 s more at 200,000)
		const others = documentCondition(dialect, { ...filters, text: '' });
		return all<Row>(`SELECT d.key, d.id, d.title, d.date, d.source ${dialect.rankedFrom} ${others ? `AND ${others.sql}` : ''} ORDER BY ${dialect.rankedOrder}, d.title, d.id LIMIT ? OFFSET ?`, [
			...dialect.rankedParams(query),
			...paramsOf(others),
			limit,
			offset
		]);
	}

	async function searchDocuments(filters: QueryFilters, offset: number, limit: number): Promise<DocumentPage> {
		const condition = documentCondition(dialect, filters);
		const query = dialect.textQuery(filters.text ?? '');
		const topics = [...new Set(filters.topics)];
		const onlyTopics = topics.length > 0 && !filters.doc && !filters.from && !filters.to && !query;
		// topics alone are counted from their own rows: through the documents, each of a topic's (tens of
		// thousands at 200,000) was a lookup in the big table (0.1 s, 0.4 s cold, on every toggle's path)
		// words alone are counted in their index: through the documents, each match was a lookup in the big
		// table ("government" at 200,000: 0.3 s, 2.2 s cold, against 0.02 s and 0.09 s)
		const onlyWords = query && dialect.textCount && topics.length === 0 && !filters.doc && !filters.from && !filters.to;
		const total = onlyTopics
			? (await get<{ n: number }>(`SELECT count(DISTINCT doc) AS n FROM document_topics WHERE topic IN (${marks(topics)})`, topics))!.n
			: onlyWords
				? (await get<{ n: number }>(dialect.textCount!, [query]))!.n
				: (await get<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where(condition)}`, paramsOf(condition)))!.n;
		const rows = query ? await byWords(query, filters, condition!, total, offset, limit) : await byTitle(filters, condition, total, offset, limit);
		const placesOf = await topPlaces(rows.map((row) => row.key));
		return { total, documents: rows.map((row) => ({ id: row.id, title: row.title, date: row.date, source: row.source, places: placesOf.get(row.key) ?? [] })) };
	}

	/**
	 * Each document's five most mentioned places (ties by name, then id), for a whole page in one query:
	 * a query per document was a round trip each (a page of 24, 25 queries; the shared-store specs' lists
	 * of up to 1,000, most of their time).
	 */
	async function topPlaces(keys: number[]): Promise<Map<number, { id: string; name: string }[]>> {
		const placesOf = new Map<number, { id: string; name: string }[]>();
		if (keys.length === 0) return placesOf;
		const rows = await all<{ doc: number; id: string; name: string }>(
			`SELECT doc, id, name FROM (
			   SELECT dp.doc, p.id, p.name, row_number() OVER (PARTITION BY dp.doc ORDER BY dp.mentions DESC, p.name, p.id) AS rank
			   FROM document_places dp JOIN places p ON p.key = dp.place WHERE ${dialect.inKeys('dp.doc')}
			 ) ranked WHERE rank <= 5 ORDER BY doc, rank`,
			[dialect.keysParam(keys)]
		);
		for (const { doc, id, name } of rows) {
			const list = placesOf.get(doc);
			if (list) list.push({ id, name });
			else placesOf.set(doc, [{ id, name }]);
		}
		return placesOf;
	}

	return { document, searchDocuments };
}
