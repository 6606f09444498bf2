// "Sen. Rita Voss, R-Hoxie,", "Rep. Dale Pham (D-Colby)": US news hyphens a legislator's party initial to the home
// town the member represents; the town is a place, not the end of a hyphened name ("Melbourne-Blake"), nor a word
// after a person's name. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe("a town after a legislator's party initial", () => {
	it('is the place the member comes from, after a comma or in brackets', () => {
		const text = 'Sen. Rita Voss, R-Hoxie, and Rep. Dale Pham (D-Colby) wrote the bill; the Oakley and Goodland boards backed it.';
		expect(names(text)).toEqual(['Hoxie', 'Colby', 'Oakley', 'Goodland']);
		expect(placeOf(gazetteer, text, 'Hoxie')).toBe('city US/KS');
	});

	it('leaves other hyphened capitals and surnames alone', () => {
		expect(names('The Melbourne-Blake report was read by Ann Hoxie-Colby in Topeka.')).toEqual(['Topeka']);
	});
});
