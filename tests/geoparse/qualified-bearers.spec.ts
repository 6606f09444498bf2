// "Santa Rosa, Oaxaca": a qualifier finds its town among all bearers of a name, not only the leading
// homonyms weighed. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town named with its state, where many towns bear the name', () => {
	// dozens of towns are called Santa Rosa, Santa Ana or San José; Oaxaca's and Zacatecas' rank past the
	// first 25 by population, and the state is read only as the qualifier (the bare name is its capital)
	it('is the bearer in that state, however far down the name list it ranks', () => {
		expect(placeOf(gazetteer, 'The bus left Santa Rosa, Oaxaca, before dawn and reached the coast by noon.', 'Santa Rosa')).toBe('city MX/20');
		expect(placeOf(gazetteer, 'The mine near Santa Ana, Zacatecas, reopened in March.', 'Santa Ana')).toBe('city MX/32');
		expect(placeOf(gazetteer, 'Teachers from San Jose, Oaxaca, joined the strike in the capital.', 'San Jose')).toBe('city MX/20');
	});

	it('still reads a well-known bearer without a qualifier, and one named with its own state', () => {
		expect(placeOf(gazetteer, 'Flights to San Jose were delayed by fog.', 'San Jose')).toMatch(/^city (US\/CA|CR\/)/);
		expect(placeOf(gazetteer, 'Farmers in Santa Rosa, Puebla, lost most of their maize to frost.', 'Santa Rosa')).toBe('city MX/21');
	});
});
