// "Volunteers from Texarkana and Hope": an everyday English word capitalised as an item of a list joined to a
// town the text places is a town where one of its places lies near that town (any item of the list: "from
// Ossipee, Madison, Freedom and Effingham"); far from it, it stays the word. So is one capitalised after "in"
// or "near" in mid-sentence where a town of it lies near a town the text places. A listed word whose town is far
// the biggest of its name is that town where it lies in the first-level region of another of the text's places
// ("in Most and Chomutov"), not where the others lie in other regions. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('an everyday word listed beside a placed town', () => {
	it('is the town of that name near it', () => {
		expect(placeOf(gazetteer, 'Volunteers from Texarkana and Hope loaded the trucks on Saturday morning.', 'Hope')).toBe('city US/AR');
		expect(placeOf(gazetteer, 'The choir sang in Belton and Temple last week.', 'Temple')).toBe('city US/TX');
	});

	it('but stays the word where no town of that name lies near the other', () => {
		expect(placeOf(gazetteer, 'Volunteers from Paris and Hope loaded the trucks on Saturday morning.', 'Hope')).toBe('(none)');
	});

	it('is the town near any item of its list, not only the items beside it', () => {
		expect(placeOf(gazetteer, 'Plows from Ossipee, Madison, Freedom and Effingham cleared the roads by noon.', 'Freedom')).toBe('city US/NH');
		expect(placeOf(gazetteer, 'Prizes went to students from Berlin, Paris, Hope and Temple.', 'Hope')).toBe('(none)');
		expect(placeOf(gazetteer, 'Rallies for Peace, Justice, Freedom and Hope were held in Boston and Cambridge.', 'Freedom')).toBe('(none)');
	});
});

describe('an everyday word capitalised after "in" or "near"', () => {
	it('is the town of that name near a town the text places', () => {
		expect(placeOf(gazetteer, 'Most of the lambs were raised near Plain, the fair board in Baraboo said.', 'Plain')).toBe('city US/WI');
		expect(placeOf(gazetteer, 'Hopes rose in Liberty after the plant in Kansas City reopened.', 'Liberty')).toBe('city US/MO');
	});

	it('but stays the word where no town of that name lies near the text\'s places', () => {
		expect(placeOf(gazetteer, 'Hopes rose in Liberty after the plant in Seattle reopened.', 'Liberty')).toBe('(none)');
		expect(placeOf(gazetteer, 'She finished a degree in Art and then took a job in Mason.', 'Art')).toBe('(none)');
	});
});

describe('an everyday word listed beside a town, whose own town is far the biggest of its name', () => {
	it('is that town where it lies in the region of another of the text\'s places', () => {
		expect(placeOf(gazetteer, 'Floods closed roads in Most and Litvínov on Tuesday.', 'Most')).toBe('city CZ/89');
		expect(placeOf(gazetteer, 'Teachers from Chomutov, Most and Žatec marched on Friday.', 'Most')).toBe('city CZ/89');
	});

	it('but stays the word where the others lie in other regions', () => {
		expect(placeOf(gazetteer, 'Floods closed roads in Most and Brno on Tuesday.', 'Most')).toBe('(none)');
	});
});
