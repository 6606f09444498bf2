// A town named like a first name, followed by ", who", is a person ("She will voice Charlotte, who teams
// up with a girl…"), and that person throughout the text; after a function word the clause belongs to
// another noun and the town stays ("the mayor of Charlotte, who took office"). judge-persons.ts.
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
