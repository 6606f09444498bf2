// A town so much bigger than its namesakes (Orgon, France, beside two Mongolian hamlets of that name) that
// it is taken by its size alone stands, in a text whose other places lie in its country, as a town that
// is the only bearer of its name does; with no other place of its country in the text it still needs the
// words around it. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a town that outweighs its namesakes abroad', () => {
	it("is a neighbour the stub names in the subject's country (a French commune)", () => {
		const found = read('Eygalières is a commune in the Bouches-du-Rhône department in southern France. Its neighbouring communes are Saint-Rémy-de-Provence and Orgon.');
		expect(found).toContain('Orgon → city FR/93');
	});

	it('is one of a list of neighbouring communes', () => {
		const found = read('Mouriès is a commune in the Bouches-du-Rhône department in southern France. Neighbouring communes are Aureille, Eygalières, Maussane-les-Alpilles, Fontvieille, Arles, Salon-de-Provence, Orgon and Lamanon.');
		expect(found).toContain('Orgon → city FR/93');
	});

	it('is a nearby town of a German stub', () => {
		const found = read('Dornburg-Camburg is a town in the Saale-Holzland district, in Thuringia, Germany. The nearest towns are Jena and Kahla.');
		expect(found).toContain('Kahla → city DE/15');
	});

	it('still needs the words around it where no other place of its country is named', () => {
		expect(read('We saw Orgon.')).toEqual([]);
		// its own repetitions are no other place of its country
		expect(read('Orgon signed the letter. Orgon also wrote the reply, and Orgon sent it to Ohio.')).toEqual(['Ohio → region US/OH']);
	});
});
