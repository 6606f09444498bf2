import { describe, expect, it } from 'vitest';
import { readThingCompounds } from './thing-compounds.ts';

// place words as the build passes them: a demonym with its country's name, a place's name, nothing else
const PLACE_WORDS: Record<string, string[]> = { french: ['France'], american: ['United States'], swiss: ['Switzerland'], california: [], china: [], brussels: [], panama: [] };
const compounds = new Set(readThingCompounds((key) => PLACE_WORDS[key] ?? null));

describe("the lexicon's nouns for things named after a place", () => {
	it('reads foods, artefacts and plants that open with a place word', () => {
		expect(compounds).toContain('french fries');
		expect(compounds).toContain('brussels sprouts');
		expect(compounds).toContain('panama hat');
	});

	it('leaves out a compound whose definition names the place: it is about the place', () => {
		// "the national flag of the United States of America", "any of various wines produced in California"
		expect(compounds).not.toContain('american flag');
		expect(compounds).not.toContain('california wine');
		expect(compounds).not.toContain('swiss cheese');
	});

	it('leaves out a second word that is also a past tense: "sales in China rose"', () => {
		expect(compounds).not.toContain('china rose');
	});

	it('reads only words the build calls place words', () => {
		expect([...compounds].every((key) => key.split(' ')[0]! in PLACE_WORDS)).toBe(true);
		expect(compounds).not.toContain('turkish delight');
	});
});
