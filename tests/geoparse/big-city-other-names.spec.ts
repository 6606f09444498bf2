// A city known abroad, named bare only by a foreign spelling of its name and chosen for nothing but its size, in a
// text that names nothing else in its country, is a person, a word or part of a longer name where a cue says so
// (by-other-name.ts, bigCityByOtherNameAlone): "U2 frontman Bono" is not Bonn, "Salam Pax" not La Paz. Its English
// and former names stay ("Kiev says", "Bombay was hit"). Texts written for these tests, in the shapes the BBC hand
// audits of sessions 41 and 42 found, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeName}`);

describe('a big city named bare by a foreign spelling of its name', () => {
	it('is a person or part of a longer name after a person’s title or a capitalised word', () => {
		expect(places('The album features a duet with U2 frontman Bono and a choir from Harlem.')).not.toContain('Bono → Bonn');
		expect(places('The film was made by the man who calls himself Salam Pax, a blogger from Baghdad.')).not.toContain('Pax → La Paz');
		expect(places('Real have won six consecutive Primera Liga games since the coach took charge.')).not.toContain('Liga → Riga');
	});

	it('is a person where the name is also an English word', () => {
		expect(places('Earlier this week, Bono announced that the band would play two shows in Dublin.')).not.toContain('Bono → Bonn');
	});

	it('stays the city as an English or former name, after a preposition, beside another name of its country, or respelled or shortened', () => {
		expect(places('Kiev says the vote was fair.')).toContain('Kiev → Kyiv');
		expect(places('Bombay was hit by floods on Tuesday.')).toContain('Bombay → Mumbai');
		expect(places('Peking has rejected the claim.')).toContain('Peking → Beijing');
		expect(places('When Dynamo Kiev beat Celtic, the fans sang.')).toContain('Kiev → Kyiv');
		expect(places('Bolton have signed Roma defender Vincent Candela.')).toContain('Roma → Rome');
		expect(places('The summit was held in Bonn last week.')).toContain('Bonn → Bonn');
		expect(places('The Mumbai (Bombay) blasts of 1993 killed 257 people.')).toContain('Bombay → Mumbai');
		expect(places('Thousands marched in Rio on Sunday.')).toContain('Rio → Rio de Janeiro');
	});
});
