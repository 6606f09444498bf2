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
	/**
	 * Set when the words' index gives every match the same rank (SQLite: a contentless FTS5 index without
	 * positions leaves bm25 nothing to weigh, 0 for every match): matches are listed by title and id, as
	 * rankedOrder's ties are, without working out a rank per match; with many matches a page is read along
	 * `titleIndex` (documents (title, id)) when `hasTitleIndex` finds it in the file (absent: rankedFrom)
	 */
	unranked?: { titleIndex: string; hasTitleIndex: string };
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
