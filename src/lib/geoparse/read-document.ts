// The document as resolution reads it: for each mention, the homonyms worth weighing and the evidence
// the words around it give (parents named in its sentence or the opening, the kind of place its
// phrase names, the list it stands in). Evidence exists only where it could change the answer, so
// most mentions keep the fast path.
import { importance as importanceOf } from '../gazetteer/importance.ts';
import { decodePlaceReference } from '../gazetteer/references.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { containment, cuedNameKey, describesPlace, fitsCue, stateReadings, isParentKind, kindCue, liesIn, listJoined, populationFit, sentenceNumbers, statedPopulations, type KindCue } from './document-cues.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';

const MAX_HOMONYMS = 25;
// the readings of a mention that may be a parent of another: "Georgia" is a country and a state
const PARENT_READINGS = 5;
// "Washington County" names one of thirty counties: each is a parent until other parents choose
const DISTRICT_READINGS = 50;
// sentences that make a document's opening: a title line and the first sentence of the text
const OPENING_SENTENCES = 2;
// Prose names a few parents a sentence (eight at most in 7,666 evaluation texts); a "sentence" naming
// more is a list or table with no full stops, and weighing every parent for every mention in it would
// cost its square. Counted by mention (each with its readings, DISTRICT_READINGS at most).
const MAX_PARENTS_PER_SENTENCE = 32;
const GIVEN_DISTRICT_NOUNS = new Set(['county', 'parish']);

export interface MentionEvidence {
	/** what the parents the place lies in weigh, in powers of ten of importance (0: none named) */
	parentWeight(place: GazetteerPlace): number;
	/** the place is of the kind and country of the list the mention stands in */
	listFits(place: GazetteerPlace): boolean;
	/** how well the place's population fits the one its sentence (or the next, or the one before) states, 0..1 */
	populationFit(place: GazetteerPlace): number;
	/** this mention's own words rule out a place read for the same name earlier (another parent in its sentence, another kind) */
	overrules(earlier: GazetteerPlace): boolean;
}

export interface Homonyms {
	places: GazetteerPlace[];
	importance: number[];
	/** the places this name is only an alternate (foreign, old) name of */
	alternateNames: Set<GazetteerPlace>;
}

export interface DocumentReading {
	evidence(i: number): MentionEvidence | null;
	homonymsOf(i: number): Homonyms;
	/** the mention and the next are items of a list ("Georgia, Armenia"), not a place and its qualifier */
	isListPair(i: number): boolean;
	/**
	 * "Hasanabad is a village in Semnan County, Semnan Province, Iran": the countries the sentence that
	 * describes the mention names as its containers (empty for any other mention).
	 */
	describedInCountries(i: number): string[];
	/** "Kalyanpur is a village in … Uttar Pradesh, India": the first-level regions that sentence names as its containers */
	describedInRegions(i: number): GazetteerPlace[];
}

interface Parent {
	mention: number;
	place: GazetteerPlace;
	sentence: number;
	/** named as a container: "in (southwest) Arkansas", "of Butler County", ", Indiana" */
	container: boolean;
}

// A parent named as a container in the same sentence outweighs a 10,000-fold population ("a small town
// in Hempstead County, Arkansas"); in the document's opening, a 1,000-fold one. Named otherwise ("flew
// to Texas"), it is only a hint: Paris stays in France.
const PARENT_WEIGHT = { sentence: 4, opening: 3, sentenceHint: 1.5, openingHint: 1 };
const CONTAINMENT_WORDS = new Set(['in', 'of', 'within', 'across', 'throughout']);
// "in southwest Arkansas", "in the north of": words between the preposition and the parent
const CONTAINMENT_REACH = 3;

function namedAsContainer(first: number, tokens: Token[]): boolean {
	return /^\s*,\s*$/.test(tokens[first]!.gapBefore) || afterContainmentWord(first, tokens);
}

/** "in (southwest) Arkansas", "of New York": a preposition of containment a few words before. */
function afterContainmentWord(first: number, tokens: Token[]): boolean {
	for (let t = first - 1; t >= 0 && t >= first - CONTAINMENT_REACH; t--) {
		if (CONTAINMENT_WORDS.has(tokens[t]!.text)) return true;
		if (!/^ $/.test(tokens[t + 1]!.gapBefore)) return false;
	}
	return false;
}

function bestReading(mention: AcceptedMention, gazetteer: Gazetteer): GazetteerPlace {
	return gazetteer.places[mention.candidate.places[0]!]!;
}

/** "country", "region:US": what makes items of one list alike. */
function listKind(place: GazetteerPlace): string | null {
	if (place.kind === 'country') return 'country';
	if (place.kind === 'region' && place.featureCode === 'ADM1') return `region:${place.country}`;
	return null;
}

