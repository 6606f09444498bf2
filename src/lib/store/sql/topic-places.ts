// Per topic and place: the documents of the topic naming the place, their mentions of it and their
// first and last days; and per topic, its documents naming any place. Kept by every write (the rows of
// the places and topics it touched are computed again), so a topic toggle reads a few hundred rows
// instead of grouping every mention of the topic's documents. Both stores, the same SQL; a store
// written before the tables existed is filled when opened for writing.

export const TOPIC_PLACES_TABLE = `CREATE TABLE topic_places (
	topic TEXT NOT NULL,
	place INTEGER NOT NULL,
	documents INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	first_day TEXT,
	last_day TEXT,
	PRIMARY KEY (topic, place)
)`;

/** `dayIndex`: how the store reads a document's day by its key (SQLite: from a covering index, not the row with its text) */
const tally = (dayIndex: string) => `SELECT t.topic, dp.place, count(*), sum(dp.mentions), min(d.day), max(d.day)
	FROM document_places dp JOIN document_topics t ON t.doc = dp.doc JOIN documents d ${dayIndex} ON d.key = dp.doc`;

/**
 * The statements that compute the rows of some places again; `places` is a condition on a column
 * named `place` (the dialect's key list, one parameter), or null for every place.
 */
export function refreshTopicPlaces(places: ((column: string) => string) | null, dayIndex = ''): string[] {
	const TALLY = tally(dayIndex);
	if (!places) return ['DELETE FROM topic_places', `INSERT INTO topic_places (topic, place, documents, mentions, first_day, last_day) ${TALLY} GROUP BY t.topic, dp.place`];
	return [
		`DELETE FROM topic_places WHERE ${places('place')}`,
		`INSERT INTO topic_places (topic, place, documents, mentions, first_day, last_day) ${TALLY} WHERE ${places('dp.place')} GROUP BY t.topic, dp.place`
	];
}

/** Per topic: its documents that name a stored place (what a topic filter's header counts). */
export const TOPIC_DOCUMENTS_TABLE = `CREATE TABLE topic_documents (topic TEXT PRIMARY KEY, documents INTEGER NOT NULL)`;

/** The statements that count some topics' documents again (`topics`: a condition on a column, one parameter; null: all). */
export function refreshTopicDocuments(topics: ((column: string) => string) | null): string[] {
	const count = `INSERT INTO topic_documents (topic, documents) SELECT t.topic, count(*) FROM document_topics t
		WHERE ${topics ? `${topics('t.topic')} AND ` : ''}EXISTS (SELECT 1 FROM document_places dp WHERE dp.doc = t.doc) GROUP BY t.topic`;
	return [`DELETE FROM topic_documents${topics ? ` WHERE ${topics('topic')}` : ''}`, count];
}

/** The topics of some documents (`documents`: the dialect's key list on a column, one parameter), as a condition on a topic column. */
export function topicsOfDocuments(documents: (column: string) => string): (column: string) => string {
	return (column) => `${column} IN (SELECT topic FROM document_topics WHERE ${documents('doc')})`;
}
