import { describe, expect, it } from 'vitest';
import { spanKeyHash } from '../gazetteer/name-table.ts';
import { RecentKeys } from './recent-keys.ts';

const slotOf = (keys: RecentKeys, text: string, start = 0, end = text.length) => keys.slotOf(spanKeyHash(text, start, end), text, start, end);
const remember = (keys: RecentKeys, text: string, entry: number, demonym: number) => keys.remember(spanKeyHash(text, 0, text.length), text, 0, text.length, entry, demonym);

describe('the keys read lately', () => {
	it('answers a key read before, however its ASCII letters are written, with what was remembered', () => {
		const keys = new RecentKeys();
		remember(keys, 'Washington', 12, -1);
		const slot = slotOf(keys, 'in WASHINGTON today', 3, 13);
		expect(slot).toBeGreaterThanOrEqual(0);
		expect([keys.entryAt(slot), keys.demonymAt(slot)]).toEqual([12, -1]);
		expect(slotOf(keys, 'Washingto')).toBe(-1);
		expect(slotOf(keys, 'Washingtonx')).toBe(-1);
	});

	it('forgets on clear, and never remembers a key longer than its slots hold', () => {
		const keys = new RecentKeys();
		remember(keys, 'Paris', -1, 3);
		keys.clear();
		expect(slotOf(keys, 'Paris')).toBe(-1);
		const long = 'Llanfairpwllgwyngyllgogerychwyrndrobwll';
		remember(keys, long, 7, -1);
		expect(slotOf(keys, long)).toBe(-1);
		// an empty span is no key, whatever a cleared slot held (its hash is the empty key's)
		const emptyHash = spanKeyHash('', 0, 0);
		keys.remember(emptyHash, 'Rome', 0, 4, 4, -1);
		keys.clear();
		expect(keys.slotOf(emptyHash, 'x', 0, 0)).toBe(-1);
	});

	it('keeps one key a slot: a key with the same slot replaces it, and neither is mistaken for the other', () => {
		const keys = new RecentKeys();
		const first = 'Lima';
		const slotBits = spanKeyHash(first, 0, first.length) & 4095;
		// another key of the same slot (found by trying spellings)
		let other = '';
		for (let n = 0; !other; n++) if ((spanKeyHash(`k${n}`, 0, `k${n}`.length) & 4095) === slotBits) other = `k${n}`;
		remember(keys, first, 1, -1);
		remember(keys, other, 2, -1);
		expect(slotOf(keys, first)).toBe(-1);
		expect(keys.entryAt(slotOf(keys, other))).toBe(2);
	});
});
