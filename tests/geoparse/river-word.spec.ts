// The search that asks whether a text holds the word "River" or "river" before its rivers are read (river-towns.ts):
// a scan for the rarer "v" with the letters around it checked, which must answer as the two whole-word searches did.
import { describe, expect, it } from 'vitest';
import { riverWordIn } from '../../src/lib/geoparse/river-towns.ts';

const asTwoSearches = (text: string) => text.includes('River') || text.includes('river');

describe('riverWordIn', () => {
	it('finds "River" and "river" anywhere, inside longer words too, and nothing else', () => {
		for (const text of ['River', 'river', 'the Ohio River at Louisville', 'a driver', 'Rivers', 'x river']) expect(riverWordIn(text)).toBe(true);
		for (const text of ['', 'v', 'iver', 'rive', 'RIVER', 'rIver', 'Rivet', 'r iver', 'quiver', 'vriver'.slice(0, 5)]) expect(riverWordIn(text)).toBe(false);
	});

	it('answers as the two searches for the word do on 20,000 strings made of its letters and their neighbours', () => {
		const letters = 'rRivVeE x';
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 20000; n++) {
			let text = '';
			for (let length = Math.floor(next() * 14); length > 0; length--) text += letters[Math.floor(next() * letters.length)];
			expect(riverWordIn(text), text).toBe(asTwoSearches(text));
		}
	});
});
