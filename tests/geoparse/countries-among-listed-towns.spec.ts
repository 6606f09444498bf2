// Two countries' names in a list of towns do not make it a list of countries (document-lists.ts): "RSU 10
// (Buckfield, Dixfield, Hartford, Mexico, Peru, Rumford)" names Maine towns, so Mexico and Peru are the towns among
// them (country-towns.ts); where countries are as many as the list's towns, or the towns are their capitals or lie
// far apart, the countries stay countries. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('countries in a list of more towns', () => {
	it('are the towns of their names among the listed towns', () => {
		const text = 'Storm closings. Schools closed Thursday: RSU 10 (Buckfield, Dixfield, Hartford, Mexico, Peru, Rumford, Sumner). No trash pickup in Peru until Saturday.';
		expect(placeOf(gazetteer, text, 'Mexico')).toBe('city US/ME');
		expect(placeOf(gazetteer, text, 'Peru')).toBe('city US/ME');
	});

	it('stay countries in a list of as many towns: "Paris, London, Mexico and Peru"', () => {
		const text = 'The band played Paris, London, Mexico and Peru on its last tour.';
		expect(placeOf(gazetteer, text, 'Mexico')).toBe('country MX/null');
		expect(placeOf(gazetteer, text, 'Peru')).toBe('country PE/null');
	});

	it('stay countries beside their capitals: "Georgia, Armenia, Tbilisi, Yerevan and Baku"', () => {
		const text = 'The envoy visited Georgia, Armenia, Tbilisi, Yerevan and Baku in one week.';
		expect(placeOf(gazetteer, text, 'Georgia')).toBe('country GE/null');
		expect(placeOf(gazetteer, text, 'Armenia')).toBe('country AM/null');
	});

	it('stay countries where the towns lie far apart: "Houston, Dallas, Austin, Mexico and Canada"', () => {
		const text = 'Students came from Houston, Dallas, Austin, Mexico and Canada to the camp in Kerrville.';
		expect(placeOf(gazetteer, text, 'Mexico')).toBe('country MX/null');
		expect(placeOf(gazetteer, text, 'Canada')).toBe('country CA/null');
	});
});
