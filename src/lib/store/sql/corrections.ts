// What applying a correction asks the store (either one, the same SQL): the documents a correction's
// scope could touch, with their text and hash, found by the index rather than by reading every
// document; and the stored numbers the correction changes (place totals, correction counts, manifest).
import type { Manifest, PlaceKind, TopicMatch } from '../../contracts.ts';
import type { CorrectionQueries, CorrectionScope, StoredCorrection, StoredDocumentPlace, StoredDocumentRow, StoredPlace } from '../types.ts';
import { readStoreVersion, type Dialect, type SqlReader } from './dialect.ts';

/** Ids per query: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
	return out;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

const DOCUMENT_COLUMNS = 'd.id, d.file, d.path, d.title, d.date, d.author, d.source, d.hash, d.text';

/** The store changed since the correction was worked out on it (another server wrote a correction). */
export class StaleStoreError extends Error {}

/** Refuses a correction's write unless the store's state is the one the change was worked out on. */
export function checkExpectedState(stored: Record<string, string>, expected: Record<string, string>): void {
	for (const [key, value] of Object.entries(expected)) {
		if (stored[key] !== value) throw new StaleStoreError('the store changed while the correction was being applied; reload and try again');
	}
}

export function createCorrectionQueries(reader: SqlReader, dialect: Dialect): CorrectionQueries {
	const { all, get } = reader;
	type Row = Omit<StoredDocumentRow, 'text'> & { text: unknown };
	const decode = (row: Row): StoredDocumentRow => ({ ...row, text: dialect.readText(row.text) });

	/** Every document the scope may touch (a superset: the caller applies the correction itself). */
	async function correctionDocuments(scope: CorrectionScope): Promise<StoredDocumentRow[]> {
		const parts: string[] = [];
		const params: unknown[] = [];
		// a name's mentions and missed occurrences contain its words: the full-text index finds them
		for (const name of [scope.name, scope.whereNamed]) {
			const query = name ? dialect.textQuery(name) : '';
			if (!name) continue;
			if (!query) return [];
			parts.push(dialect.textMatch);
			params.push(query);
		}
		if (scope.placeIds?.length) {
			parts.push(`EXISTS (SELECT 1 FROM document_places dp JOIN places p ON p.key = dp.place WHERE dp.doc = d.key AND p.id IN (${marks(scope.placeIds.length)}))`);
			params.push(...scope.placeIds);
		}
		const where = (extra: string[]) => (parts.length + extra.length ? `WHERE ${[...parts, ...extra].join(' AND ')}` : '');
		if (!scope.documents) return (await all<Row>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ${where([])} ORDER BY d.id`, params)).map(decode);
		const rows: StoredDocumentRow[] = [];
		for (const ids of chunks(scope.documents)) {
			const found = await all<Row>(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ${where([`d.id IN (${marks(ids.length)})`])} ORDER BY d.id`, [...params, ...ids]);
			rows.push(...found.map(decode));
		}
		return rows;
	}

	async function placeDocumentCounts(ids: readonly string[]): Promise<Map<string, number>> {
		const counts = new Map<string, number>();
		for (const chunk of chunks([...ids])) {
			for (const row of await all<{ id: string; n: number }>(`SELECT id, document_count AS n FROM places WHERE id IN (${marks(chunk.length)})`, chunk)) counts.set(row.id, row.n);
		}
		return counts;
	}

	async function documentTopics(ids: readonly string[]): Promise<Map<string, TopicMatch[]>> {
		const topics = new Map<string, TopicMatch[]>();
		for (const chunk of chunks([...ids])) {
			const rows = await all<{ id: string; topic: string; terms: string }>(
				`SELECT d.id, t.topic, t.terms FROM document_topics t JOIN documents d ON d.key = t.doc WHERE d.id IN (${marks(chunk.length)}) ORDER BY d.id, t.position`,
				chunk
			);
			// as ingest made the match: its topic, then what the row keeps ({"terms": …, "weight": …})
			for (const row of rows) topics.set(row.id, [...(topics.get(row.id) ?? []), { topic: row.topic, ...(JSON.parse(row.terms) as Omit<TopicMatch, 'topic'>) }]);
		}
		return topics;
	}

	async function documentPlaceRows(ids: readonly string[]): Promise<Map<string, Map<string, StoredDocumentPlace>>> {
		const found = new Map<string, Map<string, StoredDocumentPlace>>();
		for (const chunk of chunks([...ids])) {
			const rows = await all<{ id: string; place: string; mentions: number; excerpts: string }>(
				`SELECT d.id, p.id AS place, dp.mentions, dp.excerpts FROM document_places dp JOIN documents d ON d.key = dp.doc JOIN places p ON p.key = dp.place WHERE d.id IN (${marks(chunk.length)})`,
				chunk
			);
			for (const row of rows) {
				const places = found.get(row.id) ?? new Map<string, StoredDocumentPlace>();
				places.set(row.place, { mentions: row.mentions, excerpts: row.excerpts });
				found.set(row.id, places);
			}
		}
		return found;
	}

	async function storedPlaces(ids: readonly string[]): Promise<Map<string, StoredPlace>> {
		type Row = { id: string; name: string; kind: PlaceKind; country: string | null; country_name: string | null; admin1_name: string | null; lat: number; lon: number; geoname_id: number | null; geometry: string | null };
		const places = new Map<string, StoredPlace>();
		for (const chunk of chunks([...ids])) {
			for (const r of await all<Row>(`SELECT id, name, kind, country, country_name, admin1_name, lat, lon, geoname_id, geometry FROM places WHERE id IN (${marks(chunk.length)})`, chunk)) {
				// the keys in ingest's order (storedPlace): a document's hash holds the place as JSON
				const geometry = r.geometry === null ? null : (JSON.parse(r.geometry) as StoredPlace['geometry']);
				places.set(r.id, { id: r.id, name: r.name, kind: r.kind, country: r.country, countryName: r.country_name, admin1Name: r.admin1_name, lat: r.lat, lon: r.lon, geonameId: r.geoname_id, geometry });
			}
		}
		return places;
	}

	async function placeMentions(placeId: string, limit: number): Promise<{ document: string; start: number; end: number }[]> {
		return all<{ document: string; start: number; end: number }>(
			'SELECT d.id AS document, m.start, m.end FROM mentions m JOIN places p ON p.key = m.place JOIN documents d ON d.key = m.doc WHERE p.id = ? ORDER BY d.id, m.start LIMIT ?',
			[placeId, limit]
		);
	}

	async function storedCorrections(): Promise<StoredCorrection[]> {
		return all<StoredCorrection>('SELECT correction, changed FROM corrections ORDER BY position');
	}

	async function storedManifest(): Promise<Manifest | null> {
		const row = await get<{ value: string }>(`SELECT value FROM meta WHERE key = 'manifest'`);
		return row ? (JSON.parse(row.value) as Manifest) : null;
	}

	const storeVersion = () => readStoreVersion(reader);

	return { correctionDocuments, placeDocumentCounts, documentTopics, documentPlaceRows, storedPlaces, placeMentions, storedCorrections, storedManifest, storeVersion };
}
