// A name hyphened into another capitalised word once ("the Dublin-Laurens Museum", "McGregor-Smith") is that
// longer name there; elsewhere it stays what its own words make it where it is a well-known place's name.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name hyphened into another once', () => {
	it('does not undo the place a well-known name is elsewhere', () => {
		const museum = 'Dublin, the seat of Laurens County, lies on Interstate 16. The Dublin-Laurens Museum tells its story.';
		expect(placeOf(gazetteer, museum, 'Dublin')).toBe('city US/GA');
		expect(placeOf(gazetteer, museum, 'Laurens County')).toBe('district US/GA');
	});

	it('still makes a small place’s name the person’s throughout', () => {
		expect(placeOf(gazetteer, 'Tom McGregor-Smith was arrested in Brooklyn. McGregor has an attorney, police said.', 'McGregor')).toBe('(none)');
	});
});

describe('a country or continent hyphened after a capitalised word that names no place', () => {
	it('stays the country or continent, not the end of a longer name', () => {
		expect(placeOf(gazetteer, 'Officials met at the Sino-Japan summit on Tuesday to discuss trade.', 'Japan')).toBe('country JP/null');
		expect(placeOf(gazetteer, 'The Biden-Mexico accord on migration was signed on Friday.', 'Mexico')).toBe('country MX/null');
		expect(placeOf(gazetteer, 'Investors worry about the Brexit-Britain economy this winter.', 'Britain')).toBe('country GB/null');
		expect(placeOf(gazetteer, 'Planners proposed a Euro-Africa corridor for trade across the sea.', 'Africa')).toBe('continent null/null');
	});

	it('still reads a town after another language’s position word as part of the longer name', () => {
		expect(placeOf(gazetteer, 'The Bas-Saint-Laurent region of Quebec is rural.', 'Saint-Laurent')).toBe('(none)');
	});
});

describe('a name whose last word is a lower-case one a hyphen holds to the word before', () => {
	it('is read whole where the gazetteer has it', () => {
		// (a lower-case connector, "an", ends no other name: "Hpa" alone is none)
		expect(placeOf(gazetteer, 'Buses from Hpa-an reached Mawlamyine at noon.', 'Hpa-an')).toBe('city MM/05');
	});
});
