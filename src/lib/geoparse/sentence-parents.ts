// The parents each sentence names (regions and districts, by every reading that may be meant) and what
// those around a sentence weigh for one place: "people in southwest Arkansas … Washington".
import { isFirstLevelRegion, type Gazetteer, type GazetteerPlace } from '../gazetteer/types.ts';
import { containment, isParentKind } from './containment.ts';
import { stateReadings } from './state-readings.ts';
import { afterContainmentWord, namedAsContainer } from './container-words.ts';
import { PARENT_WEIGHT, type ParentWeight, type ParentWeights } from './mention-evidence.ts';
import type { AcceptedMention } from './resolve.ts';
import type { Token } from './tokens.ts';
import { nameKey } from '../gazetteer/normalize.ts';

// the readings of a mention that may be a parent of another: "Georgia" is a country and a state
const PARENT_READINGS = 5;
// "Washington County" names one of thirty counties: each is a parent until other parents choose
const DISTRICT_READINGS = 50;
// Prose names a few parents a sentence (eight at most in 7,666 evaluation texts); a "sentence" naming
// more is a list or table with no full stops, and weighing every parent for every mention in it would
// cost its square. Counted by mention (each with its readings, DISTRICT_READINGS at most).
const MAX_PARENTS_PER_SENTENCE = 32;
/** sentences that make a document's opening: a title line and the first sentence of the text */
export const OPENING_SENTENCES = 2;

export interface Parent {
	mention: number;
	place: GazetteerPlace;
	sentence: number;
	/** named as a container: "in (southwest) Arkansas", "of Butler County", ", Indiana" */
	container: boolean;
	/** a state the name stands for only as a container ("in New York"; the bare name is the city's) */
	stateReading: boolean;
	/** a state the sentence speaks of, not a place it goes to: "Louisiana's past", "when Louisiana was young" */
	spokenOf: boolean;
	/** the key of the town's name it qualifies ("Knoxville, Tenn."): a container of places of that name only */
	qualifies?: string;
}

// "when Louisiana was young": a state followed by these is what its clause speaks of
const SUBJECT_VERBS = new Set(['is', 'was', 'has', 'had']);

