// What differs between the stores' SQL: how a query reads rows, how a list of keys is passed, and how
// words are matched (FTS5 on SQLite, tsvector on PostgreSQL). Everything else is the same text.

export interface SqlReader {
	/** `?` placeholders, in order */
	all<T>(sql: string, params?: unknown[]): Promise<T[]>;
	get<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
}

export interface Dialect {
	/** a condition: `column` is one of the integer keys given as one parameter */
	inKeys(column: string): string;
	keysParam(keys: number[]): unknown;
	/** an aggregate: the integer `column` of the rows as one comma-separated string (null without rows) */
	keyList(column: string): string;
	/** the words of a search as the store's query syntax ('' when there are none) */
	textQuery(text: string): string;
	/** a condition on documents `d`: they contain the words of one parameter (textQuery's result) */
	textMatch: string;
	/** how many documents contain the words of one parameter, counted in the words' index alone (absent: through the documents) */
	textCount?: string;
	/** documents `d` matching the words, best first: FROM … WHERE <match> AND …, ORDER BY … */
	rankedFrom: string;
	rankedOrder: string;
	/** parameters rankedFrom takes before the condition's own */
	rankedParams(query: string): unknown[];
	/** titles sorted without regard to case */
	titleOrder: string;
	/** a document's text as the store keeps it (compressed by the embedded store) back to a string */
	readText(stored: unknown): string;
}

/** The store's version, bumped by every write ('0' before the first): what caches and prepared corrections key on. */
export async function readStoreVersion(reader: SqlReader): Promise<string> {
	return (await reader.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'version'`))?.value ?? '0';
}
