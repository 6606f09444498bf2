// A demonym compounded with "speaking" or "language" ("the Spanish-speaking world", "English-language
// news", "Welsh speakers") names a language, not the country (thing-names.ts namesALanguage); a demonym
// after a person's honorific ("Mr Irish said") is a surname (judge.ts). The demonym elsewhere stays the
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
