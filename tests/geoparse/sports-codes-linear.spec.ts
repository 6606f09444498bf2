// Whether a sports code ("GB") is its team's in a text whose places all lie in the code's country is the code's
// answer, not a mention's: made once a text, the test reads the text's places once for each code, so a text that
// repeats "Green Bay beat Chicago and GB rushed for 180 yards." n times is not scanned n times (8,000 repeats took
// 55 s before, against 3 s for its like without "GB"). Written for these tests (none copied).
import { describe, expect, it } from 'vitest';
import { codesInTheirSportsCountry } from '../../src/lib/geoparse/sports-codes.ts';

interface Read {
	mention: { surface: string };
	place: { country: string | null; kind: string };
}

/** The text's resolutions, counting the scans of them. */
class CountedResolutions extends Array<Read> {
	static override get [Symbol.species]() {
		return Array;
	}
	scans = 0;
	override filter(...args: Parameters<Read[]['filter']>): Read[] {
		this.scans++;
		return super.filter(...args);
	}
}

describe('sports codes in their sports country', () => {
	it('read the text’s places once for a code however often the text repeats it', () => {
		const resolutions = new CountedResolutions();
		for (let i = 0; i < 200; i++) resolutions.push({ mention: { surface: 'Green Bay' }, place: { country: 'US', kind: 'city' } }, { mention: { surface: 'GB' }, place: { country: 'GB', kind: 'country' } });
		const codeInItsSportsCountry = codesInTheirSportsCountry(resolutions);
		const answers = Array.from({ length: 200 }, () => codeInItsSportsCountry('GB'));
		// every GB is Green Bay's code (the text's other places all lie in the US), answered from one scan
		expect(answers.every(Boolean)).toBe(true);
		expect(resolutions.scans).toBe(1);
	});
});
