// A small exact map from name keys to numbers that is asked by a span of text and its spanKeyHash, like
// the name table: the recogniser reads demonyms ("azerbaijani") and their first words ("south" of
// "south african") at every capitalised word, and a Map would need a lower-case string for each.
import { keyEqualsSpan, spanKeyHash } from './name-table.ts';

export class SpanKeyMap {
	readonly #chars: Uint16Array;
	/** per entry: key start in chars, key length */
	readonly #keys: Uint32Array;
	readonly #values: Int32Array;
	/** entry + 1 per slot, 0 = empty (open addressing, linear probing) */
	readonly #slots: Int32Array;
	readonly #hashes: Uint32Array;
	readonly #mask: number;

	/** Keys must be name keys (no upper-case ASCII letters). */
	constructor(entries: Iterable<readonly [string, number]>) {
		const list = [...entries];
		let slotCount = 8;
		while (slotCount < list.length * 2) slotCount *= 2;
		this.#chars = new Uint16Array(list.reduce((n, [key]) => n + key.length, 0));
		this.#keys = new Uint32Array(list.length * 2);
		this.#values = new Int32Array(list.length);
		this.#slots = new Int32Array(slotCount);
		this.#hashes = new Uint32Array(slotCount);
		this.#mask = slotCount - 1;
		let charAt = 0;
		list.forEach(([key, value], entry) => {
			for (let i = 0; i < key.length; i++) this.#chars[charAt + i] = key.charCodeAt(i);
			this.#keys[entry * 2] = charAt;
			this.#keys[entry * 2 + 1] = key.length;
			this.#values[entry] = value;
			charAt += key.length;
			const hash = spanKeyHash(key, 0, key.length);
			let slot = hash & this.#mask;
			while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
			this.#slots[slot] = entry + 1;
			this.#hashes[slot] = hash;
		});
	}

	/** The value of the key that is the text from start to end (ASCII letters lower-cased), or -1. */
	get(hash: number, text: string, start: number, end: number): number {
		let slot = hash & this.#mask;
		for (;;) {
			const stored = this.#slots[slot]!;
			if (stored === 0) return -1;
			const entry = stored - 1;
			if (this.#hashes[slot] === hash && this.#keys[entry * 2 + 1] === end - start && keyEqualsSpan(this.#chars, this.#keys[entry * 2]!, text, start, end)) return this.#values[entry]!;
			slot = (slot + 1) & this.#mask;
		}
	}
}
