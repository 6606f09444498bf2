// A demonym compounded with "speaking" or "language" ("the Spanish-speaking world", "English-language
// news", "Welsh speakers") names a language, not the country (thing-names.ts namesALanguage); a demonym
// after a person's honorific ("Mr Irish said") is a surname (judge.ts), and so is a country's demonym after a
// given name where the name ends there ("the critic Martin French, who"). The demonym elsewhere stays the
// country's. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('a demonym compounded with speaking or language', () => {
	it('names a language, not a country', () => {
		expect(places('The band is huge across the Spanish-speaking world.')).toEqual([]);
		expect(places('The site started an English-language edition, and Welsh speakers asked for one too.')).toEqual([]);
		expect(places('Sales of French language courses rose.')).toEqual([]);
	});

	it('leaves the demonym elsewhere the country', () => {
		expect(places('The French government and Irish voters agreed.')).toEqual(['French FR', 'Irish IE']);
	});

	it('leaves a demonym before the singular "speaker" the country: one speaker is often a person from it', () => {
		expect(places('A Scottish speaker of the House of Commons opened the debate.').map((p) => p.split(' ').pop())).toEqual(['GB']);
		expect(places('The German speaker at the summit arrived late.')).toEqual(['German DE']);
	});
});

describe('a demonym after a person’s honorific', () => {
	it('is a surname', () => {
		expect(places('Demand is huge, said Mr Irish, who runs the shop.')).toEqual([]);
		expect(places('Dr. English and Ms Welsh led the study.')).toEqual([]);
	});
});

describe('a country\'s demonym right after a given name', () => {
	it('is a surname where the name ends there (a comma, a stop)', () => {
		expect(places('The review was written by the critic Martin French, who saw the film in Cannes.')).toEqual(['Cannes FR']);
		expect(places('Our panel: the editor Oliver Irish, the critic Martin French.')).toEqual([]);
	});

	it('stays the country before a word it qualifies, or after a place that is a given name too', () => {
		expect(places('The envoy met Ivan Russian officials on Monday.')).toEqual(['Russian RU']);
		expect(places('The talks were held in Jordan. Israeli officials said so.')).toEqual(['Jordan JO', 'Israeli IL']);
	});
});

describe('a demonym after "in", "into" or a verb of speaking or study, ending its phrase', () => {
	const usageOf = (text: string, name: string) => geoparse(text, gazetteer).find((t) => t.name === name)?.usage ?? '-';

	it('is the language: recognised (GeoWebNews files it as a toponym) but not a place to map', () => {
		expect(usageOf('The songs were written and recorded in English.', 'English')).toBe('embedded');
		expect(usageOf('The mayor told families to speak Spanish at home.', 'Spanish')).toBe('embedded');
		expect(usageOf('The novel was later translated into French, and sold well.', 'French')).toBe('embedded');
		expect(usageOf('She spent weeks learning Hindi and taking dance lessons.', 'Hindi')).toBe('embedded');
	});

	it('is the language after a verb of study or practice, "fluent", or such a verb and a possessive', () => {
		expect(usageOf('Singer Alex Hale was studying English at university.', 'English')).toBe('embedded');
		expect(usageOf('Mr Fischer, who speaks fluent Hebrew, will take the job.', 'Hebrew')).toBe('embedded');
		expect(usageOf('He said he was just practising my Portuguese with him.', 'Portuguese')).toBe('embedded');
		expect(usageOf('He studied Japanese history in Tokyo.', 'Japanese')).toBe('associative');
		expect(usageOf('It was in his Portuguese home that he wrote the book.', 'Portuguese')).toBe('associative');
	});

	it('is a language where listed after one ("in Hindi and Urdu")', () => {
		expect(['Hindi', 'Urdu'].map((name) => usageOf('The paper prints in Hindi and Urdu every day.', name))).toEqual(['embedded', 'embedded']);
	});

	it('stays the country before a noun it qualifies, alone or listed', () => {
		expect(usageOf('He is the best striker in English football.', 'English')).toBe('associative');
		expect(['French', 'German'].map((name) => usageOf('There was interest in French and German newspapers.', name))).toEqual(['associative', 'associative']);
		expect(usageOf('Demand in Chinese, Japanese and Korean markets rose.', 'Japanese')).toBe('associative');
		expect(usageOf('Sales fell in European and US markets.', 'European')).toBe('associative');
		expect(usageOf('The dam stands in Indian-administered Kashmir.', 'Indian')).toBe('associative');
		expect(usageOf('Deeds filed in Cullman County: a store in Arab, Sand Mountain Holdings to a Huntsville firm.', 'Arab')).not.toBe('embedded');
	});
});
