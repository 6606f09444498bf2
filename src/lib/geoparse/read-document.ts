// The document as resolution reads it: for each mention, the homonyms worth weighing and the evidence
// the words around it give (parents named in its sentence or the opening, the kind of place its
// phrase names, the list it stands in). Evidence exists only where it could change the answer, so
// most mentions keep the fast path.
import { importance as importanceOf } from '../gazetteer/importance.ts';
import { referencedIndex } from '../gazetteer/references.ts';
import { nameKey } from '../gazetteer/normalize.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import { stateReadings, listJoined, type KindCue } from './document-cues.ts';
import { cuedHomonyms } from './cued-homonyms.ts';
import { populationFit, populationSubjects, sentenceNumbers, statedPopulations } from './stated-populations.ts';
import { listKind, MentionWeighing, PARENT_WEIGHT, type EvidenceSource, type MentionEvidence, type ParentWeights } from './mention-evidence.ts';
import { countriesNamedNear } from './named-countries.ts';
import { clauseBreaks, parentsInPosition, type ClauseBreaks } from './parent-position.ts';
import { bestReading, parentsBySentence, weighParents, type Parent } from './sentence-parents.ts';
import { describedInDivisionMentions, describedInMentions } from './described-in.ts';
import { afterOf } from './container-words.ts';
import { districtNounAfter, mentionCue } from './mention-cue.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';
import { unaccentedNamesakes } from './written-accents.ts';
import { filterPacked, mapPacked } from './packed.ts';
import { countListKinds, type ListKinds } from './list-kinds.ts';

const MAX_HOMONYMS = 25;
// sentences that make a document's opening: a title line and the first sentence of the text
const OPENING_SENTENCES = 2;
// "… stands in Washington. It lies in Hempstead County.": a county named anywhere in the text is a parent
// of every mention in it, as one named in the opening. A text naming more counties than this beyond its
// opening is a list or a table of them, which says nothing of any one mention.
const MAX_DOCUMENT_DISTRICTS = 4;
// how far a list's items speak for each other
const LIST_REACH = 12;

export type { MentionEvidence };

export interface Homonyms {
	places: GazetteerPlace[];
	importance: number[];
	/** the places this name is only an alternate (foreign, old) name of */
	alternateNames: Set<GazetteerPlace>;
	/** states weighed beside a city that has their bare name ("Washington State"): the gazetteer gives the name to the city */
	statesNamedLonger?: Set<GazetteerPlace>;
	/** the countries the mention's sentence names near it (named-countries.ts), read where a rule asks */
	countriesHere?: () => ReadonlySet<string>;
	/** namesakes the accents the mention is written with rule out ("Tábor" is not Tabor, South Dakota: written-accents.ts) */
	unaccented?: ReadonlySet<GazetteerPlace> | null;
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
	/** the mentions that sentence names as its containers, whatever their best reading */
	describedInMentions(i: number): number[];
	/**
	 * "Ramnagar is a village in the Bhagalpur district of Bihar", "… in Esfarayen County": the mentions
	 * that sentence names as containers with a division's word ("district", "County"): read as the
	 * division's seat where the gazetteer lacks the division
	 */
	describedInDivisionTowns(i: number): number[];
	/** the other items of the list the mention stands in, the nearest first on each side (a dozen at most each way) */
	listNeighbours(i: number): number[];
	/** "Linn County … Lyons": the readings resolution accepted for these mentions; only they are parents from now on */
	settle(readings: Map<number, GazetteerPlace>): void;
}

/**
 * `pointedTo`: whether the text's own evidence points to a place whatever its rank among its
 * namesakes (a county named in lower-case words, an address's ZIP code); null where it has none.
 */
export function readDocument(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], pointedTo: ((place: GazetteerPlace) => boolean) | null = null): DocumentReading {
	return new DocumentReader(mentions, gazetteer, text, tokens, pointedTo);
}

const NO_PARENTS: Parent[] = [];