/** "Louisiana's past", "Louisiana was": the mention is a possessive or the subject of its clause. */
function spokenOfAt(last: number, tokens: Token[]): boolean {
	const next = tokens[last + 1];
	if (!next) return false;
	if (next.text === 's' && /^['’]$/.test(next.gapBefore)) return true;
	return next.gapBefore === ' ' && SUBJECT_VERBS.has(next.text);
}

/** "Knoxville, Tenn.": the mention is a region straight after the name and comma of a town, not the text's first (a dateline's). */
function qualifiesTownBefore(mentions: AcceptedMention[], i: number, tokens: Token[], gazetteer: Gazetteer): boolean {
	const before = i > 1 ? mentions[i - 1] : undefined;
	const { first } = mentions[i]!.candidate;
	return before !== undefined && before.candidate.last === first - 1 && tokens[first]!.gapBefore === ', ' && bestReading(before, gazetteer).kind === 'city';
}

/** A mention's first reading: its most important homonym, before any context. */
export function bestReading(mention: AcceptedMention, gazetteer: Gazetteer): GazetteerPlace {
	return gazetteer.places[mention.candidate.places[0]!]!;
}

/** The first `limit` places of a candidate's (a loop: a slice of the indices mapped cost two arrays a mention). */
function leadingReadings(places: readonly number[], limit: number, gazetteer: Gazetteer): GazetteerPlace[] {
	const readings: GazetteerPlace[] = [];
	for (let k = 0; k < places.length && k < limit; k++) readings.push(gazetteer.places[places[k]!]!);
	return readings;
}

/**
 * The parents of each sentence, by sentence number. `joined[i]`: mention i and the next are items of
 * one list; `settled`: the readings resolution accepted (only they are parents then); `ownReadings`: a
 * mention's readings where the words after it make them other than its candidate's.
 */
export function parentsBySentence(
	mentions: AcceptedMention[],
	gazetteer: Gazetteer,
	tokens: Token[],
	joined: boolean[],
	settled: Map<number, GazetteerPlace> | null,
	sentenceOf: (mention: number) => number,
	ownReadings: (mention: number) => GazetteerPlace[] | null = () => null
): Map<number, Parent[]> {
	const bySentence = new Map<number, Parent[]>();
	// A place named again in its sentence adds nothing to weigh: two namings of each place, as
	// a container and not, are enough for every mention to see one that is not itself. Without
	// this, a long sentence that repeats a region ("Texas Texas Texas …") costs its square.
	// (counted by sentence and place: a key string made for each reading cost more than the rest of the loop)
	const namings = { container: new Map<number, Map<GazetteerPlace, number>>(), other: new Map<number, Map<GazetteerPlace, number>>() };
	const parentMentions = new Map<number, number>();
	for (let i = 0; i < mentions.length; i++) {
		const mention = mentions[i]!;
		const { places } = mention.candidate;
		const limit = bestReading(mention, gazetteer).kind === 'district' ? DISTRICT_READINGS : PARENT_READINGS;
		const chosen = settled?.get(i);
		// a given span that stops short of its county's name ("salem county"): the counties it names
		const readings = chosen ? [chosen] : (ownReadings(i)?.slice(0, DISTRICT_READINGS) ?? leadingReadings(places, limit, gazetteer));
		const own = readings.length;
		// "in upstate New York": the state, where the bare name is the city's (not in "Washington, New York
		// and Boston"; but in "in Batangas, Philippines", where what follows is its country)
		const listed = (joined[i] && bestReading(mentions[i + 1]!, gazetteer).kind !== 'country') || (i > 0 && joined[i - 1]);
		if (!chosen && afterContainmentWord(mention.candidate.first, tokens) && !listed) readings.push(...stateReadings(mention.key, gazetteer));
		const at = sentenceOf(i);
		// read once for the mention, where a reading asks
		let asContainer: boolean | undefined;
		for (let r = 0; r < readings.length; r++) {
			const place = readings[r]!;
			// countries speak through the country context; parents here are regions and districts
			if (!isParentKind(place) || place.kind === 'country') continue;
			// a county is specific enough to be a container however it is named ("the Meriwether County courthouse")
			const container = place.kind === 'district' || (asContainer ??= namedAsContainer(mention.candidate.first, tokens));
			const namingsBySentence = container ? namings.container : namings.other;
			let inSentence = namingsBySentence.get(at);
			if (!inSentence) namingsBySentence.set(at, (inSentence = new Map()));
			const times = inSentence.get(place) ?? 0;
			if (times >= 2) continue;
			inSentence.set(place, times + 1);
			const spokenOf = !container && isFirstLevelRegion(place) && spokenOfAt(mention.candidate.last, tokens);
			const parent: Parent = { mention: i, place, sentence: at, container, stateReading: r >= own, spokenOf };
			// "a son of Knoxville, Tenn.; a daughter of Huntsville": but for a dateline's, a state after a town's
			// comma contains that town's name alone (AP style names the state of each town outside the story's own)
			if (container && place.kind !== 'district' && qualifiesTownBefore(mentions, i, tokens, gazetteer)) parent.qualifies = mentions[i - 1]!.key;
			const group = bySentence.get(at);
			// counted by mention: every reading of "Washington County" stays, and so does the "Kansas" after it
			const newMention = !group || group[group.length - 1]!.mention !== i;
			const named = parentMentions.get(at) ?? 0;
			if (newMention && named >= MAX_PARENTS_PER_SENTENCE) continue;
			if (newMention) parentMentions.set(at, named + 1);
			if (group) group.push(parent);
			else bySentence.set(at, [parent]);
		}
	}
	return bySentence;
}

/** What the parents around a sentence (its own and the opening's) weigh for a place, each parent mention once by its strongest reading. */
export function weighParents(parents: Parent[], sentence: number, place: GazetteerPlace, gazetteer: Gazetteer): ParentWeights {
	// (made at the first parent the place lies in: most places, in none of them, share one empty answer)
	let byMention: Map<number, ParentWeight> | null = null;
	for (const p of parents) {
		const inside = containment(place, p.place, gazetteer);
		if (inside <= 0) continue;
		byMention ??= new Map();
		const here = p.sentence === sentence;
		const container = p.container && (p.qualifies === undefined || p.qualifies === nameKey(place.name));
		const named = inside * (container ? (here ? PARENT_WEIGHT.sentence : PARENT_WEIGHT.opening) : here ? PARENT_WEIGHT.sentenceHint : PARENT_WEIGHT.openingHint);
		// A container of this sentence counts in full where it stands in a parent's position to the
		// place or before it ("people in southwest Arkansas … Washington"), and so does a county
		// anywhere in it; a region after it, out of position, only as a hint ("talks in Geneva …
		// waited in New York"). A state the name stands for only as a container ("in New York", the
		// bare name being the city's) counts only in a parent's position. The opening's count as named.
		const elsewhere = p.stateReading ? 0 : !here || p.place.kind === 'district' ? named : Math.min(named, inside * PARENT_WEIGHT.sentenceHint);
		const preceding = p.stateReading || !here ? elsewhere : named;
		// "the homes of Washington … Louisiana's past": a state the sentence speaks of after a town it
		// does not travel to places that town as a state named in the opening does
		const spokenOf = here && p.spokenOf ? inside * PARENT_WEIGHT.opening : elsewhere;
		const known = byMention.get(p.mention);
		byMention.set(p.mention, {
			positioned: Math.max(known?.positioned ?? 0, named),
			preceding: Math.max(known?.preceding ?? 0, preceding),
			elsewhere: Math.max(known?.elsewhere ?? 0, elsewhere),
			spokenOf: Math.max(known?.spokenOf ?? 0, spokenOf),
			local: (known?.local ?? false) || here || p.place.kind === 'district'
		});
	}
	if (!byMention) return NO_PARENT_WEIGHTS;
	let total = 0;
	for (const w of byMention.values()) total += w.elsewhere;
	return { total, byMention };
}

const NO_PARENT_WEIGHTS: ParentWeights = { total: 0, byMention: new Map() };
