// A town's name after a capitalised word and a name particle ends a longer name (judge-persons.ts): Portuguese "do"
// is such a particle ("Santo Antônio do Salto"), but only after a name word, since English "do" is a verb ("How do
// Paris and London compare"). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('Portuguese "do" inside a longer name', () => {
	it('reads no town for the last word of a name joined by "do" that the gazetteer lacks', () => {
		const text = 'Morro do Pilar is a municipality in Minas Gerais, Brazil. It borders Itabira and Santo Antônio do Salto.';
		expect(names(text)).toEqual(expect.arrayContaining(['Minas Gerais', 'Itabira']));
		expect(names(text)).not.toContain('Salto');
	});

	it('keeps a town after the English verb "do"', () => {
		expect(names('How do Paris and London compare on rents? I do Chicago every summer.')).toEqual(['Paris', 'London', 'Chicago']);
		// after a plural subject too
		expect(names('Why Americans do Paris differently. The Beatles do Hamburg in a new film.')).toEqual(expect.arrayContaining(['Paris', 'Hamburg']));
	});

	it('drops only the mention inside the longer name, not the town named bare later', () => {
		expect(names('She studied at the Universidade do Porto before moving to Lisbon. Porto has grown since.')).toContain('Porto');
	});
});
