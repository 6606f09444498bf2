// "first isolated from a forest worker on the island of Trinidad": "the island of" calls the name after it an island,
// and the island of that name is meant wherever it lies, though the text's countries hold a town of the name (Trinidad
// in Bolivia's Beni). A name with no island reading keeps the reading the text gives it. Texts written for these
// tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a name after "the island of"', () => {
	it('is the island, though the text names the country of a town so named', () => {
		expect(where('Bolivia has confirmed cases in Pando and Beni. The virus was first isolated in 1955 from a forest worker on the island of Trinidad.', 'Trinidad')).toBe('TT 10,-61');
	});

	it('keeps the town where the name has no island reading, and the town named without the cue', () => {
		expect(where('Bolivia has confirmed cases in Pando and Beni, and a clinic in Trinidad is full.', 'Trinidad')).toBe('BO -15,-65');
		// (Flores, Indonesia, is no landform of the gazetteer: Uruguay's Flores Department is no island)
		expect(where('Tourists in Labuan Bajo, Indonesia, sail from the island of Flores to see the dragons.', 'Flores')).not.toMatch(/^UY/);
	});

	it('does not make a small town of the name a place when the gazetteer holds no island of it', () => {
		// the cue asks for an island: a town that shares the island's name is not what it names
		expect(where('Napoleon was exiled to the island of Elba in 1814.', 'Elba')).toBe('unmapped');
		expect(where('Walkers on the island of Skye were rescued after a storm.', 'Skye')).toBe('unmapped');
		expect(where('Tourists in Labuan Bajo, Indonesia, sail from the island of Flores to see the dragons.', 'Flores')).toBe('unmapped');
	});
});
