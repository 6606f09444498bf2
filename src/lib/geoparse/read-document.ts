// The document as resolution reads it: for each mention, the homonyms worth weighing and the evidence
// the words around it give (parents named in its sentence or the opening, the kind of place its
// phrase names, the list it stands in). Evidence exists only where it could change the answer, so
// most mentions keep the fast path.
import { importance as importanceOf } from '../gazetteer/importance.ts';
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { liesIn } from './containment.ts';
import type { KindCue } from './document-cues.ts';
import { stateReadings } from './state-readings.ts';
import { cuedHomonyms } from './cued-homonyms.ts';
import { populationFit } from './stated-populations.ts';
import { listKind, MentionWeighing, PARENT_WEIGHT, type EvidenceSource, type MentionEvidence, type ParentWeights } from './mention-evidence.ts';
import { countriesNamedNear } from './named-countries.ts';
import { clauseBreaks, type ClauseBreaks } from './parent-position.ts';
import { bestReading } from './sentence-parents.ts';
import { describedInDivisionMentions, describedInMentions } from './described-in.ts';
import { afterOf } from './container-words.ts';
import { mentionCue } from './mention-cue.ts';
import { isFeatureOrLand, sizedTownIn, TOPIC_OR_WAY, WORLD_FAMOUS } from './natural-features.ts';
import type { AcceptedMention } from './resolve.ts';
import { tokenAt, type Token } from './tokens.ts';
import { unaccentedNamesakes } from './written-accents.ts';
import { filterPacked, mapPacked } from './packed.ts';
import { MentionSentences } from './mention-sentences.ts';
import { DocumentPopulations } from './document-populations.ts';
import { DocumentParents } from './document-parents.ts';
import { DocumentLists } from './document-lists.ts';
import { setInOtherRegionsOf } from './other-regions-text.ts';
import { seatCalledCity } from './region-seat.ts';
import { MAX_HOMONYMS } from './candidates.ts';

const NO_ALTERNATES: ReadonlySet<GazetteerPlace> = new Set();
// a town this big is what its name means even beside regions ("New York and New Jersey")
const METROPOLIS = 1_000_000;

export type { MentionEvidence };

export interface Homonyms {
	places: GazetteerPlace[];
	importance: number[];
	/** the places this name is only an alternate (foreign, old) name of */
	alternateNames: ReadonlySet<GazetteerPlace>;
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
	/** the kind of place mention i's own words ask for ("a village", "the Kagera region"), or null */
	kindCueOf(i: number): KindCue | null;
	/** the other items of the list the mention stands in, the nearest first on each side (a dozen at most each way) */
	listNeighbours(i: number): number[];
	/** "Linn County … Lyons": the readings resolution accepted for these mentions; only they are parents from now on */
	settle(readings: Map<number, GazetteerPlace>): void;
	/** the number of the sentence mention i stands in (0 the first) */
	sentenceOf(i: number): number;
	/** the mentions standing in a parent's position to mention i ("X, Y", "X in Y", "X, a town in Y") */
	parentsInPosition(i: number): number[];
}

/**
 * `pointedTo`: whether the text's own evidence points to a place whatever its rank among its
 * namesakes (a county named in lower-case words, an address's ZIP code, other names of the text around
 * it), asked of a mention's name `own` with its leading namesake `leading`; null where it has none.
 */
export function readDocument(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], pointedTo: ((place: GazetteerPlace, own: string, leading: GazetteerPlace) => boolean) | null = null): DocumentReading {
	return new DocumentReader(mentions, gazetteer, text, tokens, pointedTo);
}

