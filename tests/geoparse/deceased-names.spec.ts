// Obituaries name the dead after "the late": a town's name there, before "and" and another first name (the
// parents' form) or as a first name before a surname, is a person, not a place; the town named as a place in
// the same obituary still is one, and a city before a team's name or another city after "the late" stays the city. Texts
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => t.name);

describe('a name after "the late"', () => {
	it('is a parent in an obituary, not the town of that name', () => {
		expect(names('Born in Boone, she was the daughter of the late Lenoir and Hazel Absher, and taught school in Blowing Rock and Deep Gap for thirty years.')).toEqual(['Boone', 'Blowing Rock', 'Deep Gap']);
		expect(names('He is survived by a sister in Cullman and was preceded in death by the late Florence and Austin Pruitt of Hartselle.')).toEqual(['Cullman', 'Hartselle']);
	});

	it('leaves the town named as a place in the same text', () => {
		expect(names('The son of the late Lenoir and Ruth Greer, he ran a hardware store in Lenoir until 1998.')).toEqual(['Lenoir']);
	});

	it('leaves a city before a team\'s name, and cities of the period\'s sense ("the late Paris and London scenes")', () => {
		expect(names('Fans in Chicago remembered the late Chicago Bulls trainer on Sunday.')).toContain('Chicago');
		expect(names('The lecture covers the late Vienna and Berlin cafe scenes before the war.')).toEqual(['Vienna', 'Berlin']);
	});
});
