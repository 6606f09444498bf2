// Everything the explorer can ask a store, in one comparable value: two stores that give the same
// answers here show the same map, counts, lists, excerpts and documents.
import { EMPTY_FILTERS, type Filters } from '../../src/lib/state/url.ts';
import type { PlaceSort, StoreQueries } from '../../src/lib/store/types.ts';

/** Date ranges: whole months, months cut at either end, one bound only, within one month (corpus.ts's dates). */
export const DATE_FILTERS: Filters[] = [
	{ ...EMPTY_FILTERS, from: '2023-01-01', to: '2024-01' },
	{ ...EMPTY_FILTERS, from: '2023-06-05', to: '2024-01-10' },
	{ ...EMPTY_FILTERS, from: '2023-06-11', to: '2024-02-19' },
	{ ...EMPTY_FILTERS, from: '2022-05' },
	{ ...EMPTY_FILTERS, to: '2024-01' },
	{ ...EMPTY_FILTERS, to: '2023-06-10' },
	{ ...EMPTY_FILTERS, from: '2024-02-01', to: '2024-02-28', kinds: ['city'] },
	{ ...EMPTY_FILTERS, from: '2024-02-21', to: '2024-02-28' }
];

export const STORE_FILTERS: Filters[] = [
	EMPTY_FILTERS,
	{ ...EMPTY_FILTERS, topics: ['mine-action'] },
	{ ...EMPTY_FILTERS, topics: ['reconstruction', 'diplomacy'] },
	...DATE_FILTERS,
	{ ...EMPTY_FILTERS, kinds: ['city'] },
	{ ...EMPTY_FILTERS, q: 'AZERB' },
	// a search several places pass, alone and within dates
	{ ...EMPTY_FILTERS, q: 'a' },
	{ ...EMPTY_FILTERS, q: 'lachin', from: '2023-06-05' },
	{ ...EMPTY_FILTERS, q: 'a', from: '2023-06-05', to: '2024-01-10' },
	{ ...EMPTY_FILTERS, doc: 'd', kinds: ['city', 'corridor'] }
];
const SORTS: PlaceSort[] = ['documents', 'mentions', 'name', 'recent'];

export async function storeAnswers(store: StoreQueries, words: string[] = ['cholera', 'baku', 'demin']) {
	const info = await store.info();
	const answers: Record<string, unknown> = { info: info && { ...info, manifest: { ...info.manifest, generatedAt: '' } } };
	for (const filters of STORE_FILTERS) {
		const label = JSON.stringify(filters);
		answers[`summary ${label}`] = await store.summary(filters);
		for (const sort of SORTS) answers[`places ${sort} ${label}`] = await store.places(filters, sort, 0, 1000);
		for (const place of (await store.places(filters, 'name', 0, 1000)).places) {
			answers[`place ${place.id} ${label}`] = await store.place(place.id, filters);
			answers[`excerpts ${place.id} ${label}`] = await store.excerpts(place.id, filters, 0, 50);
		}
		const documents = await store.searchDocuments(filters, 0, 1000);
		answers[`documents ${label}`] = documents;
		for (const word of words) {
			// ranking differs between FTS5 and tsvector: which documents, not their order
			const found = await store.searchDocuments({ ...filters, text: word }, 0, 1000);
			answers[`search ${word} ${label}`] = { total: found.total, ids: found.documents.map((d) => d.id).sort() };
		}
		if (filters === EMPTY_FILTERS) for (const d of documents.documents) answers[`document ${d.id}`] = await store.document(d.id);
	}
	return answers;
}
