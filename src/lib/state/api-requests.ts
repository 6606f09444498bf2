// The live explorer's questions as URLs of the gazette server's API, and the first ones asked early:
// the page asks for its corpus info and first view before it loads the map's code, so the server
// answers while the map starts (its shaders keep the main thread busy for seconds on a slow machine).
import { serializeViewState, DEFAULT_VIEW, type Filters, type SortKey } from './url.ts';

export function apiUrl(route: string, params: URLSearchParams = new URLSearchParams()): string {
	const root = new URL('.', window.location.href);
	const query = params.toString();
	return new URL(`api/${route}${query ? `?${query}` : ''}`, root).href;
}

export function filterParams(filters: Filters & { text?: string }): URLSearchParams {
	const params = serializeViewState({ ...DEFAULT_VIEW, ...filters, place: null, camera: null, sort: 'documents' });
	if (filters.text?.trim()) params.set('text', filters.text.trim());
	return params;
}

/** The list's sort and length go with a view too big to send whole. */
export function viewParams(filters: Filters, list?: { sort: SortKey; limit: number }): URLSearchParams {
	const params = filterParams(filters);
	if (list) {
		params.set('sort', list.sort);
		params.set('page', String(list.limit));
	}
	return params;
}

/** The first page of a view too big to send whole: the list's first places. */
export const LIST_PAGE = 300;

const early = new Map<string, Promise<Response>>();

/**
 * Sends a question now; the first `takeEarly` of the same URL gets its answer. With `ttlMs`, an answer
 * nobody took by then is dropped (the page asked something else).
 */
export function askEarly(url: string, ttlMs?: number): void {
	if (early.has(url)) return;
	const response = fetch(url);
	// an answer nobody takes (the page moved on) must not be an unhandled rejection
	response.catch(() => {});
	early.set(url, response);
	if (ttlMs !== undefined) setTimeout(() => early.get(url) === response && early.delete(url), ttlMs);
}

export function takeEarly(url: string): Promise<Response> | undefined {
	const response = early.get(url);
	early.delete(url);
	return response;
}

/** The answer of a question another request brought (a correction's answer carries the view): the
 * next `takeEarly` of `url` gets it, unless `ttlMs` passed first (nobody asked: the page moved on). */
export function answerEarly(url: string, body: unknown, ttlMs: number): void {
	const response = Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
	early.set(url, response);
	setTimeout(() => early.get(url) === response && early.delete(url), ttlMs);
}

let viewQuestion: string | null = null;

/** The view the page asked for last (its query string): a correction asks the server to answer it too. */
export function viewAsked(params: URLSearchParams): void {
	viewQuestion = params.toString();
}

export function lastViewQuestion(): string | null {
	return viewQuestion;
}
