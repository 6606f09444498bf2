import { describe, expect, it } from 'vitest';
import type { GazetteerPlace } from '../gazetteer/types.ts';
import type { Candidate } from './candidates.ts';
import { fitsCue, kindCue, listJoined, populationFit, sentenceNumbers, statedPopulations } from './document-cues.ts';
import { tokenize } from './tokens.ts';

/** A candidate on the first occurrence of a name in a text. */
function candidateFor(text: string, name: string): { candidate: Candidate; tokens: ReturnType<typeof tokenize> } {
	const tokens = tokenize(text);
	const start = text.indexOf(name);
	const first = tokens.findIndex((t) => t.start === start);
	const last = tokens.findIndex((t) => t.end === start + name.length);
	return { tokens, candidate: { start, end: start + name.length, first, last, places: [0], importance: [1], alternate: [false], via: 'name' } };
}

function cueIn(text: string, name: string) {
	const { candidate, tokens } = candidateFor(text, name);
	return kindCue(candidate, tokens);
}

function place(kind: GazetteerPlace['kind'], featureCode: string, population: number): GazetteerPlace {
	return { id: 'x', name: 'x', kind, featureCode, country: 'US', admin1: 'AR', lat: 0, lon: 0, population, geonameId: null };
}

describe('kindCue', () => {
	it('reads the noun before "of" and a state after the name', () => {
		expect(cueIn('Fires spread across the state of Washington.', 'Washington')).toBe('region');
		expect(cueIn('The Town of Washington was founded in 1779.', 'Washington')).toBe('town');
		expect(cueIn('the English city of Salisbury', 'Salisbury')).toBe('city');
		expect(cueIn('Rain fell in Washington state today.', 'Washington')).toBe('region');
	});

	it('reads a description after a copula, a few adjectives on', () => {
		expect(cueIn('Washington is a small rural town in Arkansas.', 'Washington')).toBe('town');
		expect(cueIn('Greenville is the county seat.', 'Greenville')).toBe('city');
		expect(cueIn('Marion is a small county in Iowa.', 'Marion')).toBe('district');
		expect(cueIn('Washington is a very big and busy place.', 'Washington')).toBeNull();
	});

	it('gives nothing for an ordinary phrase, a capitalised noun or a distant one', () => {
		expect(cueIn('The mayor of Washington said.', 'Washington')).toBeNull();
		expect(cueIn('Washington State University', 'Washington')).toBeNull();
		expect(cueIn('the border territory of Georgia', 'Georgia')).toBeNull();
	});

	it('gives nothing for a division word that ends another name ("the Thaba Chweu Local Municipality of Mpumalanga")', () => {
		expect(cueIn('a town in the Thaba Chweu Local Municipality of Mpumalanga, South Africa', 'Mpumalanga')).toBeNull();
		expect(cueIn('a village in the Kraków County of Lesser Poland', 'Lesser Poland')).toBeNull();
		expect(cueIn('a town in the municipality of Mpumalanga', 'Mpumalanga')).toBe('city');
	});
});

describe('fitsCue', () => {
	it('keeps capitals and cities of 300,000 out of a town (English towns reach 250,000)', () => {
		expect(fitsCue(place('city', 'PPLC', 700_000), 'town')).toBe(false);
		expect(fitsCue(place('city', 'PPL', 350_000), 'town')).toBe(false);
		expect(fitsCue(place('city', 'PPL', 250_000), 'town')).toBe(true);
		expect(fitsCue(place('city', 'PPLA2', 1_500), 'town')).toBe(true);
		expect(fitsCue(place('region', 'ADM1', 1_000_000), 'region')).toBe(true);
		expect(fitsCue(place('city', 'PPL', 1_000), 'region')).toBe(false);
	});
});

describe('listJoined', () => {
	const text = 'Michigan, Oregon, New Mexico and Idaho; Paris near Lyon';
	const at = (name: string) => candidateFor(text, name).candidate;
	it('joins items by commas, "and", "or" and slashes, not by other words', () => {
		expect(listJoined(text, at('Michigan'), at('Oregon'))).toBe(true);
		expect(listJoined(text, at('New Mexico'), at('Idaho'))).toBe(true);
		expect(listJoined(text, at('Idaho'), at('Paris'))).toBe(false);
		expect(listJoined(text, at('Paris'), at('Lyon'))).toBe(false);
	});
});

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

describe('statedPopulations', () => {
	const stated = (text: string) => {
		const tokens = tokenize(text);
		return Object.fromEntries(statedPopulations(tokens, sentenceNumbers(tokens)));
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
});