// A class, not closures over the document: made once per document, its methods cost nothing to create
// (tsx, which runs the CLI, would name every inner function on every call).
// Everything is read lazily: most documents have few ambiguous mentions, many have none. The stages
// live in their own modules: sentences (mention-sentences.ts), stated populations
// (document-populations.ts), parents and counties (document-parents.ts), lists (document-lists.ts).
class DocumentReader implements DocumentReading, EvidenceSource {
	readonly #mentions: AcceptedMention[];
	readonly #gazetteer: Gazetteer;
	readonly #tokens: Token[];
	readonly #text: string;
	readonly #pointedTo: ((place: GazetteerPlace, own: string, leading: GazetteerPlace) => boolean) | null;
	readonly #sentences: MentionSentences;
	readonly #populations: DocumentPopulations;
	readonly #parents: DocumentParents;
	readonly #lists: DocumentLists;
	readonly #homonyms = new Map<number, Homonyms>();
	readonly #evidence = new Map<number, MentionEvidence | null>();
	readonly #cues = new Map<number, KindCue | null>();
	/** describedInMentions by mention: outside-containers.ts alone asks it three times a mention */
	readonly #describedInMentions = new Map<number, number[]>();
	#clauseBreaks: ClauseBreaks | null = null;

	constructor(mentions: AcceptedMention[], gazetteer: Gazetteer, text: string, tokens: Token[], pointedTo: ((place: GazetteerPlace, own: string, leading: GazetteerPlace) => boolean) | null) {
		this.#mentions = mentions;
		this.#text = text;
		this.#gazetteer = gazetteer;
		this.#tokens = tokens;
		this.#pointedTo = pointedTo;
		this.#sentences = new MentionSentences(mentions, tokens);
		this.#populations = new DocumentPopulations(mentions, tokens, this.#sentences);
		this.#lists = new DocumentLists(mentions, gazetteer, text, this.#sentences);
		this.#parents = new DocumentParents(mentions, gazetteer, tokens, this.#lists.joined, this.#sentences);
	}

	settle(readings: Map<number, GazetteerPlace>): void {
		if (readings.size > 0) this.#parents.settle(readings);
	}

	parentWeightsFor(sentence: number, place: GazetteerPlace): ParentWeights {
		return this.#parents.weightsFor(sentence, place);
	}

	sentenceOf(i: number): number {
		return this.#sentences.of(i);
	}

	parentsInPosition(i: number): number[] {
		return this.#lists.parentsInPosition(i);
	}

	listNeighbours(i: number): number[] {
		return this.#lists.listNeighbours(i);
	}

	amongCountriesOnly(i: number): boolean {
		return this.#lists.amongCountriesOnly(i);
	}

