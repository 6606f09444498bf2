// "Mazar-e Sharif", "Torbat-e Jam", "Bandar-e Anzali": Persian names join their words with a linking vowel
// ("-e", "-i", "-ye") that a hyphen holds to the word before and a space parts from the next; the whole is the
// place's name, as "Mazar-i-Sharif" with hyphens on both sides already was. A hyphened word that is no such vowel
// ("e-mail", "Coca-Cola") joins nothing. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name whose words a Persian linking vowel joins', () => {
	it('is read whole as the place of that name', () => {
		expect(placeNameOf(gazetteer, 'Aid convoys left Mazar-e Sharif for the northern districts on Sunday.', 'Mazar-e Sharif')).toBe('Mazār-e Sharīf');
		expect(placeNameOf(gazetteer, 'Returnees were bussed from Torbat-e Jam to the border post.', 'Torbat-e Jam')).toBe('Torbat-e Jām');
		expect(placeNameOf(gazetteer, 'Fishing boats stayed in port at Bandar-e Anzali as the storm passed.', 'Bandar-e Anzali')).toBe('Bandar-e Anzalī');
	});

	it('leaves other hyphened words alone', () => {
		expect(readPlaces(gazetteer, 'She sent an e-mail from Shiraz to a Coca-Cola bottler in Tabriz.').map((line) => line.split(' → ')[0])).toEqual(['Shiraz', 'Tabriz']);
	});
});
