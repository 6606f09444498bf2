// A town named like a first name, followed by ", who", is a person ("She will voice Charlotte, who teams
// up with a girl…"), and that person throughout the text; after a function word the clause belongs to
// another noun and the town stays ("the mayor of Charlotte, who took office"); so is one before a verb of
// speech and "she" or "he" ("Charlotte said she"), and a small place's name after "the role of" or "role as"
// ("to play the role of Crockett": the character). judge-persons.ts.
// Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('a first name’s town before ", who"', () => {
	it('is a person, there and later', () => {
		expect(places('In the new film she will voice Charlotte, who teams up with a pig. Charlotte said little.')).toEqual([]);
	});

	it('stays the town where the clause is another noun’s', () => {
		expect(places('The mayor of Charlotte, who took office in May, met residents.')).toEqual(['Charlotte US']);
	});
});

describe('a first name’s town before a verb of speech and "she" or "he"', () => {
	it('is a person', () => {
		expect(places('The singer wept on stage. Charlotte said she had never been so proud.')).toEqual([]);
		expect(places('Asked about the tour, Florence says he will rest first.')).toEqual([]);
	});

	it('stays the town where it says "it", or after a function word', () => {
		expect(places('After the vote, Charlotte said it would build a new stadium.')).toEqual(['Charlotte US']);
		expect(places('Police in Charlotte said he was held overnight.')).toEqual(['Charlotte US']);
	});
});

describe('a small place’s name after "the role of" or "role as"', () => {
	it('is the character', () => {
		expect(places('The Texas-born actor will play the role of Crockett in a film shot in Dallas.')).toEqual(['Texas US', 'Dallas US']);
		expect(places('Her role as Juniper won praise in London.')).toEqual(['London GB']);
	});

	it('leaves a well-known place', () => {
		expect(places('They discussed the role of Houston in the oil trade.')).toEqual(['Houston US']);
	});
});