	siblingItem(i: number, other: number): boolean {
		const kind = listKind(bestReading(this.#mentions[other]!, this.#gazetteer));
		return kind !== null && this.#lists.listNeighbours(i).includes(other) && this.#lists.otherItemsOfKind(other, kind);
	}

	otherItemsOfKind(i: number, kind: string): boolean {
		return this.#lists.otherItemsOfKind(i, kind);
	}

	isListPair(i: number): boolean {
		return this.#lists.isListPair(i);
	}

	kindCueOf(i: number): KindCue | null {
		return this.#cueOf(i);
	}

	#cueOf(i: number): KindCue | null {
		let cue = this.#cues.get(i);
		if (cue === undefined) {
			cue = mentionCue(this.#mentions[i]!, this.#tokens, this.#gazetteer);
			this.#cues.set(i, cue);
		}
		return cue;
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
		const importance = candidate.importance.slice(0, MAX_HOMONYMS);
		// (made only where the name is another name of some place: most names are no place's other name)
		let alternates: Set<GazetteerPlace> | null = null;
		// (the places made in one loop with the alternate names: an array of indices mapped after cost as much again)
		const places: GazetteerPlace[] = [];
		for (let k = 0; k < importance.length; k++) {
			const place = gazetteer.places[candidate.places[k]!]!;
			places.push(place);
			if (candidate.alternate[k]) (alternates ??= new Set()).add(place);
		}
		// a small town named with its region, or whose population the text states (or that the text points
		// to otherwise), is weighed whatever its rank by population
		const pointedTo = this.#pointedTo;
		const stated = candidate.places.length > MAX_HOMONYMS && this.#populations.statedOf(i) ? this.#populations.statedFor(i) : null;
		if (candidate.places.length > MAX_HOMONYMS && (pointedTo || stated !== null || this.#parents.otherAround(i))) {
			const parents = this.#parents.aroundMention(i);
			// (the leading namesake that bears the name as its own: "Victoria" leads with Hong Kong by an old name)
			const leading = places.find((place) => !alternates?.has(place)) ?? places[0]!;
			for (let k = MAX_HOMONYMS; k < candidate.places.length; k++) {
				const place = gazetteer.places[candidate.places[k]!]!;
				if (parents.some((p) => p.mention !== i && liesIn(place, p.place, gazetteer)) || pointedTo?.(place, this.#mentions[i]!.key, leading) || (stated !== null && populationFit(place, stated) > 0)) {
					places.push(place);
					importance.push(candidate.importance[k]!);
					if (candidate.alternate[k]) (alternates ??= new Set()).add(place);
				}
			}
		}
		const alternateNames: ReadonlySet<GazetteerPlace> = alternates ?? NO_ALTERNATES;
		// "a federal judge in Wyoming": a state the gazetteer names "Wyoming State" because a city elsewhere
		// has the bare name is weighed beside that city (where it is not so big as to decide alone); a
		// city inside the state of its name is what the bare name means (Geneva, New York)
		let statesNamedLonger: Set<GazetteerPlace> | undefined;
		for (const state of stateReadings(this.#mentions[i]!.key, gazetteer)) {
			const cityInside = places.find((p) => p.kind === 'city' && p.country === state.country && p.admin1 === state.admin1);
			// ... but listed with other regions of its country, a town short of a metropolis's size gives its
			// name back to the region ("Ontario and Quebec": the province; "New York and New Jersey" stays), and so
			// does it after "from" in a text set in the country's other regions ("settlers from Quebec" in a Saskatchewan
			// town) where English calls the town "<name> City" (Quebec City: Valencia, the city, keeps its name beside Madrid
			// and Barcelona; "the stadium in Chihuahua" is the city); the region alone there, as the town lies outside
			// what the text is about
			if (places.includes(state)) continue;
			const small = cityInside !== undefined && cityInside.population < METROPOLIS;
			const listed = small && this.#listedWithRegionsOf(i, state.country);
			const elsewhere = small && !listed && this.#fromRegion(i) && seatCalledCity(this.#mentions[i]!.key, state, gazetteer) && setInOtherRegionsOf(this.#mentions, i, state, gazetteer);
			if (cityInside && !listed && !elsewhere) continue;
			if (elsewhere) {
				const town = places.indexOf(cityInside!);
				places.splice(town, 1);
				importance.splice(town, 1);
			}
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

	/** "settlers from Quebec": mention i names where someone or something came from (a land as often as a town). */
	#fromRegion(i: number): boolean {
		return tokenAt(this.#tokens, this.#mentions[i]!.candidate.first - 1)?.lower === 'from';
	}

	/** Whether another item of the list mention i stands in reads best as a first-level region of the country. */
	#listedWithRegionsOf(i: number, country: string | null): boolean {
		if (!this.#lists.inList(i)) return false;
		return this.#lists.listNeighbours(i).some((j) => {
			const best = bestReading(this.#mentions[j]!, this.#gazetteer);
			return isFirstLevelRegion(best) && best.country === country;
		});
	}

	/** The countries named near mention i, read when asked (made by a method: see NAMED_CLOSURES in eslint.config.js). */
	#countriesNear(i: number): () => ReadonlySet<string> {
		return () => countriesNamedNear(this.#mentions, this.#gazetteer, (j) => this.#sentences.of(j), i);
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
		// ... and so does a list of regions to a town's name ("Neuquén and Chubut": the province, "Neuquén Province" in full)
		const inList = this.#lists.inList(i);
		if (mention.candidate.places.length < 2 && !(inList && stateReadings(mention.key, this.#gazetteer).length > 0) && (!cue || this.homonymsOf(i).places[0] === bestReading(mention, this.#gazetteer))) return null;
		const parentsNamed = this.#parents.otherAround(i);
		const stated = this.#populations.statedFor(i);
		// most mentions: nothing around them to weigh
		if (!cue && !parentsNamed && !inList && stated === null) return null;
		const { places } = this.homonymsOf(i);
		const best = bestReading(mention, this.#gazetteer);
		// parents choose among settlements ("Lebanon is a city in Kansas": the first homonym the words leave):
		// "the United States and China" is no town in the US, nor "the Atlantic" a town in a state the text names
		const lead = places[0] ?? best;
		// (a historical land first too: "the crash in Bohemia" beside Suffolk County is Bohemia, New York)
		const land = lead.featureCode === 'RGNH';
		// ... and a county that holds its phrase speaks for a town named like a forest or a volcano far away ("the
		// Black Forest fire in El Paso County"): a county is local, where a state may be named in passing (not one
		// before it, where people come from: "hikers from El Paso County toured the Black Forest"; not where the
		// name is where people go or come from: "refugees from Darfur … in Watonwan County"; nor against an
		// ocean or a great river, whose fame no town's county outweighs: "storms from the Atlantic flooded Cass County";
		// nor for a post office alone of the name there: "Java coffee sold in Walworth County")
		const featureBesideCounty = parentsNamed && isFeatureOrLand(lead) && importanceOf(lead) < WORLD_FAMOUS && !TOPIC_OR_WAY.has(tokenAt(this.#tokens, mention.candidate.first - 1)?.lower ?? '') && sizedTownIn(places, this.#parents.countiesHoldingPhrase(i));
		const weighsParents = (lead.kind === 'city' || lead.kind === 'district' || land || featureBesideCounty) && parentsNamed;
		const evidence = new MentionWeighing(this, i, this.#sentences.of(i), inList, stated, this.#populations.statedOf(i) ? (this.#populations.statedDirectlyOf(i) ? 'directly' : 'nearby') : null, places, weighsParents, afterOf(mention.candidate.first, this.#tokens));
		const bestWeight = weighsParents ? evidence.parentWeight(best) : Infinity;
		const changesAnswer =
			places[0] !== best ||
			// a parent named only in passing ("flew to Texas") does not unseat a dominant namesake; a land is none
			// where its sentence names a town's parent ("near Franconia …, New Hampshire Fish and Game said")
			(weighsParents && places.some((p) => p !== best && evidence.parentWeight(p) > bestWeight && evidence.parentWeight(p) >= (land ? PARENT_WEIGHT.sentenceHint : PARENT_WEIGHT.opening))) ||
			(inList && !evidence.listFits(best) && places.some((p) => p !== best && evidence.listFits(p))) ||
			// a country among countries stays the country, whatever the text's other countries say of its namesakes;
			// a state among its country's states too, whatever towns of its name lie in another state the list names
			// ("from Chiapas, Guerrero, Sinaloa and Quintana Roo": not the Chiapas villages called Sinaloa and Quintana Roo)
			(inList && (best.kind === 'country' || isFirstLevelRegion(best)) && evidence.listFits(best)) ||
			// ... and a name listed among countries only that some land bears ("Italy, Spain and Florida": weigh-homonyms.ts)
			(inList && places.some(isFirstLevelRegion) && evidence.listedAmongCountries()) ||
			evidence.otherFits(best);
		return changesAnswer ? evidence : null;
	}

	/** The containers (best readings) the sentence describing the mention names after it, in its clause. */
	#describedIn(i: number): GazetteerPlace[] {
		return mapPacked(this.describedInMentions(i), (j) => bestReading(this.#mentions[j]!, this.#gazetteer));
	}

	/** The mentions the sentence describing mention i names as its containers, in its clause. */
	describedInMentions(i: number): number[] {
		let found = this.#describedInMentions.get(i);
		if (!found) this.#describedInMentions.set(i, (found = describedInMentions(this.#mentions, () => (this.#clauseBreaks ??= clauseBreaks(this.#text)), this.#tokens, (j) => this.#sentences.of(j), i)));
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
