// The gazetteer's places are made as objects of one shape: a field set on a few of them afterwards
// (knownAbroad, alternateNameCount, geometry) is present, undefined, on every other, so that the geoparser's reads of a
// place's fields meet one hidden class in V8 rather than four.
import { beforeAll, describe, expect, it } from 'vitest';
import { placeById, type Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('the shape of a gazetteer place', () => {
	it('has the same own fields on a place known abroad, a place with a shape and a plain town', () => {
		const knownAbroad = placeById(gazetteer, 'gn:3164603')!;
		const shaped = gazetteer.places.find((place) => place.geometry !== undefined)!;
		const plain = placeById(gazetteer, 'gn:4176380')!;
		expect(knownAbroad.knownAbroad).toBe(true);
		expect(shaped.geometry).toBeDefined();
		expect(plain.knownAbroad ?? plain.geometry).toBeUndefined();
		expect(Object.keys(knownAbroad)).toEqual(Object.keys(plain));
		expect(Object.keys(shaped)).toEqual(Object.keys(plain));
		const counted = placeById(gazetteer, 'gn:5102922')!;
		expect(counted.alternateNameCount).toBeGreaterThan(0);
		expect(Object.keys(counted)).toEqual(Object.keys(plain));
	});
});
