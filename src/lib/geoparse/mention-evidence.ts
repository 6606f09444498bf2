// The evidence around one mention of a document that could change which of its homonyms is meant:
// the parents named around it, the list it stands in, the population its sentence states.
import { isFirstLevelRegion, isUnsizedTown, type GazetteerPlace } from '../gazetteer/types.ts';
import { populationFit } from './stated-populations.ts';

export interface MentionEvidence {
	/** what the parents the place lies in weigh, in powers of ten of importance (0: none named) */
	parentWeight(place: GazetteerPlace): number;
	/** the same from the parents standing in a parent's position to the mention only ("Abuja, Niger State") */
	positionedParentWeight(place: GazetteerPlace): number;
	/** a parent of the place is named in the mention's own sentence, or is a county: not only its state, elsewhere */
	placesLocally(place: GazetteerPlace): boolean;
	/** the place is of the kind and country of the list the mention stands in */
	listFits(place: GazetteerPlace): boolean;
	/** the mention stands in a list whose other items are all countries */
	listedAmongCountries(): boolean;
	/** how well the place's population fits the one its sentence (or the next, or the one before) states, 0..1 */
	populationFit(place: GazetteerPlace): number;
	/** that stated population where it is stated of this mention (the subject of the statement), or null */
	statedPopulation(): number | null;
	/** whether the mention's own sentence states that population of it ("Cairo had a population of 785") */
	statedDirectly(): boolean;
	/** this mention's own words rule out a place read for the same name earlier (another parent in its sentence, another kind) */
	overrules(earlier: GazetteerPlace): boolean;
}

// A parent named as a container in the same sentence outweighs a 10,000-fold population ("a small town
// in Hempstead County, Arkansas"); in the document's opening, a 1,000-fold one. Named otherwise ("flew
// to Texas"), it is only a hint: Paris stays in France.
export const PARENT_WEIGHT = { sentence: 4, opening: 3, sentenceHint: 1.5, openingHint: 1 };

/**
 * What one parent mention weighs for a place: where it stands in a parent's position to the place's
 * mention ("Salem, in Washington County"), before it in the sentence ("people in Arkansas … Washington"),
 * and elsewhere.
 */
export interface ParentWeight {
	positioned: number;
	preceding: number;
	elsewhere: number;
	/** after the mention, as what the sentence speaks of ("Louisiana's past"), for a mention something belongs to ("the homes of Washington") */
	spokenOf: number;
	/** named in the mention's own sentence, or a county: it speaks for the place's own area, not only its state's */
	local: boolean;
}

/** What the parents around a sentence weigh for one place, by the mention that names them; `total` adds up their weights elsewhere. */
export interface ParentWeights {
	total: number;
	byMention: ReadonlyMap<number, ParentWeight>;
}

/** What a mention's evidence reads from its document. */
export interface EvidenceSource {
	parentWeightsFor(sentence: number, place: GazetteerPlace): ParentWeights;
	/** the mentions standing in a parent's position to this one ("X, Y", "X in Y", "X, a town in Y") */
	parentsInPosition(mention: number): number[];
	/** whether a kind is that of another item of the list the mention stands in */
	otherItemsOfKind(mention: number, kind: string): boolean;
	/** whether every other item of the mention's list is a country */
	amongCountriesOnly(mention: number): boolean;
	/** whether `other` is an item of the mention's list alike to another of its items: a sibling, not a parent */
	siblingItem(mention: number, other: number): boolean;
}

/** "country", "region:US": what makes items of one list alike. */
export function listKind(place: GazetteerPlace): string | null {
	if (place.kind === 'country') return 'country';
	if (isFirstLevelRegion(place)) return `region:${place.country}`;
	return null;
}

/** The evidence around one mention that could change its answer (see read-document.ts). */
export class MentionWeighing implements MentionEvidence {
	readonly #reader: EvidenceSource;
	readonly #mention: number;
	readonly #sentence: number;
	readonly #inList: boolean;
	readonly #stated: number | null;
	/** whether the population is stated of this mention (not of another name near it): in its own sentence, or by the one before or by its name */
	readonly #statedOfIt: 'directly' | 'nearby' | null;
	readonly #places: GazetteerPlace[];
	/** whether parents count for this mention at all: they choose among settlements */
	readonly #weighsParents: boolean;
	/** "the homes of Washington": a place something belongs to, which a state the sentence speaks of later places; not one acting or gone to ("Washington said", "flew to Washington") */
	readonly #belongedTo: boolean;

