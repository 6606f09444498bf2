// A place's excerpts under the explorer's document filters, a page of documents at a time, newest first.
import type { ExcerptGroup, TopicMatch } from '../../contracts.ts';
import type { ExcerptPage } from '../types.ts';
import type { Dialect, SqlReader } from './dialect.ts';
import type { Condition } from './filters.ts';

/** The documents naming the place (by its key) that pass the condition, with each one's excerpts of it. */
export async function excerptPage({ all, get }: SqlReader, dialect: Dialect, placeId: string, placeKey: number, condition: Condition | null, offset: number, limit: number): Promise<ExcerptPage> {
	const from = `FROM document_places dp JOIN documents d ON d.key = dp.doc WHERE dp.place = ? ${condition ? `AND ${condition.sql}` : ''}`;
	const params = [placeKey, ...(condition?.params ?? [])];
	const total = (await get<{ n: number }>(`SELECT count(*) AS n ${from}`, params))!.n;
	const rows = await all<{ id: string; title: string; date: string | null; source: string | null; text: unknown; excerpts: string }>(
		`SELECT d.id, d.title, d.date, d.source, d.text, dp.excerpts ${from} ORDER BY d.date IS NULL, d.date DESC, d.id LIMIT ? OFFSET ?`,
		[...params, limit, offset]
	);
	const groups: ExcerptGroup[] = rows.map((row) => {
		const text = dialect.readText(row.text);
		return {
			documentId: row.id,
			title: row.title,
			date: row.date,
			source: row.source,
			excerpts: (JSON.parse(row.excerpts) as [number, number, number, number, TopicMatch[]][]).map(([at, length, start, end, topics]) => ({
				text: text.slice(at, at + length),
				offset: at,
				start: start - at,
				end: end - at,
				mentionStart: start,
				topics
			}))
		};
	});
	return { placeId, total, groups };
}
