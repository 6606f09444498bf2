// The explorer's side of /api/corrections: the server's token and revision, previews, applying and
// reverting. Errors carry the server's one-line message.
import { TOKEN_HEADER, type PlaceKind } from '../../contracts.ts';
import type { MentionReading, PlaceChoice } from '../../places/place-choice.ts';

export type { MentionReading, PlaceChoice };

/** A correction as the server lists it (the file's entry plus a one-line description). */
export interface ListedCorrection {
	id: string;
	action: string;
	name: string;
	placeId?: string;
	fromPlaceId?: string;
	place?: { id: string; name: string; kind: PlaceKind; geometry: { type: string; coordinates: unknown } };
	documents?: string[];
	mention?: { document: string; start: number; end: number };
	whereNamed?: string;
	author?: string;
	time?: string;
	note?: string;
	description: string;
}

export interface CorrectionsList {
	revision: string;
	corrections: ListedCorrection[];
}

export interface Session extends CorrectionsList {
	writable: boolean;
	token: string;
}

export class CorrectionRequestError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

function url(route: string, params?: URLSearchParams): string {
	const query = params?.toString();
	return new URL(`api/corrections${route}${query ? `?${query}` : ''}`, new URL('.', window.location.href)).href;
}

async function answer<T>(response: Response): Promise<T> {
	let body: unknown = null;
	try {
		body = await response.json();
	} catch {
		// an empty or non-JSON answer: the status says enough
	}
	if (!response.ok) {
		const message = (body as { error?: unknown } | null)?.error;
		throw new CorrectionRequestError(response.status, typeof message === 'string' ? message : `the server refused (HTTP ${response.status})`);
	}
	return body as T;
}

/** The server's correction session; `writable: false` on a read-only server or a static host. */
export async function openSession(): Promise<Session> {
	const response = await fetch(url(''), { cache: 'no-store' });
	if (response.status === 404) return { writable: false, token: '', revision: '', corrections: [] };
	const body = await answer<Partial<Session>>(response);
	return { writable: body.writable === true, token: body.token ?? '', revision: body.revision ?? '', corrections: body.corrections ?? [] };
}

function post<T>(route: string, token: string, body: unknown): Promise<T> {
	return fetch(url(route), { method: 'POST', headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify(body) }).then((r) => answer<T>(r));
}

export function previewCorrection(token: string, correction: unknown): Promise<{ mentions: number; documents: number }> {
	return post('/preview', token, { correction });
}

/** A write's answer: the list after it, the correction, and (asked with `view`) the view as it now is. */
export type WriteAnswer = CorrectionsList & { correction: ListedCorrection; view?: unknown };

/** `view`: the query string of the explorer's view, answered with the write (null: none shown). */
export function applyCorrection(token: string, revision: string, correction: unknown, view: string | null = null): Promise<WriteAnswer> {
	return post('/apply', token, { revision, correction, ...(view === null ? {} : { view }) });
}

export function revertCorrection(token: string, revision: string, id: string, view: string | null = null): Promise<WriteAnswer> {
	return post('/revert', token, { revision, id, ...(view === null ? {} : { view }) });
}

export async function readMention(documentId: string, start: number, end: number): Promise<MentionReading> {
	return answer(await fetch(url('/reading', new URLSearchParams({ doc: documentId, start: String(start), end: String(end) }))));
}

/** The geoparser's reading of one of a place's mentions (named `name` where one is). */
export async function readPlace(placeId: string, name: string): Promise<MentionReading> {
	return answer(await fetch(url('/reading', new URLSearchParams({ place: placeId, name }))));
}

export async function searchPlaces(name: string, country: string, kind: string): Promise<PlaceChoice[]> {
	const params = new URLSearchParams({ name });
	if (country) params.set('country', country);
	if (kind) params.set('kind', kind);
	return (await answer<{ places: PlaceChoice[] }>(await fetch(url('/search', params)))).places;
}
