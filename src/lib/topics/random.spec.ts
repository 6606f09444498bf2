import { describe, expect, it } from 'vitest';
import { hashString } from './random.ts';

describe('hashString', () => {
	it('is 32-bit FNV-1a (the published test vectors of ASCII text), unsigned', () => {
		expect(hashString('')).toBe(0x811c9dc5);
		expect(hashString('a')).toBe(0xe40c292c);
		expect(hashString('foobar')).toBe(0xbf9cf968);
	});

	it('gives a long text the same hash on every call, also once its loop is optimised', () => {
		const text = `${'Flooding closed the coast road. '.repeat(400)}\n${'é'.repeat(50)}`;
		const first = hashString(text);
		for (let i = 0; i < 200; i++) expect(hashString(`${text.slice(0, 10)}${text.slice(10)}`)).toBe(first);
		expect(first).toBeGreaterThanOrEqual(0);
	});
});
