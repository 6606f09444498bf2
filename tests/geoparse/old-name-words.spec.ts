// An everyday English word that names a town only as one of its other (old, foreign) names is no place where a
// phrase around it seems to call it one: "the Palmyra Area districts" (Pennsylvania's "X Area School District")
// are no districts of "Area", an old name of Mundelein, Illinois (judge.ts). A town that bears such a word as its
// own name keeps the phrase's reading. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('an everyday word that is only a town’s other name', () => {
	it('is no place before a division word', () => {
		expect(placeOf(gazetteer, 'The Palmyra Area districts and the Annville-Cleona district closed early.', 'Area')).toBe('(none)');
	});

	it('leaves a town that bears the word as its own name to the phrase', () => {
		expect(placeOf(gazetteer, 'The town of Hope, south of Texarkana, closed its schools early.', 'Hope')).toBe('city US/AR');
	});
});
