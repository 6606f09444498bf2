// User corrections applied across a corpus after geoparsing:
//   resolve      "in this corpus, Georgia is the country": mentions of a name point at a place id
//   not-a-place  "Jordan is a person here": mentions of a name are dropped
//   add          "White City is this place": like resolve, and also tags occurrences the geoparser missed
// Each may be limited to some documents. The summary reports how many mentions each one changed.
import type { Toponym } from '../contracts.ts';
import { InputFileError } from './input-error.ts';
import { slugify } from './ids.ts';
import { retarget, type PlaceLookup } from './place-record.ts';
import { escapeRegExp } from '../regexp.ts';

export type CorrectionAction = 'resolve' | 'not-a-place' | 'add';

export interface Correction {
	action: CorrectionAction;
	name: string;
	placeId: string | null;
	/** document ids the correction is limited to; null: the whole corpus */
	documents: string[] | null;
	note: string | null;
}

const ACTIONS: CorrectionAction[] = ['resolve', 'not-a-place', 'add'];
/** Longer than any place name (Bangkok's full name has 168 characters); keeps the name patterns small. */
export const MAX_CORRECTION_NAME_LENGTH = 200;

function fail(message: string): never {
	throw new InputFileError(`corrections: ${message}`);
}

/** Checks a parsed corrections file (`{ corrections: [...] }` or a bare array). */
export function parseCorrections(data: unknown): Correction[] {
	const list = Array.isArray(data) ? data : (data as { corrections?: unknown } | null)?.corrections;
	if (!Array.isArray(list)) fail('expected an object with a "corrections" array');
	return list.map((raw, index): Correction => {
		const where = `entry ${index + 1}`;
		if (typeof raw !== 'object' || raw === null) fail(`${where} is not an object`);
		const { action, name, placeId, documents, document, note } = raw as Record<string, unknown>;
		if (typeof action !== 'string' || !ACTIONS.includes(action as CorrectionAction)) fail(`${where}: "action" must be one of ${ACTIONS.join(', ')}`);
		if (typeof name !== 'string' || !/[\p{L}\p{N}]/u.test(name)) fail(`${where}: "name" must be a non-empty string`);
		if (name.trim().length > MAX_CORRECTION_NAME_LENGTH) fail(`${where}: "name" has ${name.trim().length.toLocaleString('en')} characters, more than the ${MAX_CORRECTION_NAME_LENGTH} a place name may have`);
		const needsPlace = action !== 'not-a-place';
		if (needsPlace && (typeof placeId !== 'string' || !placeId)) fail(`${where} (${name}): "${action}" needs a "placeId"`);
		if (!needsPlace && placeId !== undefined) fail(`${where} (${name}): "not-a-place" takes no "placeId"`);
		const scope = documents ?? (document === undefined ? undefined : [document]);
		if (scope !== undefined && (!Array.isArray(scope) || scope.length === 0 || scope.some((d) => typeof d !== 'string'))) {
			fail(`${where} (${name}): "documents" must be a non-empty array of document ids`);
		}
		if (note !== undefined && typeof note !== 'string') fail(`${where} (${name}): "note" must be a string`);
		return {
			action: action as CorrectionAction,
			name: name.trim(),
			placeId: needsPlace ? (placeId as string) : null,
			documents: (scope as string[] | undefined) ?? null,
			note: (note as string | undefined) ?? null
		};
	});
}

/** Throws when a correction points at a place the gazetteer does not have. */
export function checkCorrectionPlaces(corrections: Correction[], lookup: PlaceLookup): void {
	corrections.forEach((correction, index) => {
		if (correction.placeId !== null && !lookup(correction.placeId)) {
			fail(`entry ${index + 1} (${correction.name}): unknown place id "${correction.placeId}"`);
		}
	});
}

/** Compares names the way a reader would: case, diacritics and possessives ("Azerbaijan’s") ignored. */
export function nameKey(name: string): string {
	return slugify(name.trim().replace(/['’`ʼ]s?$|əs$/u, ''), 200);
}

export function describeCorrection(correction: Correction): string {
	const scope = correction.documents ? ` in ${correction.documents.join(', ')}` : '';
	const target = correction.action === 'not-a-place' ? 'is not a place' : `${correction.action === 'add' ? 'is always' : '→'} ${correction.placeId}`;
	return `"${correction.name}" ${target}${scope}`;
}


/** Whole-word occurrences of `name` that no toponym already covers. */
function missedOccurrences(text: string, name: string, toponyms: Toponym[]): { start: number; end: number }[] {
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
	const found: { start: number; end: number }[] = [];
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const start = match.index;
		const end = start + match[0].length;
		if (!toponyms.some((t) => t.start < end && start < t.end)) found.push({ start, end });
	}
	return found;
}

/**
 * Applies corrections to one document's toponyms, in file order. `changed[i]` is increased by the
 * number of mentions correction i changed. Returns the toponyms sorted by position.
 */
export function applyCorrections(
	documentId: string,
	text: string,
	toponyms: Toponym[],
	corrections: Correction[],
	lookup: PlaceLookup,
	changed: number[]
): Toponym[] {
	let result = toponyms;
	corrections.forEach((correction, index) => {
		if (correction.documents && !correction.documents.includes(documentId)) return;
		const key = nameKey(correction.name);
		const place = correction.placeId === null ? undefined : lookup(correction.placeId);
		let count = 0;
		if (correction.action === 'not-a-place') {
			const before = result.length;
			result = result.filter((t) => t.usage === 'embedded' || nameKey(t.name) !== key);
			count = before - result.length;
		} else if (place) {
			result = result.map((t) => {
				if (nameKey(t.name) !== key || t.usage === 'embedded' || t.placeId === place.id) return t;
				count++;
				return retarget(t, place);
			});
			if (correction.action === 'add') {
				const added = missedOccurrences(text, correction.name, result).map(({ start, end }) =>
					retarget({ start, end, name: text.slice(start, end), usage: 'literal', placeId: '', placeName: '', kind: place.kind, country: null, lat: 0, lon: 0, score: 1, reasons: [] }, place)
				);
				count += added.length;
				result = [...result, ...added];
			}
		}
		changed[index] = (changed[index] ?? 0) + count;
	});
	return [...result].sort((a, b) => a.start - b.start || a.end - b.end);
}
