import { describe, expect, it } from 'vitest';
import { openingBracketBefore } from '../../src/lib/geoparse/within-parent.ts';

// A string whose characters are read through charCodeAt only, counting each read
function countingText(text: string): { text: string; reads: () => number } {
	let reads = 0;
	const fake = { length: text.length, charCodeAt: (at: number) => (reads++, text.charCodeAt(at)) };
	return { text: fake as unknown as string, reads: () => reads };
}

describe('the bracket before "X (…) is a village"', () => {
	it('is found where it opens near the name', () => {
		const text = 'Kowalewo (Polish pronunciation: [kɔvaˈlɛvɔ]) is a village';
		expect(openingBracketBefore(text, text.indexOf(' is a'))).toBe(text.indexOf('('));
	});

	it('is looked for in the last 120 characters only, however far back a "(" lies', () => {
		// a stray ")" before each "is a village" once made every match search back to the text's start
		const far = '(' + 'x'.repeat(100_000) + ')';
		const counted = countingText(far);
		expect(openingBracketBefore(counted.text, far.length)).toBe(-1);
		expect(counted.reads()).toBeLessThanOrEqual(120);
	});
});