/**
 * `pointedTo`: whether the text's own evidence points to a place whatever its rank among its
 * namesakes (a county named in lower-case words, an address's ZIP code); null where it has none.
 */
export function readDocument(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], pointedTo: ((place: GazetteerPlace) => boolean) | null = null): DocumentReading {
	// read lazily: most documents have few ambiguous mentions, many have none
	let sentences: Int32Array | null = null;
	const sentenceOf = (i: number) => (sentences ??= sentenceNumbers(tokens))[mentions[i]!.candidate.first]!;
	let parentsBySentence: Map<number, Parent[]> | null = null;
	const noParents: Parent[] = [];
	function parentsIn(sentence: number): Parent[] {
		if (!parentsBySentence) {
			parentsBySentence = new Map();
			// A place named again in its sentence adds nothing to weigh: two namings of each place, as
			// a container and not, are enough for every mention to see one that is not itself. Without
			// this, a long sentence that repeats a region ("Texas Texas Texas …") costs its square.
			const namings = new Map<string, number>();
			const parentMentions = new Map<number, number>();
			mentions.forEach((mention, i) => {
				const { places } = mention.candidate;
				const limit = bestReading(mention, gazetteer).kind === 'district' ? DISTRICT_READINGS : PARENT_READINGS;
				const readings = places.slice(0, limit).map((index) => gazetteer.places[index]!);
				// "in upstate New York": the state, where the bare name is the city's (not in "Washington, New York and Boston")
				if (afterContainmentWord(mention.candidate.first, tokens) && !joined[i] && !(i > 0 && joined[i - 1])) readings.push(...stateReadings(mention.surface, gazetteer));
				for (const place of readings) {
					// countries speak through the country context; parents here are regions and districts
					if (!isParentKind(place) || place.kind === 'country') continue;
					const at = sentenceOf(i);
					// a county is specific enough to be a container however it is named ("the Meriwether County courthouse")
					const container = place.kind === 'district' || namedAsContainer(mention.candidate.first, tokens);
					const naming = `${at}:${place.id}:${container}`;
					const times = namings.get(naming) ?? 0;
					if (times >= 2) continue;
					namings.set(naming, times + 1);
					const parent = { mention: i, place, sentence: at, container };
					const group = parentsBySentence!.get(at);
					// counted by mention: every reading of "Washington County" stays, and so does the "Kansas" after it
					const newMention = !group || group[group.length - 1]!.mention !== i;
					const named = parentMentions.get(at) ?? 0;
					if (newMention && named >= MAX_PARENTS_PER_SENTENCE) continue;
					if (newMention) parentMentions.set(at, named + 1);
					if (group) group.push(parent);
					else parentsBySentence!.set(at, [parent]);
				}
			});
		}
		return parentsBySentence.get(sentence) ?? noParents;
	}
	let populations: Map<number, number> | null = null;
	/** "Washington … As of the census, the population was 1,077": this sentence's statement, else a neighbour's */
	function statedFor(i: number): number | null {
		const sentence = sentenceOf(i);
		populations ??= statedPopulations(tokens, sentences!);
		return populations.get(sentence) ?? populations.get(sentence + 1) ?? populations.get(sentence - 1) ?? null;
	}
	const joined = mentions.map((m, i) => i + 1 < mentions.length && listJoined(text, m.candidate, mentions[i + 1]!.candidate));
	const homonymCache = new Map<number, Homonyms>();
	const evidenceCache = new Map<number, MentionEvidence | null>();
	const cues = new Map<number, KindCue | null>();

	const parentsAroundCache = new Map<number, Parent[]>();
	/** The parents a mention of this sentence may lie in: the opening's and the sentence's own. */
	function parentsAround(sentence: number): Parent[] {
		let found = parentsAroundCache.get(sentence);
		if (found) return found;
		found = [];
		for (let s = 0; s < OPENING_SENTENCES; s++) if (s !== sentence) found.push(...parentsIn(s));
		found.push(...parentsIn(sentence));
		parentsAroundCache.set(sentence, found);
		return found;
	}

	function parentsOf(i: number): Parent[] {
		return parentsAround(sentenceOf(i)).filter((p) => p.mention !== i);
	}

	// What the parents around a sentence weigh for a place, each parent mention once by its strongest
	// reading, kept per (sentence, place): every mention of a long sentence asks the same question, and
	// answering it afresh would cost parents × readings × homonyms each time.
	const weightsBySentence = new Map<number, Map<GazetteerPlace, { total: number; byMention: Map<number, number> }>>();
	function parentWeightsFor(sentence: number, place: GazetteerPlace) {
		let bySentence = weightsBySentence.get(sentence);
		if (!bySentence) weightsBySentence.set(sentence, (bySentence = new Map()));
		let found = bySentence.get(place);
		if (found) return found;
		const byMention = new Map<number, number>();
		for (const p of parentsAround(sentence)) {
			const inside = containment(place, p.place, gazetteer);
			if (inside <= 0) continue;
			const here = p.sentence === sentence;
			const w = inside * (p.container ? (here ? PARENT_WEIGHT.sentence : PARENT_WEIGHT.opening) : here ? PARENT_WEIGHT.sentenceHint : PARENT_WEIGHT.openingHint);
			byMention.set(p.mention, Math.max(byMention.get(p.mention) ?? 0, w));
		}
		let total = 0;
		for (const w of byMention.values()) total += w;
		found = { total, byMention };
		bySentence.set(place, found);
		return found;
	}

	function cueOf(i: number): KindCue | null {
		let cue = cues.get(i);
		if (cue === undefined) {
			const mention = mentions[i]!;
			cue = mention.candidate.via === 'name' ? kindCue(mention.candidate, tokens) : null;
			if (!cue && districtNounAfter(i)) cue = 'district';
			cues.set(i, cue);
		}
		return cue;
	}

	/** "washington county courthouse": a given span that stops short of the county's name ("county", "parish") */
	function districtNounAfter(i: number): string | null {
		const { candidate, why } = mentions[i]!;
		const next = tokens[candidate.last + 1];
		return why === 'given' && next && next.gapBefore === ' ' && !next.capitalized && GIVEN_DISTRICT_NOUNS.has(next.text) ? next.text : null;
	}

	// Each list's kinds, counted once for the whole run of items: a mention reads them without going
	// over the list again (a list thousands of names long would cost its square).
	let listOf: Int32Array | null = null;
	const listKindCounts: Map<string, number>[] = [];
	function listKindsAround(i: number): Map<string, number> {
		if (!listOf) {
			listOf = new Int32Array(mentions.length);
			for (let j = 0; j < mentions.length; j++) {
				if (j === 0 || !joined[j - 1]) listKindCounts.push(new Map());
				listOf[j] = listKindCounts.length - 1;
				const kind = listKind(bestReading(mentions[j]!, gazetteer));
				const counts = listKindCounts[listOf[j]!]!;
				if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
			}
		}
		return listKindCounts[listOf[i]!]!;
	}

	/** Whether a kind is that of another item of the list the mention stands in (its neighbours' best readings). */
	function otherItemsOfKind(i: number, kind: string): boolean {
		const own = listKind(bestReading(mentions[i]!, gazetteer)) === kind ? 1 : 0;
		return (listKindsAround(i).get(kind) ?? 0) > own;
	}

	function homonymsOf(i: number): Homonyms {
		const cached = homonymCache.get(i);
		if (cached) return cached;
		const { candidate, surface } = mentions[i]!;
		const indices = candidate.places.slice(0, MAX_HOMONYMS);
		const importance = candidate.importance.slice(0, MAX_HOMONYMS);
		const alternateNames = new Set<GazetteerPlace>();
		const noteAlternate = (k: number) => {
			if (candidate.alternate[k]) alternateNames.add(gazetteer.places[candidate.places[k]!]!);
		};
		indices.forEach((_, k) => noteAlternate(k));
		// a small town named with its region (or that the text points to otherwise) is weighed whatever its
		// rank by population
		const containers = candidate.places.length > MAX_HOMONYMS ? parentsOf(i) : [];
		if (containers.length || (pointedTo && candidate.places.length > MAX_HOMONYMS)) {
			for (let k = MAX_HOMONYMS; k < candidate.places.length; k++) {
				const place = gazetteer.places[candidate.places[k]!]!;
				if (containers.some((p) => liesIn(place, p.place, gazetteer)) || pointedTo?.(place)) {
					indices.push(candidate.places[k]!);
					importance.push(candidate.importance[k]!);
					noteAlternate(k);
				}
			}
		}
		const places = indices.map((index) => gazetteer.places[index]!);
		// "a federal judge in Wyoming": a state the gazetteer names "Wyoming State" because a city elsewhere
		// has the bare name is weighed beside that city (where it is not so big as to decide alone); a
		// city inside the state of its name is what the bare name means (Geneva, New York)
		for (const state of stateReadings(surface, gazetteer)) {
			if (places.includes(state) || places.some((p) => p.kind === 'city' && p.country === state.country && p.admin1 === state.admin1)) continue;
			places.push(state);
			importance.push(importanceOf(state));
		}
		const cue = cueOf(i);
		if (cue) {
			const noun = cue === 'district' ? districtNounAfter(i) : null;
			const key = noun ? nameKey(`${surface} ${noun}`) : cuedNameKey(surface, cue);
			const extra = key ? (gazetteer.byName.get(key) ?? []) : [];
			for (const value of extra) {
				const place = gazetteer.places[decodePlaceReference(value).index]!;
				if (places.includes(place)) continue;
				places.push(place);
				importance.push(importanceOf(place));
			}
			// "the state of Washington", "a small town": only homonyms of that kind, if there are any
			const fitting = places.map((p, k) => (fitsCue(p, cue) ? k : -1)).filter((k) => k >= 0);
			if (fitting.length && fitting.length < places.length) {
				const kept = { places: fitting.map((k) => places[k]!), importance: fitting.map((k) => importance[k]!), alternateNames };
				homonymCache.set(i, kept);
				return kept;
			}
		}
		const result = { places, importance, alternateNames };
		homonymCache.set(i, result);
		return result;
	}

	function evidence(i: number): MentionEvidence | null {
		if (evidenceCache.has(i)) return evidenceCache.get(i)!;
		const found = weighEvidence(i);
		evidenceCache.set(i, found);
		return found;
	}

	function weighEvidence(i: number): MentionEvidence | null {
		const mention = mentions[i]!;
		if (mention.candidate.places.length < 2) return null;
		const cue = cueOf(i);
		const named = parentsOf(i);
		const inList = (i > 0 && joined[i - 1]) || joined[i];
		const stated = statedFor(i);
		// most mentions: nothing around them to weigh
		if (!cue && named.length === 0 && !inList && stated === null) return null;
		const sentence = sentenceOf(i);
		// different parent mentions add up ("Washington County, Kansas" picks the one Washington that
		// lies in both); the mention is no parent of itself (the weights are halves, so subtracting is exact)
		const parentWeight = (place: GazetteerPlace) => {
			const { total, byMention } = parentWeightsFor(sentence, place);
			return total - (byMention.get(i) ?? 0);
		};
		const listFits = (place: GazetteerPlace) => {
			const kind = listKind(place);
			return kind !== null && !!inList && otherItemsOfKind(i, kind);
		};
		const { places } = homonymsOf(i);
		const best = bestReading(mention, gazetteer);
		const fit = (place: GazetteerPlace) => (stated === null ? 0 : populationFit(place, stated));
		const otherFits = (place: GazetteerPlace) => places.some((p) => p !== place && fit(p) > fit(place));
		// parents choose among settlements: "the United States and China" is no town in the US, nor
		// "the Atlantic" a town in a state the text names
		const bestWeight = (best.kind === 'city' || best.kind === 'district') && named.length ? parentWeight(best) : Infinity;
		const changesAnswer =
			places[0] !== best ||
			// a parent named only in passing ("flew to Texas") does not unseat a dominant namesake
			(bestWeight !== Infinity && places.some((p) => p !== best && parentWeight(p) > bestWeight && parentWeight(p) >= PARENT_WEIGHT.opening)) ||
			(inList && !listFits(best) && places.some((p) => p !== best && listFits(p))) ||
			otherFits(best);
		if (!changesAnswer) return null;
		const weigh = bestWeight === Infinity ? () => 0 : parentWeight;
		const overrules = (earlier: GazetteerPlace) =>
			!places.includes(earlier) || places.some((p) => p !== earlier && weigh(p) >= PARENT_WEIGHT.sentence && weigh(p) > weigh(earlier)) || otherFits(earlier);
		return { parentWeight: weigh, listFits, populationFit: fit, overrules };
	}

	function isListPair(i: number): boolean {
		if (!joined[i]) return false;
		const left = listKind(bestReading(mentions[i]!, gazetteer));
		const right = listKind(bestReading(mentions[i + 1]!, gazetteer));
		return left !== null && left === right;
	}

	/** The containers (best readings) the sentence describing the mention names after it. */
	function describedIn(i: number): GazetteerPlace[] {
		const mention = mentions[i]!;
		if (mention.candidate.via !== 'name' || !describesPlace(mention.candidate, tokens)) return [];
		const sentence = sentenceOf(i);
		const containers: GazetteerPlace[] = [];
		for (let j = i + 1; j < mentions.length && sentenceOf(j) === sentence; j++) {
			if (namedAsContainer(mentions[j]!.candidate.first, tokens)) containers.push(bestReading(mentions[j]!, gazetteer));
		}
		return containers;
	}

	function describedInCountries(i: number): string[] {
		return describedIn(i).flatMap((place) => (place.kind === 'country' && place.country ? [place.country] : []));
	}

	function describedInRegions(i: number): GazetteerPlace[] {
		// only a region read without doubt: "Georgia" may be the country
		return describedIn(i).filter((place, k, all) => place.kind === 'region' && place.featureCode === 'ADM1' && all.indexOf(place) === k);
	}

	return { evidence, homonymsOf, isListPair, describedInCountries, describedInRegions };
}


