// A state named as its capital is ("Oaxaca", "Zacatecas", "Chihuahua"): the office the name holds says
// which is meant. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const kinds = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.kind}`);

describe('a state and its capital of one name', () => {
	it('is the state where its governor is named after "of" or its possessive', () => {
		expect(kinds('The governor of Oaxaca said the army would help.')).toEqual(['Oaxaca → region']);
		expect(kinds("Oaxaca's governor declared an emergency.")).toEqual(['Oaxaca → region']);
		expect(kinds("Chihuahua's governor, Maru Campos, spoke on Monday.")).toContain('Chihuahua → region');
	});

	it('keeps a place whose office holder speaks, not the place as the speaker', () => {
		// "Zacatecas said" alone is a body named after the town; "the governor of Zacatecas said" is the state
		expect(kinds('The governor of Zacatecas said the army would help.')).toEqual(['Zacatecas → region']);
		expect(kinds('The mayor of Chihuahua said the city would help.')).toEqual(['Chihuahua → city']);
	});

	it('stays the city where the text says city', () => {
		expect(kinds('The museum in the city of Oaxaca reopened.')).toEqual(['Oaxaca → city']);
		expect(kinds('Tourists returned to Oaxaca City after the earthquake.')).toEqual(['Oaxaca City → city']);
		expect(kinds('Troops were sent to the northern state of Chihuahua.')).toEqual(['Chihuahua → region']);
	});
});
