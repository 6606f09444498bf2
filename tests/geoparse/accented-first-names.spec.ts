// A first name written with its accents ("Andrés", "Jesús", "Raúl") before a surname is the first name the lexicon
// holds unaccented: it makes the word after it a surname (and that surname a person's at its later bare mentions),
// and it opens no local two-word name the gazetteer lacks (longer-name-words.ts pairOfLocalName), as an accented
// word that is no first name does ("Tả Van"). Alone, an accented word keeps its place: the accents are the place's
// own spelling ("Şile", "Cristóbal"). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { isAccentedFirstName } from '../../src/lib/geoparse/word-facts.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const readingsOf = (text: string, name: string) => readPlaces(gazetteer, text).filter((line) => line.startsWith(`${name} →`));

describe('a first name written with accents', () => {
	it('is found in the unaccented lexicon', () => {
		expect(['andrés', 'jesús', 'raúl', 'maría', 'josé'].map((word) => isAccentedFirstName(word, gazetteer))).toEqual([true, true, true, true, true]);
		expect(['tả', 'andres'].map((word) => isAccentedFirstName(word, gazetteer))).toEqual([false, false]);
	});

	it('makes the next word a surname, also where the surname comes back alone', () => {
		expect(readingsOf('The mayor, Andrés Medina, resigned on Friday. Medina had run the council since 2019.', 'Medina')).toEqual([]);
		expect(readingsOf('Police arrested the lawyer Jesús Salinas on Monday. Salinas denies the charges.', 'Salinas')).toEqual([]);
		expect(readingsOf('Raúl Tarija, the finance minister, quit on Tuesday. Tarija said he had been misled.', 'Tarija')).toEqual([]);
	});

	it('is no first name where no surname follows it: a town spelt with accents stays the town', () => {
		expect(readingsOf('Ships queued off Colón and Cristóbal on the Atlantic side of the canal.', 'Cristóbal')).toEqual(['Cristóbal → city PA/04']);
		expect(readingsOf('The district borders Beykoz to the west and Şile to the east, on the Black Sea.', 'Şile')).toEqual(['Şile → city TR/34']);
	});

	it('leaves an accented word that is no first name the opening of a local name', () => {
		// (Van, Turkey is not the Van of "Tả Van", a village near Sa Pa)
		expect(readingsOf('Trekkers walk down from Sa Pa to the village of Tả Van through the rice terraces.', 'Van')).toEqual([]);
	});
});
