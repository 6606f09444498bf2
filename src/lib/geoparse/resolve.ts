import type { ResolutionReason, ToponymUsage } from '../contracts.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { kilometres, qualifies } from './qualifies.ts';

export interface AcceptedMention {
	candidate: Candidate;
	usage: ToponymUsage;
	/** how sure recognition is that this is a place name at all, 0..1 */
	recognition: number;
	/** the recogniser's reason to keep it (judge verdict) */
	why: string;
	/** names only a small place: kept only with support from the rest of the text */
	minor: boolean;
	surface: string;
}

export interface Resolution {
	mention: AcceptedMention;
	place: GazetteerPlace;
	score: number;
	reasons: ResolutionReason[];
}

// Homonyms beyond this many, by importance, are never the one a news text means.
const MAX_HOMONYMS = 25;
// A best candidate this many times more important than the next is taken without looking at context.
const DOMINANT_RATIO = 50;
const NEARBY_KM = 400;
// Weights of the evidence, in powers of ten of importance: agreeing with the document's countries is
// worth a 300-fold smaller population.
const COUNTRY_WEIGHT = 2.5;
const NEARBY_WEIGHT = 1.5;

interface DocumentContext {
	/** country code → share of anchored mentions in it */
	countries: Map<string, number>;
	anchors: AnchorGrid;
	/** anchored mentions with a country, in text order: the countries around a mention */
	located: { offset: number; country: string }[];
}

// Countries named within this many characters of a mention speak for it more than the whole text:
// a report that moves from France to the US resolves "Geneva" by the paragraph it is in.
const LOCAL_WINDOW = 500;
const LOCAL_WEIGHT = 2;

function localCountryShare(ctx: DocumentContext, offset: number, country: string): number {
	const { located } = ctx;
	let low = 0;
	let high = located.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (located[middle]!.offset < offset - LOCAL_WINDOW) low = middle + 1;
		else high = middle;
	}
	let total = 0;
	let same = 0;
	for (let i = low; i < located.length && located[i]!.offset <= offset + LOCAL_WINDOW; i++) {
		total++;
		if (located[i]!.country === country) same++;
	}
	return total ? same / total : 0;
}

// Anchors bucketed by 4° cells, so "is any anchor within 400 km" looks at nine cells, not all anchors:
// resolution time stays linear in the length of a text.
const CELL_DEGREES = 4;

class AnchorGrid {
	readonly #cells = new Map<string, GazetteerPlace[]>();

	constructor(places: Iterable<GazetteerPlace>) {
		for (const place of places) {
			const key = this.#key(Math.floor(place.lat / CELL_DEGREES), Math.floor(place.lon / CELL_DEGREES));
			const cell = this.#cells.get(key);
			if (cell) cell.push(place);
			else this.#cells.set(key, [place]);
		}
	}

	#key(row: number, column: number): string {
		return `${row}:${column}`;
	}

	/** Anchors in the cell of a point and the eight around it (longitude cells widen near the poles: good enough). */
	*near(place: GazetteerPlace): IterableIterator<GazetteerPlace> {
		const row = Math.floor(place.lat / CELL_DEGREES);
		const column = Math.floor(place.lon / CELL_DEGREES);
		for (let r = row - 1; r <= row + 1; r++) {
			for (let c = column - 1; c <= column + 1; c++) yield* this.#cells.get(this.#key(r, c)) ?? [];
		}
	}
}

function homonyms(candidate: Candidate, gazetteer: Gazetteer): GazetteerPlace[] {
	return candidate.places.slice(0, MAX_HOMONYMS).map((i) => gazetteer.places[i]!);
}

/** A mention that needs no context: a single candidate, a country or continent, or one dominant homonym. */
function anchorOf(mention: AcceptedMention, gazetteer: Gazetteer): Resolution | null {
	const places = homonyms(mention.candidate, gazetteer);
	const best = places[0]!;
	if (places.length === 1) {
		const reason: ResolutionReason =
			mention.candidate.via === 'demonym' ? 'demonym' : mention.candidate.via === 'abbreviation' ? 'abbreviation' : best.id.startsWith('cur:') ? 'curated' : 'only-candidate';
		return { mention, place: best, score: 1, reasons: [reason] };
	}
	if (best.kind === 'country' || best.kind === 'continent') return { mention, place: best, score: 0.95, reasons: ['feature-type', 'population'] };
	const weights = mention.candidate.importance;
	if (weights[0]! >= DOMINANT_RATIO * weights[1]!) return { mention, place: best, score: 0.9, reasons: ['population'] };
	return null;
}

