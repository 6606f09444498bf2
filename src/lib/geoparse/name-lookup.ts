// What a span of text names in the gazetteer: its places ranked (with demonyms), and whether a longer
// name may begin with it. Asked at every capitalised word and every longer span the recogniser tries,
// so a span of plain words is hashed as written and probed in the name table with no string made.
import { nameKey } from '../gazetteer/normalize.ts';
import { spanKeyHash } from '../gazetteer/name-table.ts';
import { SpanKeyMap } from '../gazetteer/span-key-map.ts';
import type { Gazetteer } from '../gazetteer/types.ts';
import { accentedLetters, weighWrittenAccents } from './written-accents.ts';
import { placesWrittenSo, writtenInCamelCase } from './written-case.ts';
import { forgetStateReadings } from './state-readings.ts';
import { matchOf, type Match } from './named-places.ts';
import { RecentKeys } from './recent-keys.ts';
export { single, type Match } from './named-places.ts';

/** The match of a key, not remembered: for spans a caller gives. */
export function lookup(gazetteer: Gazetteer, key: string, singleWord: boolean): Match | null {
	const reader = readerOf(gazetteer);
	const hash = spanKeyHash(key, 0, key.length);
	const demonym = singleWord || key.includes(' ') ? reader.demonyms.get(hash, key, 0, key.length) : -1;
	return matchOf(gazetteer, gazetteer.byName.entryOfSpan(hash, key, 0, key.length), demonym, key, 0, key.length);
}

/**
 * news names the same places again and again, in a text ("Washington" ten times) and across texts
 * ("China"), and each time would rank the same homonyms: matches are remembered by the name table's
 * entry (a number, not the span's string), per gazetteer, up to a bound; shared, never changed.
 */
const REMEMBERED_NAMES = 50_000;

export class NameReader {
	readonly demonyms: SpanKeyMap;
	/** every demonym's part before each of its spaces ("south" of "south african") */
	readonly demonymPrefixes: SpanKeyMap;
	/** by name entry × 2 (+ 1 where a demonym of that key applies), or by −1 − demonym index where only a demonym does */
	matches = new Map<number, Match>();
	/** the name table's and the demonyms' answers for the keys read lately */
	readonly recentKeys = new RecentKeys();
	/** by the span as written, for spans with accented letters: the match they weigh and its weighing */
	accented = new Map<string, { base: Match; weighed: Match }>();
	/** by the span as written, for spans with a capital inside a word: the match and the places written so */
	camelCased = new Map<string, { base: Match; kept: Match }>();
	// the key last read, for beginsLonger: the text it is in (lower-cased ASCII), its bounds and hash
	#keyText = '';
	#keyStart = 0;
	#keyEnd = 0;
	#keyHash = 0;
	/** the key last read is the span of plain words as written (read's plain case), not a key string made for it */
	#keyPlain = false;
	/** the hashes of the demonyms and of their parts before a space (#mayName's, for a span not written as its key) */
	readonly #demonymHashes = new Set<number>();
	/** #hashThrough's span is its key as written */
	#throughAsWritten = true;

	constructor(readonly gazetteer: Gazetteer) {
		this.demonyms = new SpanKeyMap(gazetteer.demonyms);
		const prefixes = new Set<string>();
		for (const key of gazetteer.demonyms.keys()) for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
		this.demonymPrefixes = new SpanKeyMap([...prefixes].map((prefix) => [prefix, 0] as const));
		for (const key of [...gazetteer.demonyms.keys(), ...prefixes]) this.#demonymHashes.add(spanKeyHash(key, 0, key.length));
	}

	/** The match of the text from start to end (a name of one word or of several). */
	read(text: string, start: number, end: number, singleWord: boolean): Match | null {
		// a longer reading of the name last read ("Commerce and Industry" after "Commerce", "Columbus, Ohio"
		// after "Columbus"): most name nothing and begin nothing, which the span's hash and the filters say
		if (start === this.#keyStart && end > this.#keyEnd && this.#keyPlain && text === this.#keyText && this.#namesNothingThrough(end)) return null;
		// plain words (ASCII letters and digits, single spaces): the key is the lower case of the span itself
		let plain = true;
		let hasSpace = false;
		// a capital after a small letter ("NoMa"): the places are then those written so (written-case.ts)
		let camel = false;
		for (let i = start; i < end; i++) {
			const code = text.charCodeAt(i);
			if (code >= 65 && code <= 90) {
				if (i > start && !camel) {
					const previous = text.charCodeAt(i - 1);
					camel = previous >= 97 && previous <= 122;
				}
				continue;
			}
			if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) continue;
			if (code === 32 && i > start && i < end - 1 && text.charCodeAt(i - 1) !== 32) {
				hasSpace = true;
				continue;
			}
			plain = false;
			break;
		}
		if (plain) {
			const match = this.#readKey(text, start, end, singleWord || hasSpace);
			this.#keyPlain = true;
			return match && camel ? this.#writtenSo(match, text.slice(start, end)) : match;
		}
		const written = text.slice(start, end);
		const key = nameKey(written);
		let match = this.#readKey(key, 0, key.length, singleWord || key.includes(' '));
		this.#keyPlain = false;
		if (match) match = this.#writtenSo(match, written);
		return match && match.places.length > 1 ? this.#withWrittenAccents(match, written) : match;
	}

