// How many documents name any place: with no filter, the unfiltered view's document count; under a
// document condition or for some places, the filtered view's.
import type { Dialect, SqlReader } from './dialect.ts';
import type { Condition } from './filters.ts';

/** Document keys per statement (about 20 ms at 200,000 documents). */
const PART = 20_000;

/**
 * Counted in parts of PART document keys, each its own statement, so a server's other requests run
 * between them (one count over the 1.3 million rows of document_places at 200,000 documents held the
 * server 0.5 s as it started, its page's files too). The parts are disjoint ranges of the table's key.
 */
export async function everyDocumentReached({ get }: SqlReader, part = PART): Promise<number> {
	const last = (await get<{ n: number | null }>('SELECT max(doc) AS n FROM document_places'))?.n ?? null;
	let total = 0;
	for (let from = 0; last !== null && from <= last; from += part)
		total += (await get<{ n: number }>('SELECT count(DISTINCT doc) AS n FROM document_places WHERE doc >= ? AND doc < ?', [from, from + part]))!.n;
	return total;
}

/** Documents reached by the given places under a document condition. */
export async function reachedDocuments(reader: SqlReader, dialect: Dialect, condition: Condition | null, placeKeys: number[] | null): Promise<number> {
	const parts: string[] = [];
	const params: unknown[] = [];
	if (condition) {
		parts.push(condition.sql);
		params.push(...condition.params);
	}
	if (placeKeys) {
		parts.push(dialect.inKeys('dp.place'));
		params.push(dialect.keysParam(placeKeys));
	}
	if (!condition && !placeKeys) return everyDocumentReached(reader);
	// filtered documents only: each probes its places once (no pass over every mention of them);
	// the places' index answers the others
	const sql =
		condition && !placeKeys
			? `SELECT count(*) AS n FROM documents d WHERE ${condition.sql} AND EXISTS (SELECT 1 FROM document_places dp WHERE dp.doc = d.key)`
			: `SELECT count(DISTINCT dp.doc) AS n FROM document_places dp ${condition ? 'JOIN documents d ON d.key = dp.doc' : ''} ${parts.length ? `WHERE ${parts.join(' AND ')}` : ''}`;
	return (await reader.get<{ n: number }>(sql, params))!.n;
}