	constructor(reader: EvidenceSource, mention: number, sentence: number, inList: boolean, stated: number | null, statedOfIt: 'directly' | 'nearby' | null, places: GazetteerPlace[], weighsParents: boolean, belongedTo: boolean) {
		this.#reader = reader;
		this.#mention = mention;
		this.#sentence = sentence;
		this.#inList = inList;
		this.#stated = stated;
		this.#statedOfIt = statedOfIt;
		this.#places = places;
		this.#weighsParents = weighsParents;
		this.#belongedTo = belongedTo;
	}

	// different parent mentions add up ("Washington County, Kansas" picks the one Washington that
	// lies in both); the mention is no parent of itself (the weights are halves, so subtracting is exact)
	parentWeight(place: GazetteerPlace): number {
		if (!this.#weighsParents) return 0;
		const { total, byMention } = this.#reader.parentWeightsFor(this.#sentence, place);
		const mention = this.#mention;
		let weight = total - (byMention.get(mention)?.elsewhere ?? 0);
		const positioned = this.#reader.parentsInPosition(mention);
		for (const [parent, w] of byMention) {
			if (parent === mention) continue;
			if (positioned.includes(parent)) weight += w.positioned - w.elsewhere;
			// "from Chiapas, Puebla, Guerrero and Sinaloa": a state listed among states holds none of its fellow items
			else if (this.#reader.siblingItem(mention, parent)) weight -= w.elsewhere;
			else if (parent < mention) weight += w.preceding - w.elsewhere;
			else if (this.#belongedTo) weight += w.spokenOf - w.elsewhere;
		}
		return weight;
	}

	positionedParentWeight(place: GazetteerPlace): number {
		if (!this.#weighsParents) return 0;
		const { byMention } = this.#reader.parentWeightsFor(this.#sentence, place);
		const positioned = this.#reader.parentsInPosition(this.#mention);
		let weight = 0;
		for (const [parent, w] of byMention) if (parent !== this.#mention && positioned.includes(parent)) weight += w.positioned;
		return weight;
	}

	placesLocally(place: GazetteerPlace): boolean {
		if (!this.#weighsParents) return false;
		const { byMention } = this.#reader.parentWeightsFor(this.#sentence, place);
		const mention = this.#mention;
		const positioned = this.#reader.parentsInPosition(mention);
		for (const [parent, w] of byMention) {
			if (parent === mention || !w.local) continue;
			if ((positioned.includes(parent) ? w.positioned : parent < mention ? w.preceding : w.elsewhere) > 0) return true;
		}
		return false;
	}

	listFits(place: GazetteerPlace): boolean {
		const kind = listKind(place);
		return kind !== null && this.#inList && this.#reader.otherItemsOfKind(this.#mention, kind);
	}

	listedAmongCountries(): boolean {
		return this.#inList && this.#reader.amongCountriesOnly(this.#mention);
	}

	populationFit(place: GazetteerPlace): number {
		if (this.#stated === null) return 0;
		// a post-office town fits any small population in name only: only one stated of this mention
		if (!this.#statedOfIt && isUnsizedTown(place)) return 0;
		return populationFit(place, this.#stated);
	}

	statedPopulation(): number | null {
		return this.#statedOfIt ? this.#stated : null;
	}

	statedDirectly(): boolean {
		return this.#statedOfIt === 'directly';
	}

	/** another homonym fits the stated population better */
	otherFits(place: GazetteerPlace): boolean {
		const fit = this.populationFit(place);
		return this.#places.some((p) => p !== place && this.populationFit(p) > fit);
	}

	overrules(earlier: GazetteerPlace): boolean {
		const places = this.#places;
		if (!places.includes(earlier)) return true;
		const earlierWeight = this.parentWeight(earlier);
		return places.some((p) => p !== earlier && this.parentWeight(p) >= PARENT_WEIGHT.sentence && this.parentWeight(p) > earlierWeight) || this.otherFits(earlier);
	}
}
