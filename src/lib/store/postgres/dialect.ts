// The shared store's side of the shared SQL: node-postgres with `$n` placeholders, key lists as int
// arrays, words matched in a tsvector of the folded text (folded by gazette, like the search words).
import type pg from 'pg';
import type { Dialect, SqlReader } from '../sql/dialect.ts';
import { searchWords } from '../text.ts';
import { run } from './safe.ts';

/** `?` → `$1`, `$2`, … (the shared SQL has no `?` inside strings). */
export function numbered(sql: string): string {
	let n = 0;
	return sql.replace(/\?/g, () => `$${++n}`);
}

export function postgresReader(pool: pg.Pool): SqlReader {
	return {
		all: async <T>(sql: string, params: unknown[] = []) => (await run(pool, numbered(sql), params)).rows as T[],
		get: async <T>(sql: string, params: unknown[] = []) => (await run(pool, numbered(sql), params)).rows[0] as T | undefined
	};
}

/** A tsquery: every word must occur, the last also as a prefix (words are letters and digits only). */
export function tsQuery(text: string): string {
	const words = searchWords(text);
	return words.map((word, i) => (i === words.length - 1 ? `${word}:*` : word)).join(' & ');
}

export const POSTGRES_DIALECT: Dialect = {
	inKeys: (column) => `${column} = ANY(?::int[])`,
	keysParam: (keys) => keys,
	keyList: (column) => `string_agg(${column}::text, ',')`,
	textQuery: tsQuery,
	// a document's words are its row of document_words (schema.ts)
	textMatch: `d.words_key IN (SELECT key FROM document_words WHERE words @@ to_tsquery('simple', ?))`,
	rankedFrom: `FROM documents d JOIN document_words w ON w.key = d.words_key, to_tsquery('simple', ?) AS q WHERE w.words @@ q`,
	rankedOrder: 'ts_rank(w.words, q) DESC',
	rankedParams: (query) => [query],
	titleOrder: 'lower(d.title)',
	// PostgreSQL compresses long text itself (TOAST)
	readText: (stored) => stored as string
};
