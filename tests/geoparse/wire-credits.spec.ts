// A wire story's credit lines name its reporters and editors: a surname there that is also a town's name is
// no place, while a place written after "in" is ("Reporting by Ann Lee in Lagos"). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const namesIn = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('names in a wire story\'s credits', () => {
	it('reads the surnames of reporters and editors as people', () => {
		expect(namesIn('ABUJA (Reuters) - Fuel queues returned on Monday. Reporting by Amina Sokoto; Editing by Tom Hale')).toEqual(['ABUJA']);
		expect(namesIn('ACCRA (Reuters) - Cocoa prices rose. Additional reporting by Ann Lee and Joe Kano; Writing by Tim Lagos')).toEqual(['ACCRA']);
	});

	it('keeps the places where the reporters were', () => {
		expect(namesIn('ABUJA (Reuters) - Fuel queues returned. Reporting by Amina Sokoto in Kano and Joe Mensah in Accra')).toEqual(['ABUJA', 'Kano', 'Accra']);
	});

	it('keeps a place written after a comma or "and" in the credits, and a country or capital there', () => {
		expect(namesIn('Rains came late near Kitale. Writing by Rob Vane, Kenya newsroom; Editing by Sam Hale')).toEqual(['Kitale', 'Kenya']);
		expect(namesIn('Maize prices doubled. Reporting by Rob Vane, Lusaka; Editing by Sam Hale, Pretoria')).toEqual(['Lusaka', 'Pretoria']);
		expect(namesIn('Reporting by Rob Vane and Malawi\'s state radio in Lilongwe.')).toEqual(['Malawi', 'Lilongwe']);
	});

	it('keeps places that report, and places after other uses of "by"', () => {
		expect(namesIn('Reporting by Guinea and Liberia has improved, the agency said.')).toEqual(['Guinea', 'Liberia']);
		expect(namesIn('Reporting by China was slow, the agency said.')).toEqual(['China']);
		expect(namesIn('Oil produced by Nigeria and Angola fell, and a list compiled by Kenya showed more cases.')).toEqual(['Nigeria', 'Angola', 'Kenya']);
		expect(namesIn('The road was blocked by Kano residents, and flights were diverted by Lagos officials.')).toEqual(['Kano', 'Lagos']);
	});
});
