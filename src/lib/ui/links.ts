// Links between the explorer and the reader. Both routes live at the app root, so links are relative.
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import { isPublished } from '../state/published.ts';
import { DEFAULT_VIEW, parseViewState, viewQuery, type ViewState } from '../state/url.ts';

/** The reader page with a query (`doc.html` in a published bundle). */
function readerPage(params: URLSearchParams): ResolvedPathname {
	return `${resolve('/doc')}${isPublished() ? '.html' : ''}?${params}` as ResolvedPathname;
}

/** The reader at one mention; `back` is the explorer query to return to. */
export function readerHref(documentId: string, at: number | null, placeId: string | null, back: ViewState): ResolvedPathname {
	const params = new URLSearchParams({ id: documentId });
	if (at !== null) params.set('at', String(at));
	if (placeId) params.set('place', placeId);
	const query = viewQuery({ ...back, place: null }).slice(1);
	if (query) params.set('v', query);
	return readerPage(params);
}

/** The same reader page at another mention. */
export function readerAtHref(current: URLSearchParams, at: number): ResolvedPathname {
	const params = new URLSearchParams(current);
	params.set('at', String(at));
	return readerPage(params);
}

/** The explorer at a given view state. */
export function viewHref(view: ViewState): ResolvedPathname {
	return resolve(`/${viewQuery(view)}`);
}

/**
 * The explorer with a place selected, keeping the filters the reader was opened from. `sameCamera`
 * (the way back) returns to the camera the user left; another place is brought into view instead.
 */
export function explorerHref(backQuery: string | null, placeId: string | null, sameCamera = false): ResolvedPathname {
	const back = backQuery ? parseViewState(new URLSearchParams(backQuery)) : DEFAULT_VIEW;
	const view: ViewState = { ...back, place: placeId, camera: placeId && !sameCamera ? null : back.camera };
	return viewHref(view);
}

export function splitAt(text: string, start: number, end: number): [string, string, string] {
	return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

/** One date formatter: toLocaleDateString makes a new one per call (~1 ms each, 24 per printed source list). */
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: string | null): string {
	if (!date) return 'undated';
	const parsed = new Date(`${date.slice(0, 10)}T00:00:00Z`);
	if (Number.isNaN(parsed.getTime())) return date;
	return DATE_FORMAT.format(parsed);
}

/** One formatter for every count: toLocaleString makes a new one per call (~1 ms each in a long list). */
const COUNT_FORMAT = new Intl.NumberFormat('en');

export function plural(n: number, one: string, many = `${one}s`): string {
	return `${COUNT_FORMAT.format(n)} ${n === 1 ? one : many}`;
}
