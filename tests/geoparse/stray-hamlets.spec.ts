// A small town taken only for being the one place of its name, with no other name of the text near it
// ("Hocking" of "the Hocking Hills", an Australian town of 5,783), says nothing of the text's country.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a stray hamlet abroad', () => {
	it('does not make the namesakes of its country the text’s', () => {
		const cabins = 'Our cabins off U.S. 33 near Nelsonville are minutes from Logan and the Hocking Hills.';
		expect(placeOf(gazetteer, cabins, 'Logan')).toBe('city US/OH');
		// ... and, alone of its country, it is left unmapped (lone-abroad.ts)
		expect(placeOf(gazetteer, cabins, 'Hocking')).toBe('(none)');
	});

	it('is still read as the town where another name of the text lies near it', () => {
		expect(placeOf(gazetteer, 'Our cabins near Nelsonville are minutes from Logan, and Hocking is a short drive from Perth.', 'Hocking')).toBe('city AU/08');
	});
});
