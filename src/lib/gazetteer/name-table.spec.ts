import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeNameTable, NameTable, spanKeyHash } from './name-table.ts';

describe('NameTable', () => {
	const names = new Map<string, number[]>([
		['baku', [3]],
		['shusha', [7, 2]],
		['agdam', [1]],
		['qarabag', [0, 5, 9]],
		['são tomé', [4]]
	]);
	const table = new NameTable(encodeNameTable(names).buffer as ArrayBuffer);

	it('finds every key with its indices in order', () => {
		for (const [key, indices] of names) expect(table.get(key)).toEqual(indices);
		expect(table.size).toBe(names.size);
		expect(new Map(table.entries())).toEqual(names);
	});

	it('misses keys it does not hold, including prefixes and extensions', () => {
		for (const key of ['bak', 'bakuu', '', 'shush', 'x']) expect(table.get(key)).toBeUndefined();
		expect(table.has('baku')).toBe(true);
	});

	it('gets a key as written, where entryOfSpan reads a span with its ASCII capitals lower-cased', () => {
		const mixed = new NameTable(encodeNameTable(new Map([['Baku', [1]], ['paris', [2]]])).buffer as ArrayBuffer);
		expect(mixed.get('Baku')).toEqual([1]);
		expect(mixed.get('baku')).toBeUndefined();
		expect(mixed.get('Paris')).toBeUndefined();
		const entry = mixed.entryOfSpan(spanKeyHash('in Paris', 3, 8), 'in Paris', 3, 8);
		expect([...mixed.valuesOf(entry)]).toEqual([2]);
	});

	it('answers as a Map of the same keys would, for keys it holds and keys it does not', () => {
		// short keys from few letters: many share hash bytes and probe runs
		const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', 'z'), maxLength: 5 });
		fc.assert(
			fc.property(fc.uniqueArray(key, { maxLength: 300 }), fc.array(key, { maxLength: 50 }), (keys, others) => {
				const map = new Map(keys.map((k, i) => [k, [i, i + 1]]));
				const built = new NameTable(encodeNameTable(map).buffer as ArrayBuffer);
				for (const k of [...keys, ...others]) expect(built.get(k)).toEqual(map.get(k));
			}),
			{ numRuns: 200 }
		);
	});

	it('tells which keys begin longer ones, word by word', () => {
		const words = new NameTable(encodeNameTable(new Map([['bosnia and herzegovina', [1]], ['new york', [2]], ['baku', [3]]])).buffer as ArrayBuffer);
		for (const prefix of ['bosnia', 'bosnia and', 'new']) expect(words.beginsLongerKey(prefix)).toBe(true);
		for (const key of ['baku', 'new york', 'bosnia and herzegovina', 'bosn', 'york']) expect(words.beginsLongerKey(key)).toBe(false);
	});

	it('never denies that a key begins a longer one when it does', () => {
		const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', 'z'), minLength: 1, maxLength: 9 });
		fc.assert(
			fc.property(fc.uniqueArray(key, { maxLength: 200 }), (keys) => {
				const built = new NameTable(encodeNameTable(new Map(keys.map((k, i) => [k, [i]]))).buffer as ArrayBuffer);
				for (const k of keys) for (let at = k.indexOf(' '); at >= 0; at = k.indexOf(' ', at + 1)) expect(built.beginsLongerKey(k.slice(0, at))).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});

	it('answers from its stored digests as a version 1 table does from digests worked out at load', () => {
		const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', 'z'), minLength: 1, maxLength: 9 });
		fc.assert(
			fc.property(fc.uniqueArray(key, { maxLength: 200 }), fc.array(key, { maxLength: 50 }), (keys, others) => {
				const bytes = encodeNameTable(new Map(keys.map((k, i) => [k, [i]])));
				// version 1: the same table without the digests after its keys
				const header = new Uint32Array(bytes.buffer, 0, 6);
				const v1Bytes = (6 + header[3]! + header[2]! * 4 + header[5]!) * 4 + Math.ceil((header[4]! * 2) / 4) * 4;
				const v1 = bytes.slice(0, v1Bytes);
				new Uint32Array(v1.buffer, 0, 6)[1] = 1;
				const stored = new NameTable(bytes.buffer as ArrayBuffer);
				const worked = new NameTable(v1.buffer);
				for (const k of [...keys, ...others]) {
					expect(stored.get(k)).toEqual(worked.get(k));
					expect(stored.beginsLongerKey(k)).toBe(worked.beginsLongerKey(k));
				}
			}),
			{ numRuns: 100 }
		);
	});

	it('tells which keys of more than one word it may hold, by their hash', () => {
		const words = new NameTable(encodeNameTable(new Map([['bosnia and herzegovina', [1]], ['new york', [2]], ['baku', [3]]])).buffer as ArrayBuffer);
		const spaced = (key: string) => words.mayHoldSpacedHash(spanKeyHash(key, 0, key.length));
		for (const key of ['new york', 'bosnia and herzegovina']) expect(spaced(key)).toBe(true);
		for (const key of ['baku', 'new', 'bosnia and', 'new yorker', 'president donald']) expect(spaced(key)).toBe(false);
	});

	it('never denies a key of more than one word it holds, stored or worked out for a version 2 table', () => {
		const key = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', 'z'), minLength: 1, maxLength: 9 });
		fc.assert(
			fc.property(fc.uniqueArray(key, { maxLength: 200 }), fc.array(key, { maxLength: 50 }), (keys, others) => {
				const bytes = encodeNameTable(new Map(keys.map((k, i) => [k, [i]])));
				// version 2: the same table without the spaced keys' filter at its end
				const v2 = bytes.slice(0, bytes.length - (1 << 22) / 8);
				new Uint32Array(v2.buffer, 0, 6)[1] = 2;
				const stored = new NameTable(bytes.buffer as ArrayBuffer);
				const worked = new NameTable(v2.buffer);
				for (const k of keys) if (k.includes(' ')) expect(stored.mayHoldSpacedHash(spanKeyHash(k, 0, k.length))).toBe(true);
				for (const k of [...keys, ...others]) expect(worked.mayHoldSpacedHash(spanKeyHash(k, 0, k.length))).toBe(stored.mayHoldSpacedHash(spanKeyHash(k, 0, k.length)));
			}),
			{ numRuns: 100 }
		);
	});

	it('rejects a truncated table', () => {
		const bytes = encodeNameTable(new Map([['baku', [1]]]));
		expect(() => new NameTable(bytes.slice(0, bytes.length - 4).buffer)).toThrow(/the name table is truncated/);
	});

	it('rejects a buffer that is not a name table', () => {
		expect(() => new NameTable(new ArrayBuffer(64))).toThrow(/not a gazette name table/);
	});

	it('holds many keys without collisions going wrong', () => {
		const many = new Map(Array.from({ length: 5000 }, (_, i) => [`name ${i}`, [i]]));
		const big = new NameTable(encodeNameTable(many).buffer as ArrayBuffer);
		for (let i = 0; i < 5000; i += 97) expect(big.get(`name ${i}`)).toEqual([i]);
	});
});
