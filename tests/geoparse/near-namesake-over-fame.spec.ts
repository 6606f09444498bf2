// "Born in Florence" in a story whose towns lie around one state: the namesake of that state near them,
// not a city known abroad that the text puts nothing in the country of — unless that city is far more
// than a town (Paris, Texas is 1/850 of Paris) or the namesake lies far from the text's towns. Texts
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const readingsOf = (text: string, name: string) => regionsOf(gazetteer, text, name);

describe('a near namesake over a city known abroad', () => {
	it('reads "born in Florence" among Alabama towns as Florence, Alabama', () => {
		const text = 'Mary Lee, 88, of Tuscaloosa, died Sunday at the regional medical center. Born in Florence, she taught school in Huntsville and Decatur for 35 years.';
		expect(readingsOf(text, 'Florence')).toEqual(['US/AL']);
	});

	it('reads it among South Carolina towns as Florence, South Carolina', () => {
		const text = 'Bob Hill, 75, of Columbia, died Tuesday. He was born in Florence and worked in Sumter and Orangeburg.';
		expect(readingsOf(text, 'Florence')).toEqual(['US/SC']);
	});

	it('keeps Paris among Texas towns (Paris, Texas is far smaller) and Geneva beside New York (far from it)', () => {
		expect(readingsOf('Jane Roe, 70, of Tyler, died Friday. She studied art in Paris and taught in Longview and Dallas for 30 years.', 'Paris')).toEqual(['FR/11']);
		expect(readingsOf('Diplomats met for talks in Geneva on Monday before flying back to New York and Albany.', 'Geneva')).toEqual(['CH/GE']);
	});

	it('keeps Florence the Italian city where the text names Italy', () => {
		const text = 'Mary Lee, 88, of Tuscaloosa, died Sunday. Born in Florence, Italy, she taught school in Huntsville and Decatur.';
		expect(readingsOf(text, 'Florence')).toEqual(['IT/16']);
	});
});
