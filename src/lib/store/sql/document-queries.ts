// The document questions, answered by either store: one document with its mentions and topics, and
// documents by words (ranked) or by title under the filters. Nothing here depends on the places'
// per-version cache (queries.ts).
import type { DocumentFull, TopicMatch } from '../../contracts.ts';
import type { DocumentPage, QueryFilters } from '../types.ts';
import type { Dialect, SqlReader } from './dialect.ts';
import { documentCondition, type Condition } from './filters.ts';

const where = (condition: Condition | null) => (condition ? `WHERE ${condition.sql}` : '');
const paramsOf = (condition: Condition | null) => condition?.params ?? [];

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

	async function searchDocuments(filters: QueryFilters, offset: number, limit: number): Promise<DocumentPage> {
		const condition = documentCondition(dialect, filters);
		const query = dialect.textQuery(filters.text ?? '');
		const total = (await get<{ n: number }>(`SELECT count(*) AS n FROM documents d ${where(condition)}`, paramsOf(condition)))!.n;
		type Row = { key: number; id: string; title: string; date: string | null; source: string | null };
		// the words are matched by rankedFrom itself: the condition without them (matched twice, 0.2 s more at 200,000)
		const others = query ? documentCondition(dialect, { ...filters, text: '' }) : null;
		const rows = query
			? await all<Row>(`SELECT d.key, d.id, d.title, d.date, d.source ${dialect.rankedFrom} ${others ? `AND ${others.sql}` : ''} ORDER BY ${dialect.rankedOrder}, d.title, d.id LIMIT ? OFFSET ?`, [
					...dialect.rankedParams(query),
					...paramsOf(others),
					limit,
					offset
				])
			: await all<Row>(`SELECT d.key, d.id, d.title, d.date, d.source FROM documents d ${where(condition)} ORDER BY ${dialect.titleOrder}, d.id LIMIT ? OFFSET ?`, [
					...paramsOf(condition),
					limit,
					offset
				]);
		const documents = [];
		for (const row of rows) {
			const places = await all<{ id: string; name: string }>(
				'SELECT p.id, p.name FROM document_places dp JOIN places p ON p.key = dp.place WHERE dp.doc = ? ORDER BY dp.mentions DESC, p.name LIMIT 5',
				[row.key]
			);
			documents.push({ id: row.id, title: row.title, date: row.date, source: row.source, places });
		}
		return { total, documents };
	}

	return { document, searchDocuments };
}
