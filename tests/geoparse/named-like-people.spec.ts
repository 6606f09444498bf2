// A word that is a people's name (demonyms.tsv: "Brits", "Hindi") and also a town's is the people's or the
// language's where nothing else in the text lies in the town's country: a South African town of 120,000 in
// a story of British pop awards is no place of the story (lone-abroad.ts), and a language's name among a
// Ukrainian city's alternate names never outranks the language (name-lookup.ts). Sentences written for
// these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('a town named like a people, in a text of another country', () => {
	it('is no place of the text', () => {
		expect(places('The Brits love a bargain, and queues formed outside shops in Leeds before dawn.')).toEqual(['Leeds GB']);
		expect(places('Two Brits were among the climbers rescued near Chamonix on Tuesday, and a third is missing.')).not.toContain('Brits ZA');
		expect(places('The singer from Devon won two Brits on Tuesday night, beating a rapper from London.')).not.toContain('Brits ZA');
	});

	it('stays the town where the text names its country or its neighbours', () => {
		expect(places('Workers at a platinum mine near Brits, in North West province, walked out on Monday. Rustenburg was quiet.')).toContain('Brits ZA');
		expect(places('The road from Pretoria to Brits was closed after the floods, South African police said.')).toContain('Brits ZA');
	});
});

describe('a language among a city’s alternate names', () => {
	it('is the language, not the city', () => {
		expect(places('She spent three weeks learning Hindi before filming began in Leeds.')).not.toContain('Hindi UA');
		expect(places('The paper prints a Hindi edition and an English one.')).not.toContain('Hindi UA');
	});
});

describe('a town named like a people, where its name stands as a town among its neighbours', () => {
	it('is the town where no noun follows and two of the text’s places lie near it (us-local-s45 A, s44 A, s34)', () => {
		expect(places('Fair ribbons: heifer champion, a girl of Arab; quilts, a woman of Albertville; pies, a Guntersville cook.')).toContain('Arab US');
		expect(places('Rain this week: Canadian 2.10 inches, Miami 1.45, Wheeler 1.20, Pampa 0.65.')).toContain('Canadian US');
	});

	it('is the town before "and" and another of the text’s towns, as in a list of towns (us-local-s55 A)', () => {
		expect(places('Crawford County road work: shoulder repairs on State Road 64 at English and Marengo; patching near Milltown and Leavenworth.')).toContain('English US');
		// ... not before "and" and a word no town of the text bears
		expect(places('Classes in Crawford County: English and Math at Marengo, Milltown and Leavenworth.')).not.toContain('English US');
		expect(places('Students at Paoli take English and French; the Orleans and Mitchell schools offer Spanish.')).not.toContain('English US');
	});

	it('stays the people before a noun, after an article, a copula or a verb of language, beside another people, or far from the town', () => {
		expect(places('Fans from Guntersville and Albertville cheered as Arab students sang.')).not.toContain('Arab US');
		expect(places('Guests from Marengo and Milltown praised the English.')).not.toContain('English US');
		expect(places('She teaches English; her classmates live in Leesburg and Pierceton.')).not.toContain('English US');
		// (rolling review: a predicate, a language, a list of peoples)
		expect(places('The Huntsville mosque serves worshippers who are Arab, Pakistani and Somali; others drive in from Decatur and Madison.')).not.toContain('Arab US');
		expect(places('The Louisville clinic in New Albany and Jeffersonville hires nurses who speak English.')).not.toContain('English US');
		expect(places('The Pampa coach, who is Canadian, praised his players from Miami and Wheeler.')).not.toContain('Canadian US');
	});
});
