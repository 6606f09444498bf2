// "Bolivar-Richburg: closed", "the Annville-Cleona district": US local news names a school district or a team two
// neighbouring towns share by hyphening their names; both are places. A double-barrelled surname after a first
// name ("Olivia Newton-John") or names whose towns lie far apart stay one name. Sentences written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf, readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => readPlaces(gazetteer, text).map((line) => line.split(' → ')[0]);

describe('two neighbouring towns hyphened', () => {
	it('are both places', () => {
		const text = 'Snow day. Bolivar-Richburg: closed. Wellsville and Andover: two hours late; Belmont on time.';
		expect(names(text)).toContain('Bolivar');
		expect(placeOf(gazetteer, text, 'Bolivar')).toBe('city US/NY');
		expect(names('The Annville-Cleona board met in Palmyra on Monday.')).toContain('Annville');
	});

	it('leave a double-barrelled surname one name', () => {
		expect(names('Olivia Newton-John sang in Nashville.')).toEqual(['Nashville']);
	});
});
