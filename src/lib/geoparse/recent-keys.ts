// The name table's and the demonyms' answers for the keys read lately, in a small direct-mapped table by the
// key's hash. A news text reads the same spans again and again ("The", "But", "Washington": three reads in
// five are of a key read before in a GeoWebNews pass), and each probe of the name table touches a megabyte
// tag array, its entries and its keys, rarely in the processor's cache; this table's slot is two lines.
// The answers are the gazetteer's, not a text's: a remembered key is never wrong, only forgotten.
import { keyEqualsSpan } from '../gazetteer/name-table.ts';

const SLOTS = 4096;
// keys longer than this are not remembered (few spans read are)
const MAX_KEY = 24;

export class RecentKeys {
	readonly #hashes = new Uint32Array(SLOTS);
	/** the key's length, 0 for an empty slot */
	readonly #lengths = new Uint8Array(SLOTS);
	/** each slot's key, ASCII letters lower-cased, at slot × MAX_KEY */
	readonly #chars = new Uint16Array(SLOTS * MAX_KEY);
	readonly #entries = new Int32Array(SLOTS);
	readonly #demonyms = new Int32Array(SLOTS);

	/** The slot that remembers the key that is the text from start to end (its spanKeyHash `hash`), or -1. */
	slotOf(hash: number, text: string, start: number, end: number): number {
		const slot = hash & (SLOTS - 1);
		// (an empty span is never remembered: a cleared slot's length, 0, must not match it)
		return end > start && this.#hashes[slot] === hash && this.#lengths[slot] === end - start && keyEqualsSpan(this.#chars, slot * MAX_KEY, text, start, end) ? slot : -1;
	}

	entryAt(slot: number): number {
		return this.#entries[slot]!;
	}

	demonymAt(slot: number): number {
		return this.#demonyms[slot]!;
	}

	/** Remembers the key's name-table entry and demonym (each -1 for none), in place of the slot's last key. */
	remember(hash: number, text: string, start: number, end: number, entry: number, demonym: number): void {
		const length = end - start;
		if (length === 0 || length > MAX_KEY) return;
		const slot = hash & (SLOTS - 1);
		const at = slot * MAX_KEY;
		for (let i = 0; i < length; i++) {
			const code = text.charCodeAt(start + i);
			this.#chars[at + i] = code >= 65 && code <= 90 ? code + 32 : code;
		}
		this.#hashes[slot] = hash;
		this.#lengths[slot] = length;
		this.#entries[slot] = entry;
		this.#demonyms[slot] = demonym;
	}

	clear(): void {
		this.#lengths.fill(0);
	}
}
