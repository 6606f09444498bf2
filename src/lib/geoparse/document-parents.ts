// The parents around each mention of a document: those its sentence and the opening name, and the
// counties named anywhere (document-districts.ts), read once per sentence; after resolution settles
// readings, only those readings are parents.
import type { Gazetteer, GazetteerPlace } from '../gazetteer/types.ts';
import { districtsBeyondOpening, givenDistrictReadings } from './document-districts.ts';
import type { ParentWeights } from './mention-evidence.ts';
import type { MentionSentences } from './mention-sentences.ts';
import type { AcceptedMention } from './resolve.ts';
import { OPENING_SENTENCES, parentsBySentence, weighParents, type Parent } from './sentence-parents.ts';
import { tokenAt, type Token } from './tokens.ts';

const NO_PARENTS: Parent[] = [];
// the words a county may stand after the name it holds: the name's noun and "in" ("fire in", "'s council near")
const PHRASE_WORDS = 4;
const PLACING_WORDS = new Set(['in', 'near']);

export class DocumentParents {
	readonly #mentions: AcceptedMention[];
	readonly #gazetteer: Gazetteer;
	readonly #tokens: Token[];
	/** the mention and the next are items of one list */
	readonly #joined: boolean[];
	readonly #sentences: MentionSentences;
	#bySentence: Map<number, Parent[]> | null = null;
	#documentDistricts: Parent[] | null = null;
	readonly #around = new Map<number, Parent[]>();
	/** mentions whose reading resolution has accepted: parents only by it */
	#settled: Map<number, GazetteerPlace> | null = null;
	// What the parents around a sentence weigh for a place, each parent mention once by its strongest
	// reading, kept per (sentence, place): every mention of a long sentence asks the same question, and
	// answering it afresh would cost parents × readings × homonyms each time.
	readonly #weightsBySentence = new Map<number, Map<GazetteerPlace, ParentWeights>>();

	constructor(mentions: AcceptedMention[], gazetteer: Gazetteer, tokens: Token[], joined: boolean[], sentences: MentionSentences) {
		this.#mentions = mentions;
		this.#gazetteer = gazetteer;
		this.#tokens = tokens;
		this.#joined = joined;
		this.#sentences = sentences;
	}

	/** "Linn County … Lyons": the readings resolution accepted for these mentions; only they are parents from now on */
	settle(readings: Map<number, GazetteerPlace>): void {
		this.#settled = readings;
		// parents read before this were read with every reading
		this.#bySentence = null;
		this.#documentDistricts = null;
		this.#around.clear();
		this.#weightsBySentence.clear();
	}

	#inSentence(sentence: number): Parent[] {
		return (this.#bySentence ??= this.#bySentenceOnce()).get(sentence) ?? NO_PARENTS;
	}

	#bySentenceOnce(): Map<number, Parent[]> {
		return parentsBySentence(this.#mentions, this.#gazetteer, this.#tokens, this.#joined, this.#settled, (i) => this.#sentences.of(i), (i) => givenDistrictReadings(this.#mentions[i]!, this.#tokens, this.#gazetteer));
	}

	/** The parents a mention of this sentence may lie in: the opening's and the sentence's own. */
	aroundSentence(sentence: number): Parent[] {
		let found = this.#around.get(sentence);
		if (found) return found;
		found = [];
		for (let s = 0; s < OPENING_SENTENCES; s++) if (s !== sentence) found.push(...this.#inSentence(s));
		found.push(...this.#inSentence(sentence));
		for (const p of (this.#documentDistricts ??= districtsBeyondOpening((this.#bySentence ??= this.#bySentenceOnce()), this.#mentions, this.#settled))) if (p.sentence !== sentence) found.push(p);
		this.#around.set(sentence, found);
		return found;
	}

	/** The parents around a mention: its sentence's and the opening's, with the mention's own among them. */
	aroundMention(i: number): Parent[] {
		return this.aroundSentence(this.#sentences.of(i));
	}

	/** Whether a parent is named around the mention by another mention. */
	otherAround(i: number): boolean {
		return this.aroundMention(i).some((p) => p.mention !== i);
	}

	/**
	 * The counties (any reading) that hold the mention's own phrase: "the X fire in Y County", "X's
	 * council near Y County" — the county "in" or "near" a few words after the name, not one later in a long
	 * sentence ("a doctor back from X spoke at a clinic in Y County": where the speaker is, not X).
	 */
	countiesHoldingPhrase(i: number): GazetteerPlace[] {
		const last = this.#mentions[i]!.candidate.last;
		const counties: GazetteerPlace[] = [];
		for (const p of this.#inSentence(this.#sentences.of(i))) {
			if (p.mention <= i || p.place.kind !== 'district') continue;
			const first = this.#mentions[p.mention]!.candidate.first;
			if (first - last - 1 <= PHRASE_WORDS && PLACING_WORDS.has(tokenAt(this.#tokens, first - 1)!.lower)) counties.push(p.place);
		}
		return counties;
	}

	/** What the parents around a sentence weigh for a place (sentence-parents.ts weighParents), kept per (sentence, place). */
	weightsFor(sentence: number, place: GazetteerPlace): ParentWeights {
		let bySentence = this.#weightsBySentence.get(sentence);
		if (!bySentence) this.#weightsBySentence.set(sentence, (bySentence = new Map()));
		let found = bySentence.get(place);
		if (found) return found;
		found = weighParents(this.aroundSentence(sentence), sentence, place, this.#gazetteer);
		bySentence.set(place, found);
		return found;
	}
}
