import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../gazetteer/normalize.ts';
import { isCapital, type GazetteerPlace } from '../gazetteer/types.ts';
import { capitalOrAtLeast, famousNameHead, KNOWN_ABROAD, knownAbroad, knownAbroadBySizeOrNames, spelledAlike } from './known-abroad.ts';

function town(country: string, population: number, knownAbroad?: true): GazetteerPlace {
	return { id: `gn:${country}${population}`, name: 'Venice', kind: 'city', featureCode: 'PPL', country, admin1: null, lat: 0, lon: 0, population, geonameId: null, ...(knownAbroad ? { knownAbroad } : {}) };
}

function scoredBy(...places: GazetteerPlace[]) {
	// the first is the namesake the text's country chose
	return places.map((place) => ({ place, ownArea: false, importance: place.population }));
}

describe('knownAbroad', () => {
	it('yields a small namesake chosen on its country alone to a town named in many languages', () => {
		const scored = scoredBy(town('US', 22_000), town('IT', 51_000, true));
		expect(knownAbroad(scored)?.place.country).toBe('IT');
	});

	it('keeps the namesake where the other town is as little known, or smaller', () => {
		expect(knownAbroad(scoredBy(town('US', 22_000), town('IT', 51_000)))).toBeNull();
		expect(knownAbroad(scoredBy(town('US', 22_000), town('IT', 15_000, true)))).toBeNull();
		expect(knownAbroad(scoredBy(town('US', 22_000, true), town('IT', 51_000, true)))).toBeNull();
	});
});

describe('knownAbroadBySizeOrNames', () => {
	it('takes a city of KNOWN_ABROAD people or one named in many languages, at any size', () => {
		expect(knownAbroadBySizeOrNames(town('CH', KNOWN_ABROAD))).toBe(true);
		expect(knownAbroadBySizeOrNames(town('IT', 15_000, true))).toBe(true);
		expect(knownAbroadBySizeOrNames(town('US', KNOWN_ABROAD - 1))).toBe(false);
	});
});

describe('capitalOrAtLeast', () => {
	it('takes a national capital at any size and another city from the bound given', () => {
		expect(capitalOrAtLeast({ ...town('LI', 5_000), featureCode: 'PPLC' }, KNOWN_ABROAD)).toBe(true);
		expect(capitalOrAtLeast(town('US', 100_000), 100_000)).toBe(true);
		expect(capitalOrAtLeast(town('US', 99_999), 100_000)).toBe(false);
		// (a historical capital is no capital here)
		expect(capitalOrAtLeast({ ...town('ES', 6_000), featureCode: 'PPLCH' }, KNOWN_ABROAD)).toBe(false);
	});
});

describe('isCapital', () => {
	it('takes a national capital (PPLC) only: not a historical capital (PPLCH), nor a first-order seat (PPLA)', () => {
		expect(isCapital({ featureCode: 'PPLC' })).toBe(true);
		expect(isCapital({ featureCode: 'PPLCH' })).toBe(false);
		expect(isCapital({ featureCode: 'PPLA' })).toBe(false);
		expect(isCapital(undefined)).toBe(false);
	});
});

describe('spelledAlike', () => {
	it('compares the first three letters of the name keys, whatever the name is written in', () => {
		const letters = fc.constantFrom(...'aBz09 .-\'’ÉéğĞıİøßæœŁʻ\u0301'.split(''));
		const name = fc.array(letters, { maxLength: 7 }).map((chars) => chars.join(''));
		fc.assert(
			fc.property(name, name, (written, other) => {
				const key = nameKey(written);
				const place = { ...town('CH', 1), name: other };
				expect(spelledAlike(key, place)).toBe(nameKey(other).slice(0, 3) === key.slice(0, 3));
			}),
			{ numRuns: 2000 }
		);
		expect(spelledAlike('geneva', { ...town('CH', 1), name: 'Genève' })).toBe(true);
		expect(spelledAlike('cologne', { ...town('DE', 1), name: 'Köln' })).toBe(false);
	});
});

describe('famousNameHead', () => {
	// "Newcastle": the first is the namesake size chose, the rest read by the name as another name of theirs
	const named = (name: string, country: string, population: number, known?: true) => ({ ...town(country, population, known), name });
	const scoredAs = (...places: [GazetteerPlace, boolean][]) => places.map(([place, alternate]) => ({ place, alternate, reasons: ['population' as const] }));

	it('reads the name as a city known abroad whose own name it opens, of half the namesake\'s size or more, abroad', () => {
		const scored = scoredAs([named('Newcastle', 'ZA', 400_000), false], [named('Newcastle upon Tyne', 'GB', 300_000, true), true]);
		expect(famousNameHead(scored, 'newcastle')?.place.country).toBe('GB');
	});

	it('keeps the namesake against a city that is smaller, little known, of its country, or whose name the word does not open', () => {
		const namesake = [named('Newcastle', 'ZA', 400_000), false] as [GazetteerPlace, boolean];
		expect(famousNameHead(scoredAs(namesake, [named('Newcastle upon Tyne', 'GB', 150_000, true), true]), 'newcastle')).toBeNull();
		expect(famousNameHead(scoredAs(namesake, [named('Newcastle upon Tyne', 'GB', 300_000), true]), 'newcastle')).toBeNull();
		expect(famousNameHead(scoredAs(namesake, [named('Newcastle upon Tyne', 'ZA', 300_000, true), true]), 'newcastle')).toBeNull();
		expect(famousNameHead(scoredAs(namesake, [named('Old Newcastle', 'GB', 300_000, true), true]), 'newcastle')).toBeNull();
	});

	it('keeps a namesake the text\'s country or places near it chose', () => {
		const scored = scoredAs([named('Newcastle', 'ZA', 400_000), false], [named('Newcastle upon Tyne', 'GB', 300_000, true), true]);
		scored[0]!.reasons = ['country-context', 'population'] as never;
		expect(famousNameHead(scored, 'newcastle')).toBeNull();
	});
});