	/** The match's places written as the span is, where it has a capital inside a word (written-case.ts). */
	#writtenSo(match: Match, written: string): Match {
		if (!writtenInCamelCase(written)) return match;
		const remembered = this.camelCased.get(written);
		if (remembered?.base === match) return remembered.kept;
		if (this.camelCased.size >= REMEMBERED_NAMES) this.camelCased.clear();
		const kept = placesWrittenSo(this.gazetteer, match, written);
		this.camelCased.set(written, { base: match, kept });
		return kept;
	}

	/** The match as the accents written in the span weigh it (written-accents.ts), remembered by the span's spelling. */
	#withWrittenAccents(match: Match, written: string): Match {
		if (!accentedLetters(written)) return match;
		const remembered = this.accented.get(written);
		if (remembered?.base === match) return remembered.weighed;
		if (this.accented.size >= REMEMBERED_NAMES) this.accented.clear();
		const weighed = weighWrittenAccents(this.gazetteer, match, written);
		this.accented.set(written, { base: match, weighed });
		return weighed;
	}

	/** read, for the key that is the text from start to end with ASCII letters lower-cased */
	/**
	 * Whether some key of more words begins with the key last read and a space (true may be a hash
	 * collision): asked only where the next word could go on a name, two probes of tables that rarely
	 * stay in the processor's cache.
	 */
	beginsLonger(): boolean {
		return this.gazetteer.byName.beginsLongerHash(this.#keyHash) || this.demonymPrefixes.get(this.#keyHash, this.#keyText, this.#keyStart, this.#keyEnd) >= 0;
	}

	/**
	 * Whether the key last read, a space and the next word (from `start` to `end` in the same text) may
	 * name something or begin a longer name. False is certain: no name key or demonym is that span or goes
	 * on from it, so a read of it would find nothing and stop there. Most spans of several words that the
	 * recogniser would read are neither ("the Trump", "President Donald"), and each read probes tables
	 * rarely in the processor's cache, where this asks two bits and the small demonym tables.
	 */
	mayNameWithNextWord(start: number, end: number): boolean {
		// (only a span of plain words, one space and a word of ASCII letters and digits is a key as written)
		if (!this.#keyPlain || start !== this.#keyEnd + 1 || this.#keyText.charCodeAt(this.#keyEnd) !== 32) return true;
		const hash = this.#hashThrough(end);
		return hash < 0 || this.#mayName(hash, end);
	}

	/**
	 * The key of the text from the key last read (plain, read as written) to `end` extends that key by
	 * words of ASCII letters and digits, each after one space, a comma and a space or a full stop and a
	 * space (which the key reads as one space, normalize.ts): that key's hash, or -1 for any other span.
	 * #throughAsWritten says whether the span is its key as written (one space before each word).
	 */
	#hashThrough(end: number): number {
		const text = this.#keyText;
		let hash = this.#keyHash;
		let asWritten = true;
		let i = this.#keyEnd;
		while (i < end) {
			let code = text.charCodeAt(i);
			if (code === 44 || code === 46) {
				asWritten = false;
				code = text.charCodeAt(++i);
			}
			if (code !== 32) return -1;
			hash = Math.imul(hash ^ 32, 0x01000193);
			const wordStart = ++i;
			for (; i < end; i++) {
				code = text.charCodeAt(i);
				if (code === 32 || code === 44 || code === 46) break;
				const upper = code >= 65 && code <= 90;
				if (!upper && !(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) return -1;
				hash ^= upper ? code + 32 : code;
				hash = Math.imul(hash, 0x01000193);
			}
			if (i === wordStart) return -1;
		}
		this.#throughAsWritten = asWritten;
		return hash >>> 0;
	}

	/** Whether a key with this hash (#hashThrough's, of the span from the key last read's start to `end`) may be a name's, a demonym's or begin one of more words. */
	#mayName(hash: number, end: number): boolean {
		const { byName } = this.gazetteer;
		if (byName.mayHoldSpacedHash(hash) || byName.beginsLongerHash(hash)) return true;
		// (a span not written as its key is asked of the demonyms by its hash alone)
		if (!this.#throughAsWritten) return this.#demonymHashes.has(hash);
		return this.demonyms.get(hash, this.#keyText, this.#keyStart, end) >= 0 || this.demonymPrefixes.get(hash, this.#keyText, this.#keyStart, end) >= 0;
	}

	/**
	 * read's answer (null) for a span that goes on from the key last read by #hashThrough's words where no
	 * key may be it or begin with it: the key last read becomes that span's, as read would leave it for
	 * beginsLonger and mayNameWithNextWord. False where the span may name something (read it).
	 */
	#namesNothingThrough(end: number): boolean {
		const hash = this.#hashThrough(end);
		if (hash < 0 || this.#mayName(hash, end)) return false;
		this.#keyEnd = end;
		this.#keyHash = hash;
		this.#keyPlain = this.#throughAsWritten;
		return true;
	}

	/**
	 * Whether the text from start to end may be a name key of more than one word. False is certain
	 * where the span is plain words (no key of the table is it, whatever a demonym says): a caller that
	 * wants only a name's places ("the Hague", article-names.ts) need not read it. Other spans: true.
	 */
	mayBeSpacedName(text: string, start: number, end: number): boolean {
		let hash = 0x811c9dc5;
		let spaced = false;
		for (let i = start; i < end; i++) {
			let code = text.charCodeAt(i);
			if (code >= 65 && code <= 90) code += 32;
			else if (code === 32) {
				// (a space at either end or after another: not plain, read as written)
				if (i === start || i === end - 1 || text.charCodeAt(i - 1) === 32) return true;
				spaced = true;
			} else if (!(code >= 97 && code <= 122) && !(code >= 48 && code <= 57)) return true;
			hash ^= code;
			hash = Math.imul(hash, 0x01000193);
		}
		return !spaced || this.gazetteer.byName.mayHoldSpacedHash(hash >>> 0);
	}

	#readKey(text: string, start: number, end: number, demonymApplies: boolean): Match | null {
		const { byName } = this.gazetteer;
		const hash = spanKeyHash(text, start, end);
		this.#keyText = text;
		this.#keyStart = start;
		this.#keyEnd = end;
		this.#keyHash = hash;
		const slot = this.recentKeys.slotOf(hash, text, start, end);
		let entry: number;
		let demonym: number;
		if (slot >= 0) {
			entry = this.recentKeys.entryAt(slot);
			demonym = demonymApplies ? this.recentKeys.demonymAt(slot) : -1;
		} else {
			entry = byName.entryOfSpan(hash, text, start, end);
			const anyDemonym = this.demonyms.get(hash, text, start, end);
			this.recentKeys.remember(hash, text, start, end, entry, anyDemonym);
			demonym = demonymApplies ? anyDemonym : -1;
		}
		if (entry < 0 && demonym < 0) return null;
		const remembered = entry >= 0 ? entry * 2 + (demonym >= 0 ? 1 : 0) : -1 - demonym;
		let match = this.matches.get(remembered);
		if (match === undefined) {
			// a crude bound (forget everything): what a corpus names often is soon remembered again
			if (this.matches.size >= REMEMBERED_NAMES) this.matches.clear();
			match = matchOf(this.gazetteer, entry, demonym, text, start, end)!;
			this.matches.set(remembered, match);
		}
		return match;
	}
}

const readers = new WeakMap<Gazetteer, NameReader>();

export function readerOf(gazetteer: Gazetteer): NameReader {
	let reader = readers.get(gazetteer);
	if (!reader) readers.set(gazetteer, (reader = new NameReader(gazetteer)));
	return reader;
}

/** Forgets what look-ups remembered: a benchmark pass then reads its texts as a corpus seen for the first time. */
export function forgetRememberedNames(gazetteer: Gazetteer): void {
	readers.get(gazetteer)?.matches.clear();
	readers.get(gazetteer)?.accented.clear();
	readers.get(gazetteer)?.camelCased.clear();
	readers.get(gazetteer)?.recentKeys.clear();
	forgetStateReadings(gazetteer);
}
