// The Change place dialog's choices as a correction for the server, and the words it shows about
// places. Pure: no DOM, no fetch (unit-tested in draft.spec.ts).
import type { PlaceKind, ResolutionReason } from '../../contracts.ts';
import type { MentionReading, PlaceChoice } from '../../places/place-choice.ts';
import { parseCorrection } from '../../places/correction-format.ts';

/** The mention (or place) a correction starts from. */
export interface CorrectionTarget {
	/** the name as the text writes it (what corpus-wide corrections match) */
	name: string;
	/** the place it is shown at now */
	placeId: string;
	placeName: string;
	/** where it is shown now (null: not known here; the dialog asks the geoparser) */
	lat: number | null;
	lon: number | null;
	/** the mention, when the dialog was opened at one */
	documentId: string | null;
	start: number | null;
	end: number | null;
	/** opened at a place rather than a mention: the whole corpus is the likelier scope */
	preferCorpus?: boolean;
}

export type DraftAction = 'resolve' | 'not-a-place' | 'merge' | 'add-place';
export type DraftScope = 'mention' | 'document' | 'corpus';

export interface NewPlaceDraft {
	name: string;
	kind: PlaceKind;
	/** "lat, lon" typed or picked on the map */
	point: string;
	/** a LineString or Polygon instead of the point */
	geojson: string;
}

export interface Draft {
	action: DraftAction;
	scope: DraftScope;
	/** only in documents that also name this place ("" for none) */
	whereNamed: string;
	note: string;
	/** resolve / merge: the chosen place */
	choice: PlaceChoice | null;
	place: NewPlaceDraft;
}

/** "41.7, 44.8" (latitude first, as people say it) → [lon, lat]; null when it is no point on Earth. */
export function parsePoint(text: string): [number, number] | null {
	const match = /^\s*(-?\d+(?:\.\d+)?)\s*[,;\s]\s*(-?\d+(?:\.\d+)?)\s*$/.exec(text);
	if (!match) return null;
	const lat = Number(match[1]);
	const lon = Number(match[2]);
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
	return [lon, lat];
}

