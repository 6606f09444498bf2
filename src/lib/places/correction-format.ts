// The corrections file: what `gazette ingest --corrections FILE` reads and the local server writes.
//   resolve      "Georgia is the US state here": mentions of a name point at a gazetteer place
//   not-a-place  "Jordan is a person here": mentions of a name are dropped
//   add          like resolve, and also tags occurrences the geoparser missed
//   merge        "same place as": mentions placed at `fromPlaceId` move to `placeId`
//   add-place    a place the gazetteer lacks (`place`), then like add
// Scope: the whole corpus, some `documents`, one `mention` (document + offsets), optionally only in
// documents that also name `whereNamed` ("Georgia where Atlanta is named"). Files written before
// scope, author and time existed read the same as before.
import type { LineString, MultiLineString, Point, Polygon, MultiPolygon } from 'geojson';
import { PLACE_KINDS, type PlaceKind } from '../contracts.ts';
import { InputFileError } from '../corpus/input-error.ts';
import { foldText } from '../fold.ts';
import { checkPlaceShape } from './place-shape.ts';

export type CorrectionAction = 'resolve' | 'not-a-place' | 'add' | 'merge' | 'add-place';
export const CORRECTION_ACTIONS: readonly CorrectionAction[] = ['resolve', 'not-a-place', 'add', 'merge', 'add-place'];

export interface MentionRef {
	document: string;
	start: number;
	end: number;
}

export interface NewPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	country: string | null;
	geometry: Point | LineString | MultiLineString | Polygon | MultiPolygon;
}

export interface Correction {
	/** stable id the server gives (revert, concurrent edits); null in hand-written files */
	id: string | null;
	action: CorrectionAction;
	name: string;
	/** the place mentions go to (add-place: the new place's id); null for not-a-place */
	placeId: string | null;
	/** merge: the place whose mentions move */
	fromPlaceId: string | null;
	place: NewPlace | null;
	/** document ids the correction is limited to; null: the whole corpus */
	documents: string[] | null;
	mention: MentionRef | null;
	/** only in documents that also name this place (by name) */
	whereNamed: string | null;
	author: string | null;
	/** ISO time the correction was made */
	time: string | null;
	note: string | null;
}

/** Longer than any place name (Bangkok's full name has 168 characters); keeps the name patterns small. */
export const MAX_CORRECTION_NAME_LENGTH = 200;
const MAX_TEXT_LENGTH = 2000;

function fail(message: string): never {
	throw new InputFileError(`corrections: ${message}`);
}

function placeName(value: unknown, what: string): string {
	if (typeof value !== 'string' || !/[\p{L}\p{N}]/u.test(value)) fail(`${what} must be a non-empty string`);
	const trimmed = value.trim();
	if (trimmed.length > MAX_CORRECTION_NAME_LENGTH) fail(`${what} has ${trimmed.length.toLocaleString('en')} characters, more than the ${MAX_CORRECTION_NAME_LENGTH} a place name may have`);
	return trimmed;
}

function optionalText(value: unknown, what: string): string | null {
	if (value === undefined || value === null) return null;
	if (typeof value !== 'string') fail(`${what} must be a string`);
	if (value.length > MAX_TEXT_LENGTH) fail(`${what} is longer than ${MAX_TEXT_LENGTH} characters`);
	return value;
}

function parseMention(value: unknown, where: string): MentionRef | null {
	if (value === undefined || value === null) return null;
	const { document, start, end } = (value ?? {}) as Record<string, unknown>;
	const offset = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
	if (typeof value !== 'object' || typeof document !== 'string' || !document || !offset(start) || !offset(end) || (end as number) <= (start as number)) {
		fail(`${where}: "mention" must be { "document": id, "start": n, "end": m } with 0 ≤ start < end`);
	}
	return { document, start: start as number, end: end as number };
}

/**
 * The id of a place a user adds, from its name: the project's one folding ("Bakı" → "baki"), letters of
 * any script kept (a Georgian or Chinese name still has an id), at most the 80 characters an id may hold.
 */
export function userPlaceId(name: string): string {
	const slug = foldText(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+/, '').slice(0, 80).replace(/-+$/, '');
	return `user:${slug}`;
}

function parsePlace(value: unknown, where: string, name: string): NewPlace {
	if (typeof value !== 'object' || value === null) fail(`${where}: "add-place" needs a "place" { name, kind, geometry }`);
	const raw = value as Record<string, unknown>;
	const shown = placeName(raw.name ?? name, `${where}: "place.name"`);
	if (typeof raw.kind !== 'string' || !PLACE_KINDS.includes(raw.kind as PlaceKind)) fail(`${where}: "place.kind" must be one of ${PLACE_KINDS.join(', ')}`);
	if (raw.country !== undefined && raw.country !== null && (typeof raw.country !== 'string' || !/^[A-Z]{2}$/.test(raw.country))) fail(`${where}: "place.country" must be a two-letter country code`);
	const problem = checkPlaceShape(raw.geometry);
	if (problem) fail(`${where}: "place.geometry" ${problem}`);
	const id = raw.id ?? userPlaceId(shown);
	if (typeof id !== 'string' || !/^user:[\p{L}\p{N}][\p{L}\p{N}-]{0,80}$/u.test(id)) fail(`${where}: "place.id" must look like "user:name" (letters, digits, dashes)`);
	return { id, name: shown, kind: raw.kind as PlaceKind, country: (raw.country as string | undefined) ?? null, geometry: raw.geometry as NewPlace['geometry'] };
}

