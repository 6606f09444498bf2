import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import { populationFit, SentenceCounter, sentenceBreaks, sentenceNumbers, sizeAgainstStated, statedPopulations } from './stated-populations.ts';
import { tokenize } from './tokens.ts';

function place(kind: GazetteerPlace['kind'], featureCode: string, population: number): GazetteerPlace {
	return { id: 'x', name: 'x', kind, featureCode, country: 'US', admin1: 'AR', lat: 0, lon: 0, population, geonameId: null };
}

describe('sentenceNumbers', () => {
	it('starts a sentence after a full stop or a line break, not after "U.S." or a parenthesis', () => {
		const tokens = tokenize('Salem is in Indiana. The U.S. town (near Hope) grew.\nNext line');
		const numbers = [...sentenceNumbers(tokens)];
		const of = (word: string) => numbers[tokens.findIndex((t) => t.text === word)];
		expect(of('Indiana')).toBe(0);
		expect(of('town')).toBe(1);
		expect(of('Hope')).toBe(1);
		expect(of('Next')).toBe(2);
	});
});

describe('SentenceCounter', () => {
	it('gives each token the number sentenceNumbers gives it, asked forward, skipping ahead or going back', () => {
		const tokens = tokenize('Ashby lies in Ohio. The U.S. road (by Hope) ends!\nOn the next line?  Yes. Kenton, Ohio is near.');
		const numbers = [...sentenceNumbers(tokens)];
		const forward = new SentenceCounter(sentenceBreaks(tokens));
		expect(tokens.map((_, i) => forward.at(i))).toEqual(numbers);
		const skipping = new SentenceCounter(sentenceBreaks(tokens));
		const order = [3, 9, 9, 2, tokens.length - 1, 0, 12, 5];
		expect(order.map((i) => skipping.at(i))).toEqual(order.map((i) => numbers[i]));
		expect(new Set(numbers).size).toBe(5);
	});
});

describe('statedPopulations', () => {
	const stated = (text: string) => {
		const tokens = tokenize(text);
		return Object.fromEntries(statedPopulations(tokens));
	};

	it('reads a population or a count of inhabitants, with thousands separators, per sentence', () => {
		expect(stated('Washington is a city. As of the 2020 census, the population of the city was 1,077.')).toEqual({ 1: 1077 });
		expect(stated('A rural town of 1525 inhabitants. There are 15,134 people living in it.')).toEqual({ 0: 1525, 1: 15134 });
		expect(stated('With a population of 7.266, it grew.')).toEqual({ 0: 7266 });
	});

	it('ignores crowds, years, measures and numbers far from the word', () => {
		expect(stated('Talks in Washington drew 5,000 people.')).toEqual({});
		expect(stated('In 1906 the town had 38.7 square miles.')).toEqual({});
		expect(stated('The population grew fast after the railway came in the year 1,850.')).toEqual({});
	});

	it('reads past the year a population is given for', () => {
		expect(stated('The population in 2010 was 1,077.')).toEqual({ 0: 1077 });
		expect(stated('Population (2010): 4,512.')).toEqual({ 0: 4512 });
		expect(stated('The population as of 2020 was 6,319.')).toEqual({ 0: 6319 });
	});

	it('adds up the male and the female population a sentence states, and reads "people resided"', () => {
		expect(stated('It has a male population of 821 and a female population of 867.')).toEqual({ 0: 1688 });
		expect(stated('residents by sex in fairfield township — male population: 604, female population: 611')).toEqual({ 0: 1215 });
		// one half alone is no population of the place
		expect(stated('The male population was 821.')).toEqual({});
		expect(stated('In 2010, 1,108 people resided in the town.')).toEqual({ 0: 1108 });
	});

	it('ignores changes and densities of a population', () => {
		expect(stated('The population grew by 12,000 between 2000 and 2010.')).toEqual({});
		expect(stated('It has a population density of 1,200 per square mile.')).toEqual({});
		expect(stated('The population increase of 3,400 came from the mines.')).toEqual({});
		expect(stated('The population fell in 2009. Its 2,000 jobs stayed.')).toEqual({});
	});
});

describe('populationFit', () => {
	it('is 1 for the stated population and falls to 0 at a factor of two', () => {
		expect(populationFit(place('city', 'PPL', 1_077), 1_077)).toBe(1);
		expect(populationFit(place('city', 'PPL', 1_500), 1_077)).toBeGreaterThan(0);
		expect(populationFit(place('city', 'PPLC', 690_000), 1_077)).toBe(0);
		expect(populationFit(place('region', 'ADM1', 1_077), 1_077)).toBe(0);
	});

	it('fits a town known only from a post-office list (under 500 people) to a small stated population, half as well', () => {
		const unsized = { ...place('city', 'PPL', 0), id: 'zip:56225' };
		expect(populationFit(unsized, 435)).toBe(0.5);
		expect(populationFit(unsized, 700)).toBeGreaterThan(0);
		expect(populationFit(unsized, 1_000)).toBe(0);
	});
});

describe('sizeAgainstStated', () => {
	it('lets size say no more than twice the stated population does', () => {
		expect(sizeAgainstStated(place('city', 'PPLC', 937_000), 3_750_000, 359)).toBeCloseTo(Math.log10(718));
		expect(sizeAgainstStated(place('city', 'PPL', 338), 338, 359)).toBeCloseTo(Math.log10(338));
		// a post-office town is as big as the small population stated; a region is not a town
		expect(sizeAgainstStated({ ...place('city', 'PPL', 0), id: 'zip:1' }, 1, 359)).toBeCloseTo(Math.log10(359));
		expect(sizeAgainstStated(place('region', 'ADM1', 5_000_000), 5_000_000, 359)).toBeCloseTo(Math.log10(5_000_000));
	});
});
