// View state <-> URL query. Pure: shared by the explorer, the reader and (later) the embed route.
import { PLACE_KINDS, type PlaceKind } from '../contracts.ts';
import type { QueryFilters } from '../store/types.ts';

export interface Camera {
	lng: number;
	lat: number;
	zoom: number;
}

export type SortKey = 'documents' | 'mentions' | 'name' | 'recent';
export const SORT_KEYS: readonly SortKey[] = ['documents', 'mentions', 'name', 'recent'];

/** The filters the URL holds: the store's (store/types.ts) but its full-text search. */
export type Filters = Omit<QueryFilters, 'text'>;

export interface ViewState extends Filters {
	place: string | null;
	camera: Camera | null;
	sort: SortKey;
}

export const EMPTY_FILTERS: Filters = { topics: [], kinds: [], from: null, to: null, doc: null, q: '' };
export const DEFAULT_VIEW: ViewState = { ...EMPTY_FILTERS, place: null, camera: null, sort: 'documents' };

const ISO_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

function unique<T>(values: T[]): T[] {
	return [...new Set(values)];
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** `zoom/lat/lng`, as in many map URLs; null when malformed. */
export function parseCamera(raw: string | null): Camera | null {
	if (!raw) return null;
	const parts = raw.split('/').map(Number);
	if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
	const [zoom, lat, lng] = parts as [number, number, number];
	return { zoom: clamp(zoom, 0, 22), lat: clamp(lat, -85, 85), lng: ((((lng + 180) % 360) + 360) % 360) - 180 };
}

export function formatCamera(camera: Camera): string {
	const digits = Math.max(2, Math.min(6, Math.ceil(camera.zoom / 3) + 1));
	const round = (n: number, d: number) => Number(n.toFixed(d));
	return `${round(camera.zoom, 2)}/${round(camera.lat, digits)}/${round(camera.lng, digits)}`;
}

/** A location's `search` (`?topic=…`, or empty) as the view it holds. */
export function parseViewQuery(search: string): ViewState {
	return parseViewState(new URLSearchParams(search));
}

export function parseViewState(params: URLSearchParams): ViewState {
	const kinds = unique(params.getAll('kind').flatMap((k) => k.split(','))).filter((k): k is PlaceKind =>
		(PLACE_KINDS as readonly string[]).includes(k)
	);
	const topics = unique(params.getAll('topic').filter((t) => t.length > 0));
	const date = (name: string) => {
		const value = params.get(name);
		return value && ISO_DATE.test(value) ? value : null;
	};
	const sort = params.get('sort');
	return {
		topics,
		kinds,
		from: date('from'),
		to: date('to'),
		doc: params.get('doc') || null,
		q: (params.get('q') ?? '').slice(0, 200),
		place: params.get('place') || null,
		camera: parseCamera(params.get('map')),
		sort: (SORT_KEYS as readonly string[]).includes(sort ?? '') ? (sort as SortKey) : 'documents'
	};
}

/** Only non-default values, in a stable order, so equal states give equal URLs. */
export function serializeViewState(state: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	for (const topic of unique(state.topics)) params.append('topic', topic);
	for (const kind of PLACE_KINDS) if (state.kinds.includes(kind)) params.append('kind', kind);
	if (state.from) params.set('from', state.from);
	if (state.to) params.set('to', state.to);
	if (state.doc) params.set('doc', state.doc);
	if (state.q.trim()) params.set('q', state.q.trim());
	if (state.place) params.set('place', state.place);
	if (state.sort !== 'documents') params.set('sort', state.sort);
	if (state.camera) params.set('map', formatCamera(state.camera));
	return params;
}

export function viewQuery(state: ViewState): `?${string}` {
	return `?${serializeViewState(state).toString()}`;
}

export function filtersOf(state: ViewState): Filters {
	return { topics: state.topics, kinds: state.kinds, from: state.from, to: state.to, doc: state.doc, q: state.q };
}

export function hasFilters(filters: Filters): boolean {
	return filters.topics.length > 0 || filters.kinds.length > 0 || !!filters.from || !!filters.to || !!filters.doc || filters.q.trim() !== '';
}

/** Whether two cameras differ enough to be worth moving the map (or rewriting the URL) for. */
export function camerasDiffer(a: Camera | null, b: Camera | null): boolean {
	if (!a || !b) return a !== b;
	const tolerance = 360 / 2 ** (a.zoom + 9);
	return Math.abs(a.zoom - b.zoom) > 0.01 || Math.abs(a.lat - b.lat) > tolerance || Math.abs(a.lng - b.lng) > tolerance;
}
