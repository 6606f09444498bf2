// A place's name inside the title of a work or a publication is no place: the capitalised words right after
// the lower-case word for the work ("the film Hotel Rwanda", "his album Egypt": thing-names.ts titleOfWork),
// a small place's name between "the" and "newspaper" or "magazine" ("told the Herald newspaper":
// other-names.ts), and a name right after "honorary" ("an honorary Cesar": the award, judge.ts). The same
// names elsewhere stay places. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const places = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('the title of a work after the word for its kind', () => {
	it('is no place', () => {
		expect(places('She is best known for the film Hotel Rwanda.')).toEqual([]);
		expect(places('His album Egypt was a surprise hit.')).toEqual([]);
	});

	it('leaves the name elsewhere a place', () => {
		expect(places('The film was shot in Rwanda, and film crews in Egypt followed.')).toEqual(['Rwanda RW', 'Egypt EG']);
	});
});

describe('a small place’s name between "the" and a publication’s kind', () => {
	it('is the publication', () => {
		expect(places('He told the Herald newspaper that he was not fit.')).toEqual([]);
	});
});

describe('a name right after "honorary"', () => {
	it('is the award', () => {
		expect(places('The actor will be given an honorary Cesar next month.')).toEqual([]);
	});
});
