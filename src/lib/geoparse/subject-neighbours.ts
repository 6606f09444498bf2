// "Pandan is a municipality in the province of Antique … subdivided into 34 barangays, among them Baybay,
// San Andres and Santo Rosario"; "Vignale Monferrato borders the following municipalities: …"; "Adé lies
// next to Ossun and Julos": the places a description names as its subject's parts or
// neighbours lie beside it. A reading far from the subject is a namesake of a village the gazetteer lacks
// (the barangay Baybay, not the city on Leyte): a namesake close to the subject is taken, else none.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { kilometres } from './qualifies.ts';
import { liesIn } from './containment.ts';
import { describedSubject } from './far-from-subject.ts';
import type { DocumentReading } from './read-document.ts';
import type { Resolution } from './resolve.ts';
import type { StatedPoint } from './stated-point.ts';
import { tokenAt, type Token } from './tokens.ts';
import { resolution } from './resolution.ts';
import { capitalOrAtLeast, NAMED_FROM_AFAR } from './known-abroad.ts';

// words that say the names after them, in their sentence, are the subject's parts (first group: never
// a big city) or its neighbours (a neighbour may be one)
// ("between Macon and Savannah", "the neighbouring Manggarai Regency" may lie far: not cues)
const PARTS_OR_NEIGHBOURS = /\b(?:(barangays|villages|hamlets|frazioni|localities|Ortsteile|subdivided|consists of|comprises|lies within)|borders|bordering|bounded by|neighbou?ring (?:communes?|municipalit(?:y|ies)|villages?|towns?|parish(?:es)?)|neighbou?rs|adjacent|next to)\b/g;
const SENTENCE_END = /[.!?](?=\s)|\n/g;
// "Ivanovka and Mikhaylovka are the nearest rural localities", "25 km north of Kamenka (the district's
// administrative centre)": cues after the names they speak of, back to their sentence's start
const NEIGHBOURS_BEFORE = /\b(?:is|are) the nearest (?:rural localit(?:y|ies)|villages?|settlements?)\b|\(the district's administrative cent(?:re|er)\)/g;
const SENTENCE_START = /(?:^|[.!?]\s|\n)[^.!?\n]*$/;
// "It is one of the schist villages of the range: its people moved to Lisbon": the subject called one of its kind
// names no parts (no cue: the sentence may go on to far places)
const ONE_OF_BEFORE = /\bone of the (?:[\p{L}-]+ ){0,3}$/iu;
const ONE_OF_CHARS = 60;
// how far back a sentence with a cue after its names is read
const SENTENCE_REACH = 300;
// how far the subject's parts and neighbours lie from its own point, and from its district's
const NEAR_TOWN_KM = 60;
const NEAR_DISTRICT_KM = 120;

/**
 * The spans from each cue word to its sentence's end (or from its sentence's start to a cue after the
 * names), in text order, whether the cue names parts, and whether it is one of the latter.
 */
function cueSpans(text: string): [number, number, boolean, boolean][] {
	const spans: [number, number, boolean, boolean][] = [];
	PARTS_OR_NEIGHBOURS.lastIndex = 0;
	for (let cue = PARTS_OR_NEIGHBOURS.exec(text); cue; cue = PARTS_OR_NEIGHBOURS.exec(text)) {
		if (cue[1] !== undefined && ONE_OF_BEFORE.test(text.slice(Math.max(0, cue.index - ONE_OF_CHARS), cue.index))) continue;
		SENTENCE_END.lastIndex = cue.index;
		const end = SENTENCE_END.exec(text)?.index ?? text.length;
		spans.push([cue.index, end, cue[1] !== undefined, false]);
		PARTS_OR_NEIGHBOURS.lastIndex = Math.max(PARTS_OR_NEIGHBOURS.lastIndex, end);
	}
	NEIGHBOURS_BEFORE.lastIndex = 0;
	for (let cue = NEIGHBOURS_BEFORE.exec(text); cue; cue = NEIGHBOURS_BEFORE.exec(text)) {
		const from = Math.max(0, cue.index - SENTENCE_REACH);
		const start = from + (SENTENCE_START.exec(text.slice(from, cue.index))?.index ?? 0);
		spans.push([start, cue.index, false, true]);
	}
	return spans.sort((a, b) => a[0] - b[0]);
}

// "Agriano is a frazione of the comune of Norcia": the municipality a subject the gazetteer lacks lies in
const OPENING = 300;
const DESCRIBED_BEFORE = /\b(?:is|was) (?:a|an|one of)\b/;
const MUNICIPALITY_WORDS = new Set(['municipality', 'comune', 'commune', 'gemeinde']);

/** The town an opening description names as its subject's municipality ("… of the comune of Norcia"), or null. */
function openingMunicipality(results: readonly Resolution[], tokens: Token[], text: string): GazetteerPlace | null {
	for (const { mention, place } of results) {
		const { start, first } = mention.candidate;
		if (start > OPENING) return null;
		if (place.kind !== 'city' || tokenAt(tokens, first - 1)?.text !== 'of' || !MUNICIPALITY_WORDS.has(tokenAt(tokens, first - 2)?.lower ?? '')) continue;
		return DESCRIBED_BEFORE.test(text.slice(0, start)) ? place : null;
	}
	return null;
}

/** The mentions named as the subject's parts or neighbours that were resolved far from it, each with a namesake near it or null. */
export function nearSubject(results: readonly Resolution[], reading: DocumentReading, text: string, tokens: Token[], gazetteer: Gazetteer, stated: StatedPoint | null): [number, Resolution | null][] {
	// most texts describe no subject (asked first: the cue words' expression costs a scan of the whole text)
	const subject = describedSubject(results as Resolution[], reading, text);
	const municipality = subject ? null : openingMunicipality(results, tokens, text);
	const point: Pick<GazetteerPlace, 'lat' | 'lon'> | null = stated ?? subject?.point ?? municipality;
	// a subject placed by its first-level region only: its nearest localities and its district's centre lie in that region
	const region = !stated && subject?.point?.kind === 'region' ? subject.point : null;
	if (!point || (!stated && !region && subject && subject.point!.kind !== 'city' && subject.point!.kind !== 'district')) return [];
	// ... and most of the others name no parts or neighbours
	PARTS_OR_NEIGHBOURS.lastIndex = 0;
	NEIGHBOURS_BEFORE.lastIndex = 0;
	if (!PARTS_OR_NEIGHBOURS.test(text) && !NEIGHBOURS_BEFORE.test(text)) return [];
	// (a subject placed by its division's seat, or by its municipality, lies anywhere in it)
	const nearKm = stated || (subject?.point!.kind === 'city' && subject.subject >= 0) ? NEAR_TOWN_KM : NEAR_DISTRICT_KM;
	const spans = cueSpans(text);
	const moved: [number, Resolution | null][] = [];
	let s = 0;
	for (let i = 0; i < results.length; i++) {
		const { mention, place, reasons } = results[i]!;
		const at = mention.candidate.start;
		while (s < spans.length && spans[s]![1] <= at) s++;
		if (s === spans.length) break;
		if (at <= spans[s]![0] || i === subject?.subject || mention.usage !== 'literal') continue;
		if (region) {
			if (!spans[s]![3] || place.kind !== 'city' || reasons.includes('qualified') || place.population >= NAMED_FROM_AFAR || liesIn(place, region, gazetteer)) continue;
			const { places, alternate } = mention.candidate;
			const k = places.findIndex((p, j) => !alternate[j] && gazetteer.places[p]!.kind === 'city' && liesIn(gazetteer.places[p]!, region, gazetteer));
			moved.push([i, k >= 0 ? resolution(mention, gazetteer.places[places[k]!]!, 0.8, ['region-context']) : null]);
			continue;
		}
		// "barangays … Centro Sur": a part named like a region abroad is no region
		if (place.kind === 'region' && subject && place.country !== subject.country && !reasons.includes('qualified')) moved.push([i, null]);
		if (place.kind !== 'city') continue;
		const { places, alternate } = mention.candidate;
		// a big city read by another of its names ("Santo Rosario", an old name of San Fernando) is no such city
		const byOwnName = !alternate[places.findIndex((p) => gazetteer.places[p] === place)];
		if ((byOwnName && !spans[s]![2] && capitalOrAtLeast(place, NAMED_FROM_AFAR)) || reasons.includes('qualified') || kilometres(place, point) <= nearKm) continue;
		const k = places.findIndex((p, j) => !alternate[j] && gazetteer.places[p]!.kind === 'city' && kilometres(gazetteer.places[p]!, point) <= nearKm);
		moved.push([i, k >= 0 ? resolution(mention, gazetteer.places[places[k]!]!, 0.8, ['nearby-context']) : null]);
	}
	return moved;
}

