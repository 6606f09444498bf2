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

/** What the page reads of an answer: the server's response, or one whose body is already read. */
export type Answer = Pick<Response, 'ok' | 'status' | 'json'>;

const early = new Map<string, Promise<Answer>>();

const readAnswer = (body: unknown, status = 200): Answer => ({ ok: true, status, json: () => Promise.resolve(body) });

/**
 * Sends a question now; the first `takeEarly` of the same URL gets its answer. With `ttlMs`, an answer
 * nobody took by then is dropped (the page asked something else). A good answer's body is read as it
 * arrives, not when the page takes it: the first view's answers came in while the page's code loaded,
 * and read only when the page asked (behind the map's creation and first frame), its places reached
 * the map after that frame.
 */
export function askEarly(url: string, ttlMs?: number): void {
	if (early.has(url)) return;
	const answer = fetch(url).then((response): Answer | Promise<Answer> => (response.ok ? response.json().then((body: unknown) => readAnswer(body, response.status)) : response));
	// an answer nobody takes (the page moved on) must not be an unhandled rejection
	answer.catch(() => {});
	early.set(url, answer);
	if (ttlMs !== undefined) setTimeout(() => early.get(url) === answer && early.delete(url), ttlMs);
}

export function takeEarly(url: string): Promise<Answer> | undefined {
	const answer = early.get(url);
	early.delete(url);
	return answer;
}

/** The answer of a question another request brought (a correction's answer carries the view): the
 * next `takeEarly` of `url` gets it, unless `ttlMs` passed first (nobody asked: the page moved on). */
export function answerEarly(url: string, body: unknown, ttlMs: number): void {
	const answer = Promise.resolve(readAnswer(body));
	early.set(url, answer);
	setTimeout(() => early.get(url) === answer && early.delete(url), ttlMs);
}

let viewQuestion: string | null = null;

/** The view the page asked for last (its query string): a correction asks the server to answer it too. */
export function viewAsked(params: URLSearchParams): void {
	viewQuestion = params.toString();
}

export function lastViewQuestion(): string | null {
	return viewQuestion;
}
