// A read-only hash table from name keys to place indices, stored as one binary buffer: loading it
// is a file read, with no per-name work (half a million names would otherwise take ~0.5 s to index).
//
// Layout (little-endian; every section 4-byte aligned):
//   header   Uint32 × 6: magic, version, entry count, slot count, char count, value count
//   slots    Int32 × slotCount           entry index + 1, 0 = empty (open addressing, linear probing)
//   entries  Uint32 × 4 × entryCount     key offset, key length, value offset, value count
//   values   Uint32 × valueCount         place indices, most important first
//   chars    Uint16 × charCount          the keys, as UTF-16 code units
//   (version 2, what keyDigests works out, stored so that loading does no per-key work:)
//   tags     Uint8 × slotCount, padded to 4 bytes
//   prefixes Uint32 × PREFIX_BITS / 32
//   (version 3:)
//   spaced   Uint32 × PREFIX_BITS / 32
// A version 1 or 2 table (fewer digests) still loads: the missing ones are worked out then (~0.1 s).

const MAGIC = 0x47_5a_4e_54; // "GZNT"
const VERSION = 3;
const PREFIX_VERSION = 2;
const HEADER_WORDS = 6;

/** FNV-1a over UTF-16 code units (also the place table's id hash, place-ids.ts). */
export function hashKey(key: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < key.length; i++) {
		hash ^= key.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * hashKey of the key that is the text from start to end with ASCII letters in lower case: a recogniser
 * hashes a span of plain words as written, with no string made for it or for its key.
 */
export function spanKeyHash(text: string, start: number, end: number): number {
	let hash = 0x811c9dc5;
	for (let i = start; i < end; i++) {
		const code = text.charCodeAt(i);
		hash ^= code >= 65 && code <= 90 ? code + 32 : code;
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** Whether the key stored at start in chars equals the text from `from` to `to`, ASCII letters lower-cased. */
export function keyEqualsSpan(chars: Uint16Array, start: number, text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (chars[start + i - from] !== (code >= 65 && code <= 90 ? code + 32 : code)) return false;
	}
	return true;
}

/** Whether the key stored at start in chars is the text from `from` to `to` as written. */
function keyEqualsText(chars: Uint16Array, start: number, text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (chars[start + i - from] !== text.charCodeAt(i)) return false;
	return true;
}

/** The hash's top byte (the slot comes from its low bits), never 0. */
function tagOf(hash: number): number {
	return hash >>> 24 || 1;
}

const SPACE = 32;
// one bit per hash of a key's first words: a 512 KB filter, wrong (saying yes) for about one word in twenty
const PREFIX_BITS = 1 << 22;

function prefixBit(hash: number): number {
	return hash & (PREFIX_BITS - 1);
}

function setBit(bits: Uint32Array, hash: number): void {
	const bit = prefixBit(hash);
	bits[bit >>> 5]! |= 1 << (bit & 31);
}

function hasBit(bits: Uint32Array, hash: number): boolean {
	const bit = prefixBit(hash);
	return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

interface KeyDigests {
	tags: Uint8Array;
	wordPrefixes: Uint32Array;
	spacedKeys: Uint32Array;
}

/**
 * What the table keeps beside the stored keys, from one pass over them: each slot's tag, a filter of
 * every key's part before each of its spaces (a clear bit: no key goes on from there), and one of the
 * keys of more than one word (a clear bit: no such key).
 */
function keyDigests(slots: Int32Array, entries: Uint32Array, chars: Uint16Array): KeyDigests {
	// entries and their keys in stored order (reading them in slot order would jump around megabytes),
	// then each slot's tag from that half-megabyte
	const byEntry = new Uint8Array(entries.length / 4);
	const wordPrefixes = new Uint32Array(PREFIX_BITS / 32);
	const spacedKeys = new Uint32Array(PREFIX_BITS / 32);
	for (let entry = 0; entry < byEntry.length; entry++) {
		const start = entries[entry * 4]!;
		const end = start + entries[entry * 4 + 1]!;
		let hash = 0x811c9dc5;
		let spaced = false;
		for (let i = start; i < end; i++) {
			const code = chars[i]!;
			if (code === SPACE) {
				setBit(wordPrefixes, hash);
				spaced = true;
			}
			hash ^= code;
			hash = Math.imul(hash, 0x01000193);
		}
		if (spaced) setBit(spacedKeys, hash);
		byEntry[entry] = tagOf(hash >>> 0);
	}
	const tags = new Uint8Array(slots.length);
	for (let slot = 0; slot < slots.length; slot++) {
		const stored = slots[slot]!;
		if (stored !== 0) tags[slot] = byEntry[stored - 1]!;
	}
	return { tags, wordPrefixes, spacedKeys };
}

export class NameTable {
	readonly size: number;
	readonly #slots: Int32Array;
	readonly #entries: Uint32Array;
	readonly #values: Uint32Array;
	readonly #chars: Uint16Array;
	/** a byte of each slot's key hash (0: empty slot): most names looked up are not in the table, and a
	 * probe that reads only this megabyte answers them without touching the entries and keys */
	readonly #tags: Uint8Array;
	readonly #mask: number;
	/** a bit per hash of every key's first words (see beginsLongerKey) */
	readonly #wordPrefixes: Uint32Array;
	/** a bit per hash of every key of more than one word (see mayHoldSpacedHash) */
	readonly #spacedKeys: Uint32Array;

	constructor(buffer: ArrayBuffer, byteOffset = 0) {
		const header = new Uint32Array(buffer, byteOffset, HEADER_WORDS);
		const version = header[1]!;
		if (header[0] !== MAGIC || version < 1 || version > VERSION) throw new Error('not a gazette name table');
		const [entryCount, slotCount, charCount, valueCount] = [header[2]!, header[3]!, header[4]!, header[5]!];
		const layout = tableLayout(entryCount, slotCount, charCount, valueCount);
		const needed = version === VERSION ? layout.total : version === PREFIX_VERSION ? layout.spaced : layout.digests;
		if (buffer.byteLength - byteOffset < needed) throw new Error(`the name table is truncated (${buffer.byteLength - byteOffset} bytes, its header needs ${needed})`);
		let offset = byteOffset + HEADER_WORDS * 4;
		this.#slots = new Int32Array(buffer, offset, slotCount);
		offset += slotCount * 4;
		this.#entries = new Uint32Array(buffer, offset, entryCount * 4);
		offset += entryCount * 16;
		this.#values = new Uint32Array(buffer, offset, valueCount);
		offset += valueCount * 4;
		this.#chars = new Uint16Array(buffer, offset, charCount);
		this.#mask = slotCount - 1;
		this.size = entryCount;
		if (version >= PREFIX_VERSION) {
			this.#tags = new Uint8Array(buffer, byteOffset + layout.digests, slotCount);
			this.#wordPrefixes = new Uint32Array(buffer, byteOffset + layout.prefixes, PREFIX_BITS / 32);
			this.#spacedKeys = version === VERSION ? new Uint32Array(buffer, byteOffset + layout.spaced, PREFIX_BITS / 32) : keyDigests(this.#slots, this.#entries, this.#chars).spacedKeys;
		} else ({ tags: this.#tags, wordPrefixes: this.#wordPrefixes, spacedKeys: this.#spacedKeys } = keyDigests(this.#slots, this.#entries, this.#chars));
	}

	/** Place indices for a key, most important first, or undefined. */
	get(key: string): number[] | undefined {
		const entry = this.#find(key);
		if (entry < 0) return undefined;
		const start = this.#entries[entry * 4 + 2]!;
		const count = this.#entries[entry * 4 + 3]!;
		// copied by hand: Array.from over a subarray view costs a view and the iterator protocol
		const indices = new Array<number>(count);
		for (let i = 0; i < count; i++) indices[i] = this.#values[start + i]!;
		return indices;
	}

	has(key: string): boolean {
		return this.#find(key) >= 0;
	}

	/**
	 * The entry of the key that is the text from start to end, ASCII letters lower-cased (its hash from
	 * spanKeyHash), or -1: a look-up by a span of the text itself, for keys without upper-case ASCII.
	 */
	entryOfSpan(hash: number, text: string, start: number, end: number): number {
		return this.#probe(hash, text, start, end, false);
	}

	/** An entry's place references, most important first: a view of the table, not a copy. */
	valuesOf(entry: number): Uint32Array {
		const start = this.#entries[entry * 4 + 2]!;
		return this.#values.subarray(start, start + this.#entries[entry * 4 + 3]!);
	}

	/**
	 * Whether some key is this one followed by a space and more words ("bosnia" of "bosnia and
	 * herzegovina"). True may be a hash collision; false is certain: a recogniser that extends a name
	 * word by word can stop there.
	 */
	beginsLongerKey(key: string): boolean {
		return this.beginsLongerHash(hashKey(key));
	}

	/** beginsLongerKey by the key's hash (hashKey or spanKeyHash). */
	beginsLongerHash(hash: number): boolean {
		return hasBit(this.#wordPrefixes, hash);
	}

	/**
	 * Whether the table may hold a key of more than one word with this hash (hashKey or spanKeyHash).
	 * True may be a hash collision; false is certain: a recogniser can leave such a span unread.
	 */
	mayHoldSpacedHash(hash: number): boolean {
		return hasBit(this.#spacedKeys, hash);
	}

	/** Every key with its indices: for tests and tools, not the hot path. */
	*entries(): IterableIterator<[string, number[]]> {
		for (let e = 0; e < this.size; e++) {
			const [keyStart, keyLength] = [this.#entries[e * 4]!, this.#entries[e * 4 + 1]!];
			const key = String.fromCharCode(...this.#chars.subarray(keyStart, keyStart + keyLength));
			yield [key, this.get(key)!];
		}
	}

	#find(key: string): number {
		return this.#probe(hashKey(key), key, 0, key.length, true);
	}

	/** The entry whose key is the text from `from` to `to` (`asWritten`, or with ASCII letters lower-cased), or -1: the hash's slot, then linear probing. */
	#probe(hash: number, text: string, from: number, to: number, asWritten: boolean): number {
		const tag = tagOf(hash);
		let slot = hash & this.#mask;
		for (;;) {
			const stored = this.#tags[slot]!;
			if (stored === 0) return -1;
			if (stored === tag) {
				const entry = this.#slots[slot]! - 1;
				const start = this.#entries[entry * 4]!;
				if (this.#entries[entry * 4 + 1] === to - from && (asWritten ? keyEqualsText(this.#chars, start, text, from, to) : keyEqualsSpan(this.#chars, start, text, from, to))) return entry;
			}
			slot = (slot + 1) & this.#mask;
		}
	}
}

/** Builds the binary table (at gazetteer build time). */
export function encodeNameTable(names: Map<string, number[]>): Uint8Array {
	const keys = [...names.keys()].sort();
	let slotCount = 1;
	while (slotCount < keys.length * 2) slotCount *= 2;
	const charCount = keys.reduce((n, k) => n + k.length, 0);
	const valueCount = keys.reduce((n, k) => n + names.get(k)!.length, 0);
	const layout = tableLayout(keys.length, slotCount, charCount, valueCount);
	const buffer = new ArrayBuffer(layout.total);
	const header = new Uint32Array(buffer, 0, HEADER_WORDS);
	header.set([MAGIC, VERSION, keys.length, slotCount, charCount, valueCount]);
	let offset = HEADER_WORDS * 4;
	const slots = new Int32Array(buffer, offset, slotCount);
	offset += slotCount * 4;
	const entries = new Uint32Array(buffer, offset, keys.length * 4);
	offset += keys.length * 16;
	const values = new Uint32Array(buffer, offset, valueCount);
	offset += valueCount * 4;
	const chars = new Uint16Array(buffer, offset, charCount);
	let charAt = 0;
	let valueAt = 0;
	keys.forEach((key, e) => {
		const indices = names.get(key)!;
		for (let i = 0; i < key.length; i++) chars[charAt + i] = key.charCodeAt(i);
		values.set(indices, valueAt);
		entries.set([charAt, key.length, valueAt, indices.length], e * 4);
		charAt += key.length;
		valueAt += indices.length;
		let slot = hashKey(key) & (slotCount - 1);
		while (slots[slot] !== 0) slot = (slot + 1) & (slotCount - 1);
		slots[slot] = e + 1;
	});
	const { tags, wordPrefixes, spacedKeys } = keyDigests(slots, entries, chars);
	new Uint8Array(buffer, layout.digests, slotCount).set(tags);
	new Uint32Array(buffer, layout.prefixes, PREFIX_BITS / 32).set(wordPrefixes);
	new Uint32Array(buffer, layout.spaced, PREFIX_BITS / 32).set(spacedKeys);
	return new Uint8Array(buffer);
}

/** Where a table's digests start (a version 1 table ends there), its spaced keys' filter (a version 2 table ends there) and its whole length, in bytes. */
function tableLayout(entryCount: number, slotCount: number, charCount: number, valueCount: number) {
	const digests = (HEADER_WORDS + slotCount + entryCount * 4 + valueCount) * 4 + Math.ceil((charCount * 2) / 4) * 4;
	const prefixes = digests + Math.ceil(slotCount / 4) * 4;
	const spaced = prefixes + PREFIX_BITS / 8;
	return { digests, prefixes, spaced, total: spaced + PREFIX_BITS / 8 };
}