export function formatPoint(lon: number, lat: number): string {
	return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

/** The geometry of a new place: the GeoJSON when given (the server validates it), else the point. */
export function newPlaceGeometry(place: NewPlaceDraft): { geometry: unknown } | { error: string } {
	if (place.geojson.trim()) {
		try {
			const parsed = JSON.parse(place.geojson) as { type?: unknown; geometry?: unknown };
			// a whole Feature pasted from geojson.io: its geometry
			return { geometry: parsed && parsed.type === 'Feature' ? parsed.geometry : parsed };
		} catch {
			return { error: 'The GeoJSON is not valid JSON.' };
		}
	}
	const point = parsePoint(place.point);
	if (!point) return { error: place.point.trim() ? 'Coordinates are “latitude, longitude”, latitude −90…90 and longitude −180…180.' : 'Pick a point on the map or type its coordinates.' };
	return { geometry: { type: 'Point', coordinates: point } };
}

/**
 * The correction the server is asked to preview and apply, or why it cannot be made yet. It is checked
 * here with the server's own parser (GeoJSON, coordinates, lengths), so a bad one is never sent.
 */
export function correctionFrom(target: CorrectionTarget, draft: Draft): { correction: Record<string, unknown> } | { error: string } {
	const built = draftCorrection(target, draft);
	if ('error' in built) return built;
	try {
		parseCorrection(built.correction, 0);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		// "corrections: entry 1 (Lyon): "place.geometry" is not valid GeoJSON…" → the part after the name
		return { error: `${message.replace(/^corrections: entry 1(?: \([^)]*\))?: /, '').replace(/^./, (c) => c.toUpperCase())}` };
	}
	return built;
}

function draftCorrection(target: CorrectionTarget, draft: Draft): { correction: Record<string, unknown> } | { error: string } {
	const scope: Record<string, unknown> = {};
	if (draft.scope === 'mention') {
		if (target.documentId === null || target.start === null || target.end === null) return { error: 'This correction was not opened at a mention.' };
		scope.mention = { document: target.documentId, start: target.start, end: target.end };
	} else if (draft.scope === 'document') {
		if (target.documentId === null) return { error: 'This correction was not opened in a document.' };
		scope.documents = [target.documentId];
	}
	if (draft.scope !== 'mention' && draft.whereNamed.trim()) scope.whereNamed = draft.whereNamed.trim();
	const note = draft.note.trim() ? { note: draft.note.trim() } : {};
	const base = { name: target.name, ...scope, ...note };
	switch (draft.action) {
		case 'not-a-place':
			return { correction: { action: 'not-a-place', ...base } };
		case 'resolve':
		case 'merge': {
			if (!draft.choice) return { error: 'Choose the place it should be.' };
			if (draft.choice.id === target.placeId) return { error: `It is at ${draft.choice.name} already: choose another place.` };
			return draft.action === 'resolve'
				? { correction: { action: 'resolve', ...base, placeId: draft.choice.id } }
				: { correction: { action: 'merge', ...base, placeId: draft.choice.id, fromPlaceId: target.placeId } };
		}
		case 'add-place': {
			const name = draft.place.name.trim();
			if (!name) return { error: 'Give the new place a name.' };
			const shape = newPlaceGeometry(draft.place);
			if ('error' in shape) return shape;
			return { correction: { action: 'add-place', ...base, place: { name, kind: draft.place.kind, geometry: shape.geometry } } };
		}
	}
}

// a reason added to the geoparser later reads as its own name until it has words here
const REASON_WORDS: Partial<Record<ResolutionReason, string>> = {
	'only-candidate': 'it is the only place of that name',
	population: 'it is bigger or better known',
	'country-context': 'it lies in a country the document names',
	'nearby-context': 'it lies near other places the document names',
	qualified: 'the text qualifies it (“Town, State”)',
	'feature-type': 'the text names its kind of place',
	curated: 'it is a curated entry',
	demonym: 'the text uses its demonym',
	abbreviation: 'the text uses its abbreviation',
	'same-name-earlier': 'the same name was read so earlier in the document',
	'named-parent': 'the text names the region it lies in',
	'list-context': 'it fits the list it stands in',
	'stated-population': 'the text states a population of about its size',
	'within-parent': 'the gazetteer lacks it: placed at the lowest place the text says it lies in',
	'other-name': 'the text gives it as another name of a place it names'
};

/** Why an alternative lost to the geoparser's choice, in words. */
export function whyLost(reading: MentionReading, alternative: PlaceChoice): string {
	const chosen = reading.chosen;
	if (!chosen) return 'The geoparser found no place here.';
	const reasons = chosen.reasons.filter((r) => r !== 'population' || (chosen.population ?? 0) >= (alternative.population ?? 0));
	const because = reasons.slice(0, 3).map((r) => REASON_WORDS[r] ?? r.replace(/-/g, ' '));
	const percent = alternative.score === null ? null : alternative.score * 100;
	const share = percent === null ? '' : percent < 1 ? ' (under 1 % of the evidence)' : ` (${Math.round(percent)} % of the evidence)`;
	// homonyms share the name: say which one won
	const where = chosen.kind === 'country' ? chosen.kind : [chosen.kind, chosen.countryName ?? chosen.country].filter(Boolean).join(', ');
	return `Lost to ${chosen.name} (${where})${share}${because.length ? `: ${because.join('; ')}` : ''}.`;
}

/** "region · Georgia (US) · Clarke County · 115,452 people" — what tells homonyms apart. */
export function placeDetails(place: PlaceChoice): string {
	const parts: string[] = [place.kind];
	const where = [place.admin2Name, place.admin1Name, place.kind === 'country' ? null : (place.countryName ?? place.country)].filter((p): p is string => !!p && p !== place.name);
	if (where.length) parts.push(where.join(', '));
	if (place.population) parts.push(`${place.population.toLocaleString('en')} people`);
	return parts.join(' · ');
}

/** A score as the dialog shows it: two decimals, "< 0.01" rather than a misleading 0.00. */
export function formatScore(score: number): string {
	return score > 0 && score < 0.01 ? '< 0.01' : score.toFixed(2);
}

/** The box around some [lon, lat] positions, or null for none. A loop, not Math.min(...spread):
 * a pasted shape can hold more positions than a call takes arguments. */
export function boundsOf(positions: readonly (readonly number[])[]): [[number, number], [number, number]] | null {
	let west = Infinity;
	let south = Infinity;
	let east = -Infinity;
	let north = -Infinity;
	for (const [lon, lat] of positions) {
		if (lon === undefined || lat === undefined) continue;
		if (lon < west) west = lon;
		if (lon > east) east = lon;
		if (lat < south) south = lat;
		if (lat > north) north = lat;
	}
	return west <= east ? [[west, south], [east, north]] : null;
}
