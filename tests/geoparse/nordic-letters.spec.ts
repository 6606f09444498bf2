// ø, æ and å are letters of their own in the Nordic languages: a name written with one of them ("Fanø", "Rømø")
// is no place elsewhere whose own name lacks it (Fano, Italy; Rome by its Esperanto "Romo"), which the folded name
// key would read; Nordic places and names written plainly keep their readings (written-accents.ts, index.ts).
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => readPlaces(gazetteer, text, { mappedOnly: true });

describe('a name written with a Nordic letter', () => {
	it('reads no place abroad whose own name lacks the letter (wiki-s43 A: Hågå)', () => {
		expect(read('Sønderho is a village on Fanø, one of the Danish Wadden Sea islands.').filter((t) => t.includes(' IT/'))).toEqual([]);
		expect(read('The ferry from Rømø sails to Havneby.')).toEqual([]);
	});

	it('keeps Nordic places and names written plainly', () => {
		const first = (text: string) => read(text)[0]?.replace(/\/.*$/, '');
		expect(first('Tromsø is a city in northern Norway.')).toBe('Tromsø → city NO');
		expect(first('Ærøskøbing is a town on the island of Ærø, south of Funen.')).toBe('Ærøskøbing → city DK');
		expect(read('He flew from Rømø to Rome.').map((t) => t.replace(/\/.*$/, ''))).toEqual(['Rome → city IT']);
		expect(first('Fano is a town in the Marche, Italy.')).toBe('Fano → city IT');
	});
});
