// Between namesakes of one country that nothing in the text tells apart and size leaves within a factor of
// two, the one known by name (GeoNames' alternate names) is meant (src/lib/geoparse/known-at-home.ts); a
// state, a neighbour or a qualifier the text gives keeps the other. Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import type { GazetteerPlace } from '../../src/lib/gazetteer/types.ts';
import { knownAtHome } from '../../src/lib/geoparse/known-at-home.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Every toponym called `name`, each as "country/admin1". */
const resolved = (text: string, name: string): string[] => regionsOf(gazetteer, text, name);

describe('a namesake known by name against a slightly bigger one known to nobody', () => {
	it('carries the count of names of a town that shares its name with another of its country, and of no other', () => {
		// Princeton, New Jersey (30 names) and Princeton, Florida (2: too few to count)
		expect(placeById(gazetteer, 'gn:5102922')?.alternateNameCount).toBe(30);
		expect(placeById(gazetteer, 'gn:4169345')?.alternateNameCount).toBeUndefined();
		// Venice, Italy (64 names, no namesake in Italy) and Venice, Florida (11, a namesake in California)
		expect(placeById(gazetteer, 'gn:3164603')?.alternateNameCount).toBeUndefined();
		expect(placeById(gazetteer, 'gn:4176380')?.alternateNameCount).toBe(11);
	});

	it('takes the town known by name where the text says nothing of which is meant', () => {
		expect(resolved('A talk by a professor from Princeton drew a large crowd on Thursday night.', 'Princeton')).toEqual(['US/NJ']);
		expect(resolved('The refinery strike spread to Pasadena before the weekend, a spokesman said.', 'Pasadena')).toEqual(['US/CA']);
	});

	it('keeps the bigger namesake where the text qualifies it', () => {
		expect(resolved('Princeton, Fla., residents met on Tuesday to talk about flooding.', 'Princeton')).toEqual(['US/FL']);
	});

	it('keeps the bigger namesake where the text names its neighbours or its state', () => {
		expect(resolved('New homes are going up in Homestead and Princeton as the county grows.', 'Princeton')).toEqual(['US/FL']);
		expect(resolved('Growers across Florida lost crops to the frost; one farmer near Princeton lost half his tomatoes.', 'Princeton')).toEqual(['US/FL']);
		expect(resolved('HOUSTON — Refinery workers in Pasadena walked off the job on Monday, the union said.', 'Pasadena')).toEqual(['US/TX']);
	});

	it('asks for ten names, twice the other, no more than half as likely, in the same country', () => {
		const town = (country: string, names: number | undefined, score: number, ownArea = false) => ({
			place: { kind: 'city', country, ...(names === undefined ? {} : { alternateNameCount: names }) } as GazetteerPlace,
			score,
			alternate: false,
			ownArea,
			placedLocally: false
		});
		expect(knownAtHome([town('US', undefined, 5), town('US', 30, 4.9)])?.place.alternateNameCount).toBe(30);
		// the known one most known, not the next largest
		expect(knownAtHome([town('US', undefined, 5), town('US', 12, 4.95), town('US', 30, 4.9)])?.place.alternateNameCount).toBe(30);
		expect(knownAtHome([town('US', undefined, 5), town('US', 9, 4.9)])).toBeNull();
		expect(knownAtHome([town('US', 8, 5), town('US', 15, 4.9)])).toBeNull();
		expect(knownAtHome([town('US', undefined, 5), town('US', 30, 4.6)])).toBeNull();
		expect(knownAtHome([town('US', undefined, 5), town('CA', 30, 4.9)])).toBeNull();
		expect(knownAtHome([town('US', undefined, 5, true), town('US', 30, 4.9)])).toBeNull();
	});
});