// A class, not closures over the document: made once per document, its methods cost nothing to create
// (tsx, which runs the CLI, would name every inner function on every call).
// Everything is read lazily: most documents have few ambiguous mentions, many have none.
class DocumentReader implements DocumentReading, EvidenceSource {
	readonly #mentions: AcceptedMention[];
	readonly #gazetteer: Gazetteer;
	readonly #tokens: Token[];
	readonly #pointedTo: ((place: GazetteerPlace) => boolean) | null;
	/** the mention and the next are items of one list */
	readonly #joined: boolean[];
	#sentences: Int32Array | null = null;
	#parentsBySentence: Map<number, Parent[]> | null = null;
	#documentDistricts: Parent[] | null = null;
	#populations: Map<number, number> | null = null;
	// by sentence, the token its statement of a population begins at
	readonly #statedAt = new Map<number, number>();
	#statedSubjects: Map<number, boolean> | null = null;
	readonly #homonyms = new Map<number, Homonyms>();
	readonly #evidence = new Map<number, MentionEvidence | null>();
	readonly #cues = new Map<number, KindCue | null>();
	readonly #parentsAround = new Map<number, Parent[]>();
	readonly #positioned = new Map<number, number[]>();
	/** describedInMentions by mention: outside-containers.ts alone asks it three times a mention */
	readonly #describedInMentions = new Map<number, number[]>();
	readonly #text: string;
	#clauseBreaks: ClauseBreaks | null = null;
	/** mentions whose reading resolution has accepted: parents only by it */
	#settled: Map<number, GazetteerPlace> | null = null;
	// What the parents around a sentence weigh for a place, each parent mention once by its strongest
	// reading, kept per (sentence, place): every mention of a long sentence asks the same question, and
	// answering it afresh would cost parents × readings × homonyms each time.
	readonly #weightsBySentence = new Map<number, Map<GazetteerPlace, ParentWeights>>();
	/** each list's kinds, counted once for the whole run of items (list-kinds.ts) */
	#listKinds: ListKinds | null = null;

