// "Troy lies on the east bank of the Hudson": where a place lies, said right after its name, calls the name a
// place, however ordinary the word ("troy weight") or common the first name. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a name followed by where it lies', () => {
	it('is a place', () => {
		expect(placeOf(gazetteer, 'Troy lies on the east bank of the Hudson River, a few miles north of Albany.', 'Troy')).toBe('city US/NY');
		expect(placeOf(gazetteer, 'Troy lies along the river north of Albany and faces Watervliet.', 'Troy')).toBe('city US/NY');
	});

	it('but a person lying in bed, or about something, is not', () => {
		expect(placeOf(gazetteer, 'Troy lies in hospital after the crash, his coach said.', 'Troy')).toBe('(none)');
		expect(placeOf(gazetteer, 'Troy lies about his age, his coach said.', 'Troy')).toBe('(none)');
	});
});
