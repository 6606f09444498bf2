// A village or small town the text says lies near a place lies within a short drive of it: a reading of the name
// hundreds of km off, chosen for nothing the text says of it, is a namesake of a place the gazetteer lacks, left
// unmapped where no reading of the name lies near. A city big enough to be a landmark may be called near a city
// farther off, and a reading the text places otherwise stands. Written for these tests (none copied); no name is
// listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeAndCountryOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town said to lie near a place', () => {
	it('leaves Manston, near Ramsgate, unmapped rather than at the Dorset village 256 km off', () => {
		const text = 'LONDON - Those who reached England were taken to the processing centre at Manston, near Ramsgate, after landing in Dover.';
		expect(placeAndCountryOf(gazetteer, text, 'Manston')).toBe('none');
	});

	it('reads an area word between the name and "near" as the same closeness', () => {
		// (the only Makran the gazetteer has is a Mazandaran village 1,472 km from Chabahar)
		expect(placeAndCountryOf(gazetteer, 'Iran moved the naval base to the Makran coast, near Chabahar.', 'Makran')).toBe('none');
		expect(placeAndCountryOf(gazetteer, 'Tourists flock to the Amalfi coast, near Naples.', 'Amalfi')).toBe('Amalfi, IT');
	});

	it('keeps a city big enough to be a landmark called near a city farther off', () => {
		expect(placeAndCountryOf(gazetteer, 'The festival moved to Kingston, near Toronto, for its tenth year.', 'Kingston')).toBe('Kingston, CA');
	});

	it('reaches farther from a big city, the one a reader knows', () => {
		expect(placeAndCountryOf(gazetteer, 'Miners in Tonopah, near Las Vegas, walked off the job on Monday.', 'Tonopah')).toBe('Tonopah, US');
		expect(placeAndCountryOf(gazetteer, 'In New Mexico, Ruidoso, near El Paso, ran out of water.', 'Ruidoso')).toBe('Ruidoso, US');
	});

	it('keeps a town the text places near the other', () => {
		expect(placeAndCountryOf(gazetteer, 'The family lives in Paris, near Lexington, Kentucky.', 'Paris')).toBe('Paris, US');
	});
});
