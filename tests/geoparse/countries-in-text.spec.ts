// The countries a text names speak for its ambiguous names, wherever they stand: in a list ("Chile and
// Peru"), and a town named like a country is the town where the text places it in its region. Texts
// written for these tests in the style of international news and Wikipedia, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf as placeOfName } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placeOf = (text: string, name: string) => placeOfName(gazetteer, text, name);

describe('a country named in a list of countries', () => {
	it('speaks for the text as a country named alone does', () => {
		// "Chile and Peru" waited for the list's evidence and so was no anchor: only Lima (Peru) was,
		// and Santiago went to a town of 64,000 near Cusco
		const text = 'The ministers met in Santiago to discuss the copper price. Chile and Peru agreed to share data, and talks will continue in Lima next month.';
		expect(placeOf(text, 'Santiago')).toBe('city CL/12');
		expect(placeOf(text, 'Chile')).toBe('country CL/null');
		expect(placeOf(text, 'Peru')).toBe('country PE/null');
	});
});

describe('a town named like a country', () => {
	it('is the town where the text names the region it lies in and a neighbour', () => {
		expect(placeOf('Córdoba is a city in the department of Quindío, Colombia. It lies south of Armenia, the departmental capital.', 'Armenia')).toBe('city CO/23');
	});

	it('stays the country where nothing places the town', () => {
		expect(placeOf('Córdoba is a city in the department of Quindío, Colombia. Its coffee is sold in Armenia and Georgia.', 'Armenia')).toBe('country AM/null');
	});
});

describe('a part of the name of a country the text names', () => {
	it('is that country or its island of that name, not a town elsewhere chosen by size ("Trinidad" beside "T&T")', () => {
		const text = 'The prime minister said the T&T mission in Washington had not been told. The ministry in Trinidad did not reply.';
		expect(placeOf(text, 'Trinidad')).toMatch(/^(?:country|landform) TT\//);
	});
});

describe('a small town that is the only place of its name, abroad from all the text names', () => {
	it('is left unmapped: most likely a place of the text’s country the gazetteer lacks', () => {
		// Delft is also a township of Cape Town; the gazetteer has only the Dutch city
		const text = 'She moved from Khayelitsha to a flat in Delft last year. Police in Cape Town said the Western Cape had more cases than the Eastern Cape.';
		expect(placeOf(text, 'Delft')).toBe('(none)');
		expect(placeOf(text, 'Cape Town')).toBe('city ZA/11');
	});

	it('stays where it lies beside the text’s places or the text names its country', () => {
		expect(placeOf('Sewage from Tijuana closed beaches in Imperial Beach. Baja California and Mexico promised repairs; Mexican officials met in Tijuana.', 'Imperial Beach')).toBe('city US/CA');
		expect(placeOf('Engineers from Delft in the Netherlands visited Cape Town, Durban and Pretoria.', 'Delft')).toBe('city NL/11');
	});

	it('counts the text’s country where an organisation’s name holds it ("Bank of South Africa", "a Building Ireland loan")', () => {
		expect(placeOf('She moved from Khayelitsha to a flat in Delft last year. Police in Cape Town and Durban said the Bank of South Africa would help.', 'Delft')).toBe('(none)');
		expect(placeOf('Families in Ballina and Westport can ask for a Building Ireland home loan; half of them are in the Haps scheme.', 'Haps')).toBe('(none)');
	});
});
