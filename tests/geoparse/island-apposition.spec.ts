// An apposition calling a name one island of a group or of a country ("Ithaca, one of the Ionian Islands of Greece",
// "Rhodes, one of the Dodecanese islands of Greece") places it there as "Ithaca, Greece" does: the island's town of
// the name, even where the gazetteer knows that town only by another name (Itháki, Ródos). Against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeAndCountryOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('an island apposition', () => {
	it('places the name in the island group or the country it names', () => {
		const kioni = 'Kioni is a village on the north-east coast of Ithaca, one of the Ionian Islands of Greece. It had 200 inhabitants in 2011.';
		expect(placeAndCountryOf(gazetteer, kioni, 'Ithaca')).toBe('Itháki, GR');
		const rhodes = 'Rhodes, one of the Dodecanese islands of Greece, keeps the old town of the Knights.';
		expect(placeAndCountryOf(gazetteer, rhodes, 'Rhodes')).toBe('Ródos, GR');
	});

	it('settles nothing where it speaks of no islands, or its country holds no town of the name', () => {
		// (a city among a country's cities is no island; an island group abroad leaves the name to the context)
		expect(placeAndCountryOf(gazetteer, 'Students of Cornell live in Ithaca, one of the college towns of New York.', 'Ithaca')).toBe('Ithaca, US');
		expect(placeAndCountryOf(gazetteer, 'Jersey, one of the Channel Islands, lies off Normandy.', 'Jersey')).toBe('Jersey, JE');
	});
});
