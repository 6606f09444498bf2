// "Bergen, North Dakota, a city in McHenry County": a county whose bigger namesake lies in a state the text does not
// name, while a namesake lies in a state it names, is read from the context, not by size (named-regions.ts).
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a county named like a bigger one of a state the text does not name', () => {
	it('is the namesake in the state a list item names', () => {
		expect(regionsOf(gazetteer, 'Bergen may refer to:\n\n- Bergen, North Dakota, a city in McHenry County', 'McHenry County')).toEqual(['US/ND']);
		expect(regionsOf(gazetteer, 'Places named Bergen:\n\n- Bergen, New York, a town in Genesee County\n- Bergen, North Dakota, a city in McHenry County', 'McHenry County')).toEqual(['US/ND']);
	});

	it('but stays the bigger one where no state is named, or its own state is named too', () => {
		expect(regionsOf(gazetteer, 'The McHenry County board met in Woodstock on Tuesday.', 'McHenry County')).toEqual(['US/IL']);
		expect(regionsOf(gazetteer, 'Crews from Illinois and North Dakota met at the fair. McHenry County deputies led the parade.', 'McHenry County')).toEqual(['US/IL']);
	});
});
