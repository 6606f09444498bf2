// The explorer's questions over HTTP: GET /api/<route>?<the explorer's URL filters>. Each answer is
// one store query (or a few), bounded in size; the browser never loads the corpus.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { publicManifest } from '../../share/display-name.ts';
import { parseViewState } from '../../state/url.ts';
import type { PlaceSort, QueryFilters, Store } from '../../store/types.ts';
import { clusteredFeatures, clusterLeaves } from './clusters.ts';
import { AnswerCache, type AnswerBody } from './answer-cache.ts';
import { answerBody, sendAnswerBody, sendJsonBody } from './respond.ts';
import type { StoreHandle } from './store-handle.ts';
import { sendTile } from './tiles.ts';

/**
 * A view of at most this many places is sent whole (the browser clusters and sorts it); a bigger one is
 * clustered here (/api/clusters) and its list paged. GAZETTE_VIEW_LIMIT sets another bound.
 */
export const VIEW_LIMIT = 5_000;

export function viewLimit(): number {
	const set = Number(process.env.GAZETTE_VIEW_LIMIT);
	return Number.isInteger(set) && set > 0 ? set : VIEW_LIMIT;
}

class BadRequest extends Error {}

export function filtersFrom(params: URLSearchParams): QueryFilters {
	const view = parseViewState(params);
	return { topics: view.topics, kinds: view.kinds, from: view.from, to: view.to, doc: view.doc, q: view.q, text: (params.get('text') ?? '').slice(0, 200) };
}

function integer(params: URLSearchParams, name: string, fallback: number, max: number): number {
	const raw = params.get(name);
	if (raw === null || raw === '') return fallback;
	if (!/^\d{1,9}$/.test(raw)) throw new BadRequest(`${name} must be a whole number`);
	return Math.min(Number(raw), max);
}

function required(params: URLSearchParams, name: string): string {
	const value = params.get(name);
	if (!value) throw new BadRequest(`${name} is required`);
	return value;
}

const SORTS: readonly PlaceSort[] = ['documents', 'mentions', 'name', 'recent'];

function sortFrom(params: URLSearchParams): PlaceSort {
	const sort = params.get('sort') ?? 'documents';
	if (!(SORTS as readonly string[]).includes(sort)) throw new BadRequest(`sort must be one of ${SORTS.join(', ')}`);
	return sort as PlaceSort;
}

type Route = (store: Store, params: URLSearchParams) => Promise<unknown>;

const ROUTES: Record<string, Route> = {
	info: async (store) => {
		const info = await store.info();
		// the page gets the corpus's display name, never a path of this machine
		return info && { ...info, manifest: publicManifest(info.manifest) };
	},
	// the filtered counts and every place, or (`clustered`) the first `page` places in `sort` order
	view: async (store, params) => {
		const filters = filtersFrom(params);
		const fits = viewLimit();
		const summary = await store.summary(filters);
		const clustered = summary.placeCount > fits;
		const rows = clustered ? integer(params, 'page', 200, 5000) : integer(params, 'limit', fits, fits);
		const page = await store.places(filters, clustered ? sortFrom(params) : 'documents', 0, rows);
		return { summary, total: page.total, places: page.places, clustered };
	},
	places: async (store, params) => store.places(filtersFrom(params), sortFrom(params), integer(params, 'offset', 0, 1e9), integer(params, 'limit', 100, 1000)),
	place: async (store, params) => store.place(required(params, 'id'), filtersFrom(params)),
	excerpts: async (store, params) => store.excerpts(required(params, 'id'), filtersFrom(params), integer(params, 'offset', 0, 1e9), integer(params, 'limit', 10, 50)),
	document: async (store, params) => {
		const document = await store.document(required(params, 'id'));
		if (!document) return null;
		const names: Record<string, string> = {};
		for (const id of document.placeIds) {
			const place = await store.place(id, { topics: [], kinds: [], from: null, to: null, doc: null, q: '' });
			if (place) names[id] = place.name;
		}
		return { document, placeNames: names };
	},
	documents: async (store, params) => store.searchDocuments(filtersFrom(params), integer(params, 'offset', 0, 1e9), integer(params, 'limit', 20, 100)),
	// the map features of a view (bbox, zoom), or the places of one cluster (`cluster`)
	clusters: async (store, params) => {
		if (params.has('cluster')) return clusterLeaves(store, filtersFrom(params), integer(params, 'cluster', 0, Number.MAX_SAFE_INTEGER));
		const bbox = (params.get('bbox') ?? '-180,-85,180,85').split(',').map(Number);
		if (bbox.length !== 4 || bbox.some((n) => !Number.isFinite(n))) throw new BadRequest('bbox must be west,south,east,north');
		const zoom = integer(params, 'zoom', 0, 24);
		return clusteredFeatures(store, filtersFrom(params), bbox as [number, number, number, number], zoom);
	}
};

