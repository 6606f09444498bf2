// How many documents name any place, with no filter: the unfiltered view's document count.
import type { SqlReader } from './dialect.ts';

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
