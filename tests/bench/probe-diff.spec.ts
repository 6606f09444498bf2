// probe-diff.ts: what a checkout lost and gained against another on a probe sentence, by offset and reading.
import { describe, expect, it } from 'vitest';
import { describeToponym, toponymChanges } from './probe-diff.ts';

const paris = { start: 0, name: 'Paris', placeName: 'Paris', country: 'FR', lat: 48.85, lon: 2.35, usage: 'literal' };
const texas = { ...paris, placeName: 'Paris', country: 'US', lat: 33.66, lon: -95.56 };
const ohio = { start: 20, name: 'Ohio', placeName: 'Ohio', country: 'US', lat: 40.4, lon: -82.9, usage: 'embedded' };

describe('toponymChanges', () => {
	it('reads a name read as another place as one lost and one gained, and a new name as gained', () => {
		expect(toponymChanges([paris], [texas, ohio])).toEqual({ lost: ['Paris = Paris (FR 48.9,2.4)'], gained: ['Paris = Paris (US 33.7,-95.6)', 'Ohio = Ohio (US 40.4,-82.9) [embedded]'] });
	});

	it('finds nothing where both sides read the same', () => {
		expect(toponymChanges([paris, ohio], [paris, ohio])).toEqual({ lost: [], gained: [] });
		expect(describeToponym({ start: 3, name: 'Atlantis', placeName: null })).toBe('Atlantis = ? (-)');
	});
});