/** One route's answer as an object (null: not found), for a write that sends the view with its own. */
export function answerRoute(store: Store, route: string, params: URLSearchParams): Promise<unknown> {
	return ROUTES[route]!(store, params);
}

/** Routes whose answer depends only on the question and the store's version. */
const VERSIONED = new Set(['info', 'view', 'places', 'clusters', 'documents']);

/** One route's answer as sent (null: not found). */
export type Answers = (store: Store, route: string, params: URLSearchParams) => Promise<AnswerBody | null>;

/**
 * A server's answers: the versioned routes' bodies are kept per store version (answer-cache.ts), and a
 * question asked again while its answer is being worked out waits for that one (the page's first view
 * arrives while the start-up warm-up is still working it out: it was worked out twice, 0.5-0.7 s of CPU
 * at 200,000 documents, on the first view's path). `answered` learns the version of each answer worked out.
 */
export function createAnswers(cache = new AnswerCache(), answered?: (store: Store, version: string) => void): Answers {
	const underWay = new Map<string, Promise<AnswerBody | null>>();
	return async (store, route, params) => {
		const version = VERSIONED.has(route) && store.version ? await store.version() : null;
		// the view's bound is the server's setting (GAZETTE_VIEW_LIMIT), read each time
		const key = version === null ? null : `${version}\u0000${viewLimit()}\u0000${route}?${params.toString()}`;
		const kept = key === null ? undefined : cache.get(key);
		if (kept) return kept;
		const shared = key === null ? undefined : underWay.get(key);
		if (shared) return shared;
		const working = (async () => {
			const answer = await ROUTES[route]!(store, params);
			if (answer === null) return null;
			const body = answerBody(answer);
			// kept with the body: the first view's warm-up learns from it whether to build the cluster index
			if (route === 'view') body.clustered = (answer as { clustered: boolean }).clustered;
			if (key !== null) cache.set(key, body);
			return body;
		})();
		if (key === null) return working;
		underWay.set(key, working);
		try {
			return await working;
		} finally {
			underWay.delete(key);
			answered?.(store, version!);
		}
	};
}

/** Answers /api/* from the store; 404 for every route when the output has no store. */
export function apiHandler(handle: StoreHandle, answers: Answers = createAnswers()) {
	return (req: IncomingMessage, res: ServerResponse, route: string, params: URLSearchParams): Promise<void> =>
		handle.use(async (store) => {
			if (route.startsWith('tiles/')) return sendTile(req, res, store, route, filtersFrom(params));
			const answer = ROUTES[route];
			if (!answer || !Object.hasOwn(ROUTES, route)) return sendJsonBody(req, res, 404, { error: `no such API route: ${route}` });
			// the explorer asks for info (and its first view, at the same time): without a store it falls back
			// to the JSON files, no error
			if (!store && (route === 'info' || route === 'view')) return sendJsonBody(req, res, 200, { store: null });
			if (!store) return sendJsonBody(req, res, 404, { error: 'this output has no store; run gazette ingest again' });
			try {
				const body = await answers(store, route, params);
				if (body === null) return sendJsonBody(req, res, 404, { error: 'not found' });
				sendAnswerBody(req, res, 200, body);
			} catch (error) {
				if (error instanceof BadRequest) return sendJsonBody(req, res, 400, { error: error.message });
				throw error;
			}
		});
}
