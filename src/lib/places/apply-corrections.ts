// Corrections applied to a document's mentions, in file order. The same code counts what a new
// correction would change (the preview) on the mentions the explorer shows.
import type { Toponym, ToponymUsage } from '../contracts.ts';
import { escapeRegExp } from '../regexp.ts';
import { slugify } from '../corpus/ids.ts';
import { retarget, type PlaceLookup, type PlaceRecord } from '../corpus/place-record.ts';
import { InputFileError } from '../corpus/input-error.ts';
import type { Correction, NewPlace } from './correction-format.ts';
import { representativePoint } from './place-shape.ts';

/** Compares names the way a reader would: case, diacritics and possessives ("Azerbaijan’s") ignored. */
export function nameKey(name: string): string {
	return slugify(name.trim().replace(/['’`ʼ]s?$|əs$/u, ''), 200);
}

export interface MentionLike {
	start: number;
	end: number;
	name: string;
	placeId: string;
	usage: ToponymUsage;
}

/** Whether the correction can touch this document at all (documents, mention, whereNamed). */
export function documentInScope(correction: Correction, documentId: string, mentions: readonly MentionLike[]): boolean {
	if (correction.mention && correction.mention.document !== documentId) return false;
	if (correction.documents && !correction.documents.includes(documentId)) return false;
	if (correction.whereNamed) {
		const key = nameKey(correction.whereNamed);
		if (!mentions.some((m) => nameKey(m.name) === key)) return false;
	}
	return true;
}

function selects(correction: Correction, key: string, m: MentionLike): boolean {
	if (correction.mention) return m.start === correction.mention.start && m.end === correction.mention.end;
	if (correction.action === 'merge') return m.placeId === correction.fromPlaceId;
	return m.usage !== 'embedded' && nameKey(m.name) === key;
}

/** Whole-word occurrences of `name` that no mention already covers. */
function missedOccurrences(text: string, name: string, mentions: readonly MentionLike[]): { start: number; end: number }[] {
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
	const found: { start: number; end: number }[] = [];
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const start = match.index;
		const end = start + match[0].length;
		if (!mentions.some((t) => t.start < end && start < t.end)) found.push({ start, end });
	}
	return found;
}

export interface MentionEditor<T extends MentionLike> {
	/** the mention moved to the correction's place */
	move(mention: T): T;
	/** a new mention at an occurrence the geoparser missed */
	create(start: number, end: number, name: string): T;
}

/** One correction on one document's mentions: the new list and how many mentions it changed. */
export function applyOne<T extends MentionLike>(correction: Correction, documentId: string, text: string, mentions: T[], editor: MentionEditor<T>): { mentions: T[]; changed: number } {
	if (!documentInScope(correction, documentId, mentions)) return { mentions, changed: 0 };
	const key = nameKey(correction.name);
	if (correction.action === 'not-a-place') {
		const kept = mentions.filter((m) => !selects(correction, key, m));
		return { mentions: kept, changed: mentions.length - kept.length };
	}
	let changed = 0;
	let result = mentions.map((m) => {
		if (!selects(correction, key, m) || m.placeId === correction.placeId) return m;
		changed++;
		return editor.move(m);
	});
	if ((correction.action === 'add' || correction.action === 'add-place') && !correction.mention) {
		const added = missedOccurrences(text, correction.name, result).map(({ start, end }) => editor.create(start, end, text.slice(start, end)));
		changed += added.length;
		result = [...result, ...added];
	}
	return { mentions: result, changed };
}

export function newPlaceRecord(place: NewPlace): PlaceRecord {
	const point = place.geometry.type === 'Point' ? { lon: place.geometry.coordinates[0]!, lat: place.geometry.coordinates[1]! } : representativePoint(place.geometry);
	return { id: place.id, name: place.name, kind: place.kind, country: place.country, lat: point.lat, lon: point.lon, geonameId: null, ...(place.geometry.type === 'Point' ? {} : { geometry: place.geometry }) };
}

/** Places the corrections themselves add, by id. */
export function addedPlaces(corrections: readonly Correction[]): Map<string, PlaceRecord> {
	return new Map(corrections.filter((c) => c.place).map((c) => [c.place!.id, newPlaceRecord(c.place!)]));
}

/** Throws when a correction points at a place neither the gazetteer nor an add-place has. */
export function checkCorrectionPlaces(corrections: readonly Correction[], lookup: PlaceLookup): void {
	const added = addedPlaces(corrections);
	corrections.forEach((c, index) => {
		for (const id of [c.placeId, c.fromPlaceId]) {
			if (id !== null && !added.has(id) && !lookup(id)) throw new InputFileError(`corrections: entry ${index + 1} (${c.name}): unknown place id "${id}"`);
		}
	});
}

/**
 * Applies corrections to one document's toponyms, in file order. `changed[i]` is increased by the
 * number of mentions correction i changed. Returns the toponyms sorted by position.
 */
export function applyCorrections(documentId: string, text: string, toponyms: Toponym[], corrections: Correction[], lookup: PlaceLookup, changed: number[]): Toponym[] {
	let result = toponyms;
	const added = addedPlaces(corrections);
	corrections.forEach((correction, index) => {
		const place = correction.placeId === null ? undefined : (added.get(correction.placeId) ?? lookup(correction.placeId));
		if (correction.action !== 'not-a-place' && !place) return;
		const editor: MentionEditor<Toponym> = {
			move: (t) => retarget(t, place!),
			create: (start, end, name) => retarget({ start, end, name, usage: 'literal', placeId: '', placeName: '', kind: place!.kind, country: null, lat: 0, lon: 0, score: 1, reasons: [] }, place!)
		};
		const step = applyOne(correction, documentId, text, result, editor);
		result = step.mentions;
		changed[index] = (changed[index] ?? 0) + step.changed;
	});
	return [...result].sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface PreviewDocument {
	id: string;
	text: string;
	mentions: MentionLike[];
}

/** How many mentions and documents a correction would change, on the mentions shown now. */
export function previewCorrection(correction: Correction, documents: Iterable<PreviewDocument>): { mentions: number; documents: number } {
	let mentions = 0;
	let touched = 0;
	const editor: MentionEditor<MentionLike> = {
		move: (m) => ({ ...m, placeId: correction.placeId ?? '' }),
		create: (start, end, name) => ({ start, end, name, placeId: correction.placeId ?? '', usage: 'literal' })
	};
	for (const d of documents) {
		const { changed } = applyOne(correction, d.id, d.text, d.mentions, editor);
		mentions += changed;
		if (changed > 0) touched++;
	}
	return { mentions, documents: touched };
}