/** Checks one entry of a corrections file; `index` names it in errors. */
export function parseCorrection(raw: unknown, index: number): Correction {
	const where = `entry ${index + 1}`;
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(`${where} is not an object`);
	const entry = raw as Record<string, unknown>;
	const { action, placeId, documents, document } = entry;
	if (typeof action !== 'string' || !CORRECTION_ACTIONS.includes(action as CorrectionAction)) fail(`${where}: "action" must be one of ${CORRECTION_ACTIONS.join(', ')}`);
	const name = placeName(entry.name, `${where}: "name"`);
	const at = `${where} (${name})`;
	const place = action === 'add-place' ? parsePlace(entry.place, at, name) : null;
	if (action !== 'add-place' && entry.place !== undefined && entry.place !== null) fail(`${at}: only "add-place" takes a "place"`);
	const needsPlaceId = action === 'resolve' || action === 'add' || action === 'merge';
	if (needsPlaceId && (typeof placeId !== 'string' || !placeId)) fail(`${at}: "${action}" needs a "placeId"`);
	if (!needsPlaceId && placeId !== undefined && placeId !== null && !(place && placeId === place.id)) fail(`${at}: "${action}" takes no "placeId"`);
	const fromPlaceId = entry.fromPlaceId;
	if (action === 'merge' && (typeof fromPlaceId !== 'string' || !fromPlaceId || fromPlaceId === placeId)) fail(`${at}: "merge" needs a "fromPlaceId" other than its "placeId"`);
	if (action !== 'merge' && fromPlaceId !== undefined && fromPlaceId !== null) fail(`${at}: only "merge" takes a "fromPlaceId"`);
	const scope = documents ?? (document === undefined ? undefined : [document]);
	if (scope !== undefined && (!Array.isArray(scope) || scope.length === 0 || scope.some((d) => typeof d !== 'string' || !d))) {
		fail(`${at}: "documents" must be a non-empty array of document ids`);
	}
	const mention = parseMention(entry.mention, at);
	if (mention && scope !== undefined) fail(`${at}: a "mention" is its own scope; drop "documents"`);
	const whereNamed = entry.whereNamed === undefined || entry.whereNamed === null ? null : placeName(entry.whereNamed, `${at}: "whereNamed"`);
	const time = optionalText(entry.time, `${at}: "time"`);
	if (time !== null && Number.isNaN(Date.parse(time))) fail(`${at}: "time" must be an ISO date and time`);
	const id = optionalText(entry.id, `${at}: "id"`);
	if (id !== null && !/^[\w.:-]{1,80}$/.test(id)) fail(`${at}: "id" may hold letters, digits, "-", "_", ".", ":"`);
	return {
		id,
		action: action as CorrectionAction,
		name,
		placeId: place ? place.id : needsPlaceId ? (placeId as string) : null,
		fromPlaceId: action === 'merge' ? (fromPlaceId as string) : null,
		place,
		documents: (scope as string[] | undefined) ?? null,
		mention,
		whereNamed,
		author: optionalText(entry.author, `${at}: "author"`),
		time,
		note: optionalText(entry.note, `${at}: "note"`)
	};
}

/** Checks a parsed corrections file (`{ corrections: [...] }` or a bare array). */
export function parseCorrections(data: unknown): Correction[] {
	const list = Array.isArray(data) ? data : (data as { corrections?: unknown } | null)?.corrections;
	if (!Array.isArray(list)) fail('expected an object with a "corrections" array');
	const corrections = list.map(parseCorrection);
	const seen = new Set<string>();
	for (const c of corrections) {
		if (c.id === null) continue;
		if (seen.has(c.id)) fail(`two corrections have the id "${c.id}"`);
		seen.add(c.id);
	}
	return corrections;
}

/** The entry as written to the file: fixed key order, absent fields left out (a small, stable diff). */
export function correctionEntry(c: Correction): Record<string, unknown> {
	const entry: Record<string, unknown> = {};
	const put = (key: string, value: unknown) => {
		if (value !== null && value !== undefined) entry[key] = value;
	};
	put('id', c.id);
	put('action', c.action);
	put('name', c.name);
	if (c.action !== 'add-place') put('placeId', c.placeId);
	put('fromPlaceId', c.fromPlaceId);
	if (c.place) entry.place = { id: c.place.id, name: c.place.name, kind: c.place.kind, ...(c.place.country ? { country: c.place.country } : {}), geometry: c.place.geometry };
	put('documents', c.documents);
	if (c.mention) entry.mention = { document: c.mention.document, start: c.mention.start, end: c.mention.end };
	put('whereNamed', c.whereNamed);
	put('author', c.author);
	put('time', c.time);
	put('note', c.note);
	return entry;
}

/** The whole file: other top-level keys kept in place, one correction per line. */
export function serializeCorrections(corrections: Correction[], extra: Record<string, unknown> = {}): string {
	const lines = Object.entries(extra)
		.filter(([key]) => key !== 'corrections')
		.map(([key, value]) => `\t${JSON.stringify(key)}: ${JSON.stringify(value)},`);
	const entries = corrections.map((c, i) => `\t\t${JSON.stringify(correctionEntry(c))}${i < corrections.length - 1 ? ',' : ''}`);
	return ['{', ...lines, entries.length ? '\t"corrections": [' : '\t"corrections": []', ...(entries.length ? [...entries, '\t]'] : []), '}', ''].join('\n');
}

export function describeCorrection(c: Correction): string {
	const scope = c.mention
		? ` at ${c.mention.document}:${c.mention.start}`
		: `${c.documents ? ` in ${c.documents.join(', ')}` : ''}${c.whereNamed ? ` where ${c.whereNamed} is named` : ''}`;
	const target =
		c.action === 'not-a-place'
			? 'is not a place'
			: c.action === 'merge'
				? `${c.fromPlaceId} is the same place as ${c.placeId}`
				: `${c.action === 'resolve' ? '→' : 'is always'} ${c.placeId}`;
	return `"${c.name}" ${target}${scope}`;
}