function documentContext(anchors: Resolution[]): DocumentContext {
	const counts = new Map<string, number>();
	for (const { place } of anchors) {
		if (!place.country) continue;
		counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
	}
	const total = [...counts.values()].reduce((a, b) => a + b, 0);
	const countries = new Map([...counts].map(([code, n]) => [code, n / total]));
	// each place once, and only points that say something about nearness: a long text repeats its
	// anchors, and comparing against every repetition would make resolution quadratic in its length
	const unique = new Map(anchors.filter((a) => a.place.kind !== 'country' && a.place.kind !== 'continent').map((a) => [a.place.id, a.place]));
	const located = anchors
		.filter((a) => a.place.country)
		.map((a) => ({ offset: a.mention.candidate.start, country: a.place.country! }))
		.sort((a, b) => a.offset - b.offset);
	return { countries, anchors: new AnchorGrid(unique.values()), located };
}

function nearAnchor(place: GazetteerPlace, anchors: AnchorGrid): boolean {
	for (const anchor of anchors.near(place)) {
		if (anchor.id === place.id) continue;
		if (kilometres(place, anchor) < NEARBY_KM) return true;
	}
	return false;
}

function resolveWithContext(mention: AcceptedMention, gazetteer: Gazetteer, ctx: DocumentContext): Resolution {
	const scored = homonyms(mention.candidate, gazetteer).map((place, i) => {
		const reasons: ResolutionReason[] = [];
		let score = Math.log10(Math.max(mention.candidate.importance[i]!, 1));
		const share = place.country ? (ctx.countries.get(place.country) ?? 0) : 0;
		const local = place.country ? localCountryShare(ctx, mention.candidate.start, place.country) : 0;
		if (share > 0) {
			score += COUNTRY_WEIGHT * (0.5 + share) + LOCAL_WEIGHT * local;
			reasons.push('country-context');
		}
		if (nearAnchor(place, ctx.anchors)) {
			score += NEARBY_WEIGHT;
			reasons.push('nearby-context');
		}
		reasons.push('population');
		return { place, score, reasons };
	});
	scored.sort((a, b) => b.score - a.score);
	const [best, second] = scored as [(typeof scored)[0], (typeof scored)[0] | undefined];
	// confidence: the winner's share against the runner-up, on the log scale of the scores
	const margin = second ? best.score - second.score : 3;
	const confidence = 1 / (1 + Math.exp(-1.5 * margin));
	return { mention, place: best.place, score: confidence, reasons: best.reasons };
}

/**
 * Resolves accepted mentions to places: first the unambiguous ones (anchors), which set the document's
 * countries; then the rest against them, with "Town, Country" qualifiers and nearby places. A name
 * resolved once keeps its place for the rest of the document.
 */
export function resolveMentions(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string): Resolution[] {
	const results: (Resolution | null)[] = mentions.map((m) => anchorOf(m, gazetteer));
	// "Paris, Texas": a qualifier beats even a dominant namesake
	for (let i = 0; i < mentions.length - 1; i++) {
		const comma = /^\s*,\s*$/.test(text.slice(mentions[i]!.candidate.end, mentions[i + 1]!.candidate.start));
		if (!comma) continue;
		// the qualifier's own reading first, then its homonyms: "Atlanta, Georgia" is the US state
		const anchored = results[i + 1]?.place;
		const qualifiers = [...(anchored ? [anchored] : []), ...homonyms(mentions[i + 1]!.candidate, gazetteer)];
		const qualified = homonyms(mentions[i]!.candidate, gazetteer);
		for (const qualifier of qualifiers) {
			const place = qualified.find((p) => qualifies(p, qualifier));
			if (!place) continue;
			results[i] = { mention: mentions[i]!, place, score: 0.95, reasons: ['qualified'] };
			if (results[i + 1]?.place !== qualifier) results[i + 1] = { mention: mentions[i + 1]!, place: qualifier, score: 0.9, reasons: ['qualified'] };
			break;
		}
	}
	const ctx = documentContext(results.filter((r): r is Resolution => r !== null));
	const bySurface = new Map<string, Resolution>();
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		const key = nameKey(mention.surface);
		let result = results[i];
		if (!result) {
			const earlier = bySurface.get(key);
			if (earlier) result = { ...earlier, mention, reasons: ['same-name-earlier', ...earlier.reasons.filter((r) => r !== 'same-name-earlier')] };
			else result = resolveWithContext(mention, gazetteer, ctx);
		}
		results[i] = result;
		if (!bySurface.has(key)) bySurface.set(key, result);
	}
	return results as Resolution[];
}
