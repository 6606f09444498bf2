// What the gazetteer's word lists say of a word: how common it is in everyday English, whether it is a
// first name. One place for the look-ups the rules make, so that the thresholds read the same everywhere.
// (Remembering the answers by word was tried: a look-up in a small map of the words asked lately cost as
// much as one in the lists, the time going to hashing each token's freshly made lower-case string.)
import type { Gazetteer } from '../gazetteer/types.ts';
import { foldText } from '../fold.ts';
import { COMMON_WORD, EVERYDAY_WORD, GEOGRAPHIC_HEADS, INSTITUTION_HEADS, PERSON_TITLES } from './context-words.ts';
import type { Token } from './tokens.ts';

/** How often the word (lower case) is written in everyday English: its commonWords count, 0 for none. */
export function commonness(word: string | null, gazetteer: Gazetteer): number {
	return word === null ? 0 : (gazetteer.commonWords.get(word) ?? 0);
}

/** Whether the word (lower case) is a common English word (COMMON_WORD or more). */
export function isCommonWord(word: string, gazetteer: Gazetteer): boolean {
	return (gazetteer.commonWords.get(word) ?? 0) >= COMMON_WORD;
}

/** Whether commonWords lists the word at all. */
export function isListedWord(word: string, gazetteer: Gazetteer): boolean {
	return gazetteer.commonWords.has(word);
}

// A bit per cheap hash of each first name (its length and outer letters), tested before the set: four in
// five words asked are no first name, and the set's probe (8,422 names, its table and keys rarely in the
// processor's cache) costs more than a read of the word's letters and of one word of this small array.
const NAME_FILTER_BITS = 1 << 16;
const nameFilters = new WeakMap<ReadonlySet<string>, Uint32Array>();
let lastNames: ReadonlySet<string> | null = null;
let lastFilter: Uint32Array = new Uint32Array(0);

function nameFilterBit(word: string): number {
	const length = word.length;
	let hash = Math.imul(length, 0x9e3779b1);
	if (length > 0) hash = Math.imul(hash ^ word.charCodeAt(0), 0x01000193) ^ word.charCodeAt(length - 1);
	if (length > 1) hash = Math.imul(Math.imul(hash, 0x01000193) ^ word.charCodeAt(1), 0x01000193) ^ word.charCodeAt(length - 2);
	return Math.imul(hash, 0x85ebca6b) >>> 16;
}

function nameFilterOf(names: ReadonlySet<string>): Uint32Array {
	let filter = nameFilters.get(names);
	if (!filter) {
		filter = new Uint32Array(NAME_FILTER_BITS / 32);
		for (const name of names) {
			const bit = nameFilterBit(name);
			filter[bit >>> 5]! |= 1 << (bit & 31);
		}
		nameFilters.set(names, filter);
	}
	return filter;
}

const NON_ASCII = /[^ -~]/;

/**
 * "andrés", "maría", "raúl": a word with accents whose unaccented spelling the first-name lexicon holds. Asked only
 * where the word stands before a surname: alone, the accents mark a place's own spelling ("Şile", "Cristóbal").
 */
export function isAccentedFirstName(word: string, gazetteer: Gazetteer): boolean {
	return NON_ASCII.test(word) && isFirstName(foldText(word), gazetteer);
}

/** A first name before a surname: as the lexicon spells it, or with accents ("Andrés Medina", isAccentedFirstName). */
export function isFirstNameBeforeSurname(word: string, gazetteer: Gazetteer): boolean {
	return isFirstName(word, gazetteer) || isAccentedFirstName(word, gazetteer);
}

/** Whether the word (lower case) is a common English first name. */
export function isFirstName(word: string, gazetteer: Gazetteer): boolean {
	const names = gazetteer.firstNames;
	if (names !== lastNames) [lastNames, lastFilter] = [names, nameFilterOf(names)];
	const bit = nameFilterBit(word);
	return (lastFilter[bit >>> 5]! & (1 << (bit & 31))) !== 0 && names.has(word);
}

/** An everyday English word ("area") that names places only as another (old, foreign) name of theirs (judge.ts's phrase cues pass it by). */
export function everydayWordOnlyOtherwise(word: string | null, alternate: readonly boolean[], gazetteer: Gazetteer): boolean {
	return word !== null && alternate.every(Boolean) && commonness(word, gazetteer) >= EVERYDAY_WORD;
}

/** Whether the word (lower case) is a person's title or the head of a body's or a place's name ("minister", "council", "island"): no given name and no word a name is made of. */
export function isTitleOrHeadWord(word: string): boolean {
	return PERSON_TITLES.has(word) || INSTITUTION_HEADS.has(word) || GEOGRAPHIC_HEADS.has(word);
}

/** Whether the token is a capitalised word, spaced from the one before, that may be a name's own word: not all capitals, no title and no head ("Prime Minister Kenya", "says Halifax UK"). */
export function isCapitalisedNameWord(token: Token): boolean {
	return token.capitalized && !token.allCaps && token.gapBefore === ' ' && !isTitleOrHeadWord(token.lower);
}
