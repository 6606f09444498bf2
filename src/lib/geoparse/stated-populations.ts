// The population a sentence states ("a town of 1,525 inhabitants", "the population was 6,319") and how
// well a homonym's population fits it.
import { isUnsizedTown, type GazetteerPlace } from '../gazetteer/types.ts';
import { tokenAt, type Token } from './tokens.ts';

const SENTENCE_BREAK = /[.!?…]["'”’)\]]*\s|\n/;

/** Whether token i opens a new sentence: after . ! ? or a line break (not after "U.S."); never the first token. */
export function opensSentence(tokens: Token[], i: number): boolean {
	const token = tokens[i]!;
	// (". ", the commonest break, is a constant of the tokenizer's: answered without the expression)
	return i > 0 && token.sentenceStart && (token.gapBefore === '. ' || SENTENCE_BREAK.test(token.gapBefore));
}

/** Sentence number of every token (0 the first): see opensSentence. */
export function sentenceNumbers(tokens: Token[]): Int32Array {
	const numbers = new Int32Array(tokens.length);
	let sentence = 0;
	for (let i = 0; i < tokens.length; i++) {
		if (opensSentence(tokens, i)) sentence++;
		numbers[i] = sentence;
	}
	return numbers;
}

/** The tokens that open a sentence (opensSentence), in text order: read once a document, for all who number its sentences. */
export function sentenceBreaks(tokens: Token[]): number[] {
	const breaks: number[] = [];
	for (let i = 1; i < tokens.length; i++) if (opensSentence(tokens, i)) breaks.push(i);
	return breaks;
}

/**
 * Sentence numbers (sentenceNumbers') of the tokens a reader asks of, from a document's sentence breaks
 * (sentenceBreaks): resolution asks them of a few tokens a document, and neither a typed array of a
 * document's length nor a walk over its tokens for each reader is needed for that.
 */
export class SentenceCounter {
	readonly #breaks: readonly number[];
	/** the breaks at or before the token last asked */
	#passed = 0;

	constructor(breaks: readonly number[]) {
		this.#breaks = breaks;
	}

	/** The sentence number of token i (asked forward, mostly: from the last token asked, either way). */
	at(i: number): number {
		while (this.#passed > 0 && this.#breaks[this.#passed - 1]! > i) this.#passed--;
		while (this.#passed < this.#breaks.length && this.#breaks[this.#passed]! <= i) this.#passed++;
		return this.#passed;
	}
}

// "1,525 inhabitants", "15,134 people living in": counts of residents, not of a crowd ("drew 5,000 people")
const INHABITANTS = new Set(['inhabitants', 'inhabitant']);
const PEOPLE = new Set(['people', 'residents', 'persons']);
const LIVING = new Set(['living', 'live', 'lived', 'reside', 'resided', 'residing']);
// "male population: 674 … female population: 746": the two halves of one population
const SEXES = new Set(['male', 'female']);
// "the population of the city was 6,319": how far the number may stand from the word
const POPULATION_REACH = 6;
const MIN_STATED = 20;
// "population density of 1,200", "the population grew by 12,000": a number about the population, not its size
const POPULATION_CHANGES = new Set([
	'density', 'densities', 'grew', 'grow', 'grows', 'growth', 'increase', 'increased', 'increases', 'rose',
	'decline', 'declined', 'declines', 'fell', 'dropped', 'drop', 'by', 'change', 'changed', 'changes', 'loss', 'lost', 'gain', 'gained'
]);

/** "in 2010", "as of 2020", "(2010)": a year a population is given for, not the population. */
function yearOfCount(tokens: Token[], i: number, value: number, last: number): boolean {
	if (last !== i || tokens[i]!.text.length !== 4 || value < 1800 || value > 2099) return false;
	const before = tokenAt(tokens, i - 1)?.lower;
	return (
		/\(\s*$/.test(tokens[i]!.gapBefore) ||
		before === 'in' ||
		(before === 'of' && tokenAt(tokens, i - 2)?.lower === 'as')
	);
}

function startsWithDigit(word: string): boolean {
	const code = word.charCodeAt(0);
	return code >= 48 && code <= 57;
}

/** "7", ",", "266" → 7266: a number as written with thousands separators, from token i (or null). */
function numberAt(tokens: Token[], i: number): { value: number; last: number } | null {
	const first = tokens[i]!.text;
	if (!/^\d+$/.test(first)) return null;
	let digits = first;
	let last = i;
	// "1,525" and "1.525" continue in groups of three; "1525" and "38.7" do not
	if (first.length <= 3) {
		for (let next = tokens[last + 1]; next && /^[,.]$/.test(next.gapBefore) && /^\d{3}$/.test(next.text); next = tokens[last + 1]) {
			digits += next.text;
			last++;
		}
	}
	return { value: Number(digits), last };
}

/**
 * The population each sentence states ("a town of 1,525 inhabitants", "the population was 6,319"),
 * by sentence number: the first such statement of a sentence, read in one pass over the tokens.
 * `statedAt`, if given, gets the token of each sentence's stated number.
 */
export function statedPopulations(tokens: Token[], statedAt?: Map<number, number>, breaks: readonly number[] = sentenceBreaks(tokens)): Map<number, number> {
	const stated = new Map<number, number>();
	// (a token's sentence read only where it matters: near "population" and at a number)
	const sentences = new SentenceCounter(breaks);
	// the sentence of the last "population" (none yet: -1)
	let populationSentence = -1;
	// by sentence, the male and the female population it states (summed where it states both)
	const halves = new Map<number, Map<string, number>>();
	let populationAt = -Infinity;
	// "male" or "female" before the last "population", else null
	let sex: string | null = null;
	// a change or density word between "population" and the number
	let populationChanges = false;
	for (let i = 0; i < tokens.length; i++) {
		// most words are neither "population" (ten letters in any case), nor near it, nor a number
		const text = tokens[i]!.text;
		// (the first letter before a lower-cased copy: many words have ten letters; only "p" and "P" lower-case to "p")
		if (text.length === 10 && (text.charCodeAt(0) | 32) === 112 && text.toLowerCase() === 'population') {
			populationAt = i;
			populationSentence = sentences.at(i);
			populationChanges = false;
			const before = tokenAt(tokens, i - 1)?.lower ?? '';
			sex = SEXES.has(before) ? before : null;
			continue;
		}
		const nearPopulation = i - populationAt <= POPULATION_REACH && populationSentence === sentences.at(i);
		if (nearPopulation && POPULATION_CHANGES.has(text.toLowerCase())) populationChanges = true;
		if (!startsWithDigit(text)) continue;
		const number = numberAt(tokens, i);
		if (!number) continue;
		const sentence = sentences.at(i);
		const start = i;
		i = number.last;
		if (stated.has(sentence) || number.value < MIN_STATED) continue;
		const noun = tokens[i + 1]?.lower ?? '';
		const residents = INHABITANTS.has(noun) || (PEOPLE.has(noun) && LIVING.has(tokens[i + 2]?.lower ?? ''));
		// the year is passed over and the number after it, still within reach, read
		const afterPopulation =
			nearPopulation && !populationChanges && noun !== 'per' && !yearOfCount(tokens, start, number.value, number.last);
		if (afterPopulation && sex !== null) {
			const found = halves.get(sentence) ?? new Map<string, number>();
			if (!found.has(sex)) found.set(sex, number.value);
			halves.set(sentence, found);
			if (!statedAt?.has(sentence)) statedAt?.set(sentence, start);
		} else if (afterPopulation || residents) {
			stated.set(sentence, number.value);
			statedAt?.set(sentence, start);
		}
	}
	for (const [sentence, found] of halves) if (found.size === SEXES.size && !stated.has(sentence)) stated.set(sentence, [...found.values()].reduce((a, b) => a + b, 0));
	return stated;
}

/**
 * The mentions (by index, in text order) a population is stated of: in each sentence with a statement
 * (`statedAt`: its number), the last name before the number ("the village of Ashby, population 450",
 * "Kingston had a population of", "male population in Bristol town: 821"; a parent after a comma,
 * "Ashby, Ohio, population 450", is not one), or, where the statement's sentence names nothing before
 * it ("The population was 359"), the first name of the sentence before. Names after the number or in
 * other sentences ("… lies an hour from London") are not what the number is said of; the subject's own
 * name said again in or next to the statement's sentence is. Each subject maps to whether its own
 * sentence states the number of it (true) or it was found by the sentence before or by its name (false).
 */
export function populationSubjects(mentions: { first: number; last: number; key: string }[], sentenceOf: (i: number) => number, statedAt: Map<number, number>, tokens: Token[]): Map<number, boolean> {
	const lastBefore = new Map<number, number>();
	const firstOf = new Map<number, number>();
	for (let i = 0; i < mentions.length; i++) {
		const sentence = sentenceOf(i);
		if (!firstOf.has(sentence)) firstOf.set(sentence, i);
		const at = statedAt.get(sentence);
		const { first } = mentions[i]!;
		if (at === undefined || first >= at) continue;
		const previous = mentions[i - 1];
		const qualifier = firstOf.get(sentence) !== i && previous !== undefined && previous.last === first - 1 && tokens[first]!.gapBefore.includes(',');
		if (!qualifier) lastBefore.set(sentence, i);
	}
	// each subject, and whether the statement names it in its own sentence ("Cairo had a population of 785")
	const subjects = new Map<number, boolean>();
	// by sentence, the names a population is stated of in it or next to it
	const subjectNames = new Map<number, Set<string>>();
	for (const sentence of statedAt.keys()) {
		const direct = lastBefore.get(sentence);
		const subject = direct ?? (statedAt.has(sentence - 1) ? undefined : firstOf.get(sentence - 1));
		if (subject === undefined) continue;
		subjects.set(subject, direct !== undefined);
		for (const near of [sentence - 1, sentence, sentence + 1]) {
			const names = subjectNames.get(near) ?? new Set<string>();
			names.add(mentions[subject]!.key);
			subjectNames.set(near, names);
		}
	}
	// the same name again around the statement ("Springfield had a population of 499. Springfield ranks …")
	if (subjects.size > 0) for (let i = 0; i < mentions.length; i++) if (!subjects.has(i) && subjectNames.get(sentenceOf(i))?.has(mentions[i]!.key)) subjects.set(i, false);
	return subjects;
}

// a stated population fits a place within a factor of two (censuses years apart, town and township),
// the closer the better
const POPULATION_FIT = Math.log(2);

// A town known only from a post-office list is one GeoNames counts no town of 500 (the gazetteer takes
// every town of that size, cities500): any smaller stated population fits it, half as well as a census
// count fits a town of that count, fading to nothing at twice that size
const UNSIZED_BELOW = 500;
const UNSIZED_FIT = 0.5;

/** How well a place's population fits a stated one: 1 for the same, 0 for a factor of two or more. */
export function populationFit(place: GazetteerPlace, stated: number): number {
	if (place.kind !== 'city') return 0;
	if (isUnsizedTown(place)) return UNSIZED_FIT * Math.max(0, Math.min(1, 1 - Math.log(stated / UNSIZED_BELOW) / POPULATION_FIT));
	if (place.population <= 0) return 0;
	return Math.max(0, 1 - Math.abs(Math.log(place.population / stated)) / POPULATION_FIT);
}

// beyond twice a stated population a town fits it no more (POPULATION_FIT), so its size says no more either
const STATED_SIZE_REACH = 2;

/**
 * What a homonym's size says (log10 of its importance) where the text states the population of the
 * place meant and some homonym fits it: "a population of 359" makes a capital of a million no likelier
 * than a town of 700, and a town known only from a post-office list (under 500) as likely as one of the
 * stated size.
 */
export function sizeAgainstStated(place: GazetteerPlace, importance: number, stated: number): number {
	const size = Math.log10(Math.max(importance, 1));
	if (place.kind !== 'city') return size;
	if (isUnsizedTown(place)) return stated < UNSIZED_BELOW ? Math.log10(stated) : size;
	return Math.min(size, Math.log10(STATED_SIZE_REACH * stated));
}