	constructor(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], pointedTo: ((place: GazetteerPlace) => boolean) | null) {
		this.#mentions = mentions;
		this.#text = text;
		this.#gazetteer = gazetteer;
		this.#tokens = tokens;
		this.#pointedTo = pointedTo;
		this.#joined = mapPacked(mentions, (m, i) => i + 1 < mentions.length && listJoined(text, m.candidate, mentions[i + 1]!.candidate));
	}

	settle(readings: Map<number, GazetteerPlace>): void {
		if (readings.size === 0) return;
		this.#settled = readings;
		// parents read before this were read with every reading
		this.#parentsBySentence = null;
		this.#documentDistricts = null;
		this.#parentsAround.clear();
		this.#weightsBySentence.clear();
	}

	#sentenceOf(i: number): number {
		return (this.#sentences ??= sentenceNumbers(this.#tokens))[this.#mentions[i]!.candidate.first]!;
	}

	#parentsIn(sentence: number): Parent[] {
		return (this.#parentsBySentence ??= this.#parentsBySentenceOnce()).get(sentence) ?? NO_PARENTS;
	}

	#parentsBySentenceOnce(): Map<number, Parent[]> {
		return parentsBySentence(this.#mentions, this.#gazetteer, this.#tokens, this.#joined, this.#settled, (i) => this.#sentenceOf(i), (i) => this.#givenDistrictReadings(i));
	}

	/** "Washington … As of the census, the population was 1,077": this sentence's statement, else a neighbour's */
	#statedFor(i: number): number | null {
		const sentence = this.#sentenceOf(i);
		const populations = (this.#populations ??= statedPopulations(this.#tokens, this.#sentences!, this.#statedAt));
		return populations.get(sentence) ?? populations.get(sentence + 1) ?? populations.get(sentence - 1) ?? null;
	}

	/** Whether the population near this mention is stated of it (see populationSubjects), not of a name near it. */
	#populationStatedOf(i: number): boolean {
		if (this.#statedFor(i) === null) return false;
		return (this.#statedSubjects ??= this.#statedSubjectsOnce()).has(i);
	}

	/** Whether its own sentence states the population of this mention ("Cairo had a population of 785"). */
	#populationStatedDirectlyOf(i: number): boolean {
		return this.#populationStatedOf(i) && this.#statedSubjects!.get(i) === true;
	}

	#statedSubjectsOnce(): Map<number, boolean> {
		return populationSubjects(mapPacked(this.#mentions, (m) => ({ first: m.candidate.first, last: m.candidate.last, key: m.key })), (i) => this.#sentenceOf(i), this.#statedAt, this.#tokens);
	}

	/** The parents a mention of this sentence may lie in: the opening's and the sentence's own. */
	#parentsAroundSentence(sentence: number): Parent[] {
		let found = this.#parentsAround.get(sentence);
		if (found) return found;
		found = [];
		for (let s = 0; s < OPENING_SENTENCES; s++) if (s !== sentence) found.push(...this.#parentsIn(s));
		found.push(...this.#parentsIn(sentence));
		for (const p of (this.#documentDistricts ??= this.#districtsBeyondOpening())) if (p.sentence !== sentence) found.push(p);
		this.#parentsAround.set(sentence, found);
		return found;
	}

	/**
	 * The counties named after the opening, each by the one reading the text gives it (its only one, or
	 * the one resolution settled): a county named with thirty readings ("Washington County") says
	 * nothing until something chooses among them.
	 */
	#districtsBeyondOpening(): Parent[] {
		const found: Parent[] = [];
		const seen = new Set<GazetteerPlace>();
		for (const [sentence, parents] of (this.#parentsBySentence ??= this.#parentsBySentenceOnce())) {
			if (sentence < OPENING_SENTENCES) continue;
			for (const p of parents) {
				if (p.place.kind !== 'district' || seen.has(p.place)) continue;
				if (!this.#settled?.has(p.mention) && this.#mentions[p.mention]!.candidate.places.length > 1) continue;
				if (found.length >= MAX_DOCUMENT_DISTRICTS) return [];
				seen.add(p.place);
				found.push(p);
			}
		}
		return found;
	}

	/** The parents around a mention: its sentence's and the opening's, with the mention's own among them. */
	#parentsAroundMention(i: number): Parent[] {
		return this.#parentsAroundSentence(this.#sentenceOf(i));
	}

	/** Whether a parent is named around the mention by another mention. */
	#otherParentsAround(i: number): boolean {
		return this.#parentsAroundMention(i).some((p) => p.mention !== i);
	}

	parentWeightsFor(sentence: number, place: GazetteerPlace): ParentWeights {
		let bySentence = this.#weightsBySentence.get(sentence);
		if (!bySentence) this.#weightsBySentence.set(sentence, (bySentence = new Map()));
		let found = bySentence.get(place);
		if (found) return found;
		found = weighParents(this.#parentsAroundSentence(sentence), sentence, place, this.#gazetteer);
		bySentence.set(place, found);
		return found;
	}

	parentsInPosition(i: number): number[] {
		// "near Hamilton and Horsham in western Victoria": a parent after a list's last item is every item's.
		// An item with none of its own takes the answer of the item up to LIST_REACH further on, walked in a
		// loop (a call per step made the stack as deep as a long list: 128,000 items overflowed it).
		const waiting: number[] = [];
		let k = i;
		let found = this.#positioned.get(k);
		while (!found) {
			found = parentsInPosition(this.#text, this.#mentions, (j) => this.#sentenceOf(j), k);
			if (found.length || !this.#joined[k]) break;
			waiting.push(k);
			let last = k;
			while (last + 1 < this.#mentions.length && last - k < LIST_REACH && this.#joined[last]) last++;
			k = last;
			found = this.#positioned.get(k);
		}
		this.#positioned.set(k, found);
		for (const item of waiting) this.#positioned.set(item, found);
		return found;
	}

	#cueOf(i: number): KindCue | null {
		let cue = this.#cues.get(i);
		if (cue === undefined) {
			cue = mentionCue(this.#mentions[i]!, this.#tokens, this.#gazetteer);
			this.#cues.set(i, cue);
		}
		return cue;
	}

	/** "salem is a city in salem county": the counties a given span that stops short of the county's name stands for (null for any other mention) */
	#givenDistrictReadings(i: number): GazetteerPlace[] | null {
		const noun = districtNounAfter(this.#mentions[i]!, this.#tokens);
		if (!noun) return null;
		const found = this.#gazetteer.byName.get(nameKey(`${this.#mentions[i]!.surface} ${noun}`)) ?? [];
		const districts = found.map((value) => this.#gazetteer.places[referencedIndex(value)]!).filter((place) => place.kind === 'district');
		return districts.length ? districts : null;
	}

	listNeighbours(i: number): number[] {
		const found: number[] = [];
		for (let j = i - 1; j >= 0 && j >= i - LIST_REACH && this.#joined[j]; j--) found.push(j);
		for (let j = i + 1; j < this.#mentions.length && j <= i + LIST_REACH && this.#joined[j - 1]; j++) found.push(j);
		return found;
	}

	#listKindsAround(i: number): Map<string, number> {
		const lists = (this.#listKinds ??= countListKinds(this.#mentions, this.#joined, this.#gazetteer));
		return lists.counts[lists.listOf[i]!]!;
	}

	/** Whether a kind is that of another item of the list the mention stands in (its neighbours' best readings). */
	otherItemsOfKind(i: number, kind: string): boolean {
		const own = listKind(bestReading(this.#mentions[i]!, this.#gazetteer)) === kind ? 1 : 0;
		return (this.#listKindsAround(i).get(kind) ?? 0) > own;
	}

	inList(i: number): boolean {
		return (i > 0 && this.#joined[i - 1]) || this.#joined[i]!;
	}

	homonymsOf(i: number): Homonyms {
		const cached = this.#homonyms.get(i);
		if (cached) return cached;
		const found = this.#weighedHomonyms(i);
		this.#homonyms.set(i, found);
		return found;
	}

	#weighedHomonyms(i: number): Homonyms {
		const gazetteer = this.#gazetteer;
		const { candidate } = this.#mentions[i]!;
		const indices = candidate.places.slice(0, MAX_HOMONYMS);
		const importance = candidate.importance.slice(0, MAX_HOMONYMS);
		const alternateNames = new Set<GazetteerPlace>();
		for (let k = 0; k < indices.length; k++) if (candidate.alternate[k]) alternateNames.add(gazetteer.places[candidate.places[k]!]!);
		// a small town named with its region, or whose population the text states (or that the text points
		// to otherwise), is weighed whatever its rank by population
		const pointedTo = this.#pointedTo;
		const stated = candidate.places.length > MAX_HOMONYMS && this.#populationStatedOf(i) ? this.#statedFor(i) : null;
		if (candidate.places.length > MAX_HOMONYMS && (pointedTo || stated !== null || this.#otherParentsAround(i))) {
			const parents = this.#parentsAroundMention(i);
			for (let k = MAX_HOMONYMS; k < candidate.places.length; k++) {
				const place = gazetteer.places[candidate.places[k]!]!;
				if (parents.some((p) => p.mention !== i && liesIn(place, p.place, gazetteer)) || pointedTo?.(place) || (stated !== null && populationFit(place, stated) > 0)) {
					indices.push(candidate.places[k]!);
					importance.push(candidate.importance[k]!);
					if (candidate.alternate[k]) alternateNames.add(place);
				}
			}
		}
		const places = mapPacked(indices, (index) => gazetteer.places[index]!);
		// "a federal judge in Wyoming": a state the gazetteer names "Wyoming State" because a city elsewhere
		// has the bare name is weighed beside that city (where it is not so big as to decide alone); a
		// city inside the state of its name is what the bare name means (Geneva, New York)
		let statesNamedLonger: Set<GazetteerPlace> | undefined;
		for (const state of stateReadings(this.#mentions[i]!.key, gazetteer)) {
			if (places.includes(state) || places.some((p) => p.kind === 'city' && p.country === state.country && p.admin1 === state.admin1)) continue;
			places.push(state);
			importance.push(importanceOf(state));
			(statesNamedLonger ??= new Set()).add(state);
		}
		const cue = this.#cueOf(i);
		const fitting = cue ? cuedHomonyms(this.#mentions[i]!, cue, places, importance, this.#tokens, gazetteer, this.#countriesNear(i)) : null;
		const unaccented = unaccentedNamesakes(gazetteer, this.#mentions[i]!.surface, places, (k) => alternateNames.has(places[k]!));
		if (fitting) return { places: mapPacked(fitting, (k) => places[k]!), importance: mapPacked(fitting, (k) => importance[k]!), alternateNames, unaccented };
		return { places, importance, alternateNames, statesNamedLonger, countriesHere: this.#countriesNear(i), unaccented };
	}

	/** The countries named near mention i, read when asked (made by a method: see NAMED_CLOSURES in eslint.config.js). */
	#countriesNear(i: number): () => ReadonlySet<string> {
		return () => countriesNamedNear(this.#mentions, this.#gazetteer, (j) => this.#sentenceOf(j), i);
	}

	evidence(i: number): MentionEvidence | null {
		if (this.#evidence.has(i)) return this.#evidence.get(i)!;
		const found = this.#weighEvidence(i);
		this.#evidence.set(i, found);
		return found;
	}

	#weighEvidence(i: number): MentionEvidence | null {
		const mention = this.#mentions[i]!;
		const cue = this.#cueOf(i);
		// "Kaduna and Katsina states": a region the gazetteer knows only in full ("Kaduna State", the bare
		// name being the city's) is a reading the words bring to a name with one candidate
		if (mention.candidate.places.length < 2 && (!cue || this.homonymsOf(i).places[0] === bestReading(mention, this.#gazetteer))) return null;
		const parentsNamed = this.#otherParentsAround(i);
		const inList = this.inList(i);
		const stated = this.#statedFor(i);
		// most mentions: nothing around them to weigh
		if (!cue && !parentsNamed && !inList && stated === null) return null;
		const { places } = this.homonymsOf(i);
		const best = bestReading(mention, this.#gazetteer);
		// parents choose among settlements ("Lebanon is a city in Kansas": the first homonym the words leave):
		// "the United States and China" is no town in the US, nor "the Atlantic" a town in a state the text names
		const lead = places[0] ?? best;
		// (a historical land first too: "the crash in Bohemia" beside Suffolk County is Bohemia, New York)
		const land = lead.featureCode === 'RGNH';
		const weighsParents = (lead.kind === 'city' || lead.kind === 'district' || land) && parentsNamed;
		const evidence = new MentionWeighing(this, i, this.#sentenceOf(i), inList, stated, this.#populationStatedOf(i) ? (this.#populationStatedDirectlyOf(i) ? 'directly' : 'nearby') : null, places, weighsParents, afterOf(mention.candidate.first, this.#tokens));
		const bestWeight = weighsParents ? evidence.parentWeight(best) : Infinity;
		const changesAnswer =
			places[0] !== best ||
			// a parent named only in passing ("flew to Texas") does not unseat a dominant namesake; a land is none
			// where its sentence names a town's parent ("near Franconia …, New Hampshire Fish and Game said")
			(weighsParents && places.some((p) => p !== best && evidence.parentWeight(p) > bestWeight && evidence.parentWeight(p) >= (land ? PARENT_WEIGHT.sentenceHint : PARENT_WEIGHT.opening))) ||
			(inList && !evidence.listFits(best) && places.some((p) => p !== best && evidence.listFits(p))) ||
			// a country among countries stays the country, whatever the text's other countries say of its namesakes
			(inList && best.kind === 'country' && evidence.listFits(best)) ||
			evidence.otherFits(best);
		return changesAnswer ? evidence : null;
	}

	isListPair(i: number): boolean {
		if (!this.#joined[i]) return false;
		const left = listKind(bestReading(this.#mentions[i]!, this.#gazetteer));
		const right = listKind(bestReading(this.#mentions[i + 1]!, this.#gazetteer));
		return left !== null && left === right;
	}

	/** The containers (best readings) the sentence describing the mention names after it, in its clause. */
	#describedIn(i: number): GazetteerPlace[] {
		return mapPacked(this.describedInMentions(i), (j) => bestReading(this.#mentions[j]!, this.#gazetteer));
	}

	/** The mentions the sentence describing mention i names as its containers, in its clause. */
	describedInMentions(i: number): number[] {
		let found = this.#describedInMentions.get(i);
		if (!found) this.#describedInMentions.set(i, (found = describedInMentions(this.#mentions, () => (this.#clauseBreaks ??= clauseBreaks(this.#text)), this.#tokens, (j) => this.#sentenceOf(j), i)));
		return found;
	}

	describedInDivisionTowns(i: number): number[] {
		return describedInDivisionMentions(this.#mentions, this.#tokens, this.describedInMentions(i));
	}

	describedInCountries(i: number): string[] {
		// (a loop, not flatMap: V8's flatMap costs ~0.5 µs a call, and resolution asks this of every mention)
		const countries: string[] = [];
		for (const place of this.#describedIn(i)) if (place.kind === 'country' && place.country) countries.push(place.country);
		return countries;
	}

	describedInRegions(i: number): GazetteerPlace[] {
		// only a region read without doubt: "Georgia" may be the country
		const all = this.#describedIn(i);
		return filterPacked(all, (place, k) => isFirstLevelRegion(place) && all.indexOf(place) === k);
	}
}
