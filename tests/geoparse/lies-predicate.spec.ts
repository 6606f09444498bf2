// "Troy lies on the east bank of the Hudson": where a place lies, said right after its name, calls the name a
// place, however ordinary the word ("troy weight") or common the first name. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { kmFromReading } from '../helpers/km-from.ts';
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

// "X is a village in Y County. It lies 12 km west of Z": a stub says where its subject lies in the sentence
// after the one that describes it; the village the gazetteer lacks is put that far from Z, not at the county
describe('the sentence after a description that says where its subject lies', () => {
	const oakdale = 'Oakdale is a village in Washington County, Indiana.';

	it('places the subject at the distance and bearing it states from a town in the named parents', () => {
		// Salem, Indiana (the county seat) lies at 38.606, -86.101: 12 km west is 38.606, -86.239
		for (const after of ['It lies approximately 12 kilometres (7 mi) west of Salem, the county seat.', 'The village is situated 12 km west of Salem.'])
			expect(kmFromReading(gazetteer, `${oakdale} ${after}`, 'Oakdale', [38.606, -86.239])).toBeLessThanOrEqual(2);
		expect(kmFromReading(gazetteer, 'Oakdale is an unincorporated community in Henry County, Tennessee. The community is located 12 km north of Paris.', 'Oakdale', [36.41, -88.327])).toBeLessThanOrEqual(2);
	});

	it('reads the town named there as the namesake in those parents', () => {
		expect(placeOf(gazetteer, `${oakdale} It lies 12 km west of Salem.`, 'Salem')).toBe('city US/IN');
		expect(placeOf(gazetteer, 'Oakdale is an unincorporated community in Henry County, Tennessee. The community is located 12 km north of Paris.', 'Paris')).toBe('city US/TN');
	});

	it('but a town it names with no distance, or outside the parents, does not move the subject from its county', () => {
		// Washington County, Indiana lies at 38.616, -86.076
		for (const after of ['It lies near Salem.', 'It lies 12 km west of Salem, Oregon.', 'Its school is 12 km west of Salem.'])
			expect(kmFromReading(gazetteer, `${oakdale} ${after}`, 'Oakdale', [38.616, -86.076])).toBeLessThanOrEqual(1);
	});
});

// "Hope is 11 miles to the west": how far and which way a name lies is said only of places, so an everyday
// word ("hope", "pigeon") or a first name ("Duncan") said to lie so is the place
describe('a name followed by its distance and bearing', () => {
	it('is a place, with or without a verb, with the distance in both units', () => {
		expect(placeOf(gazetteer, 'Emmet is a town in Nevada County, Arkansas. Hope is 11 miles to the west, along the railway.', 'Hope')).toBe('city US/AR');
		expect(placeOf(gazetteer, 'Caseville is a city in Huron County, Michigan. Pigeon lies about 10 miles (16 km) south-east of the town.', 'Pigeon')).toBe('city US/MI');
		expect(placeOf(gazetteer, 'Marlow is a village in Stephens County, Oklahoma. Comanche is 14 miles to the south-west, Duncan 9 miles to the south.', 'Duncan')).toBe('city US/OK');
	});

	it('but a person so far from a finish or ahead of others is not', () => {
		expect(placeOf(gazetteer, 'The race was long. Hope was 5 km from the finish when she crashed.', 'Hope')).toBe('(none)');
		expect(placeOf(gazetteer, 'The race was long. Hope was 3 miles ahead of the pack at the turn.', 'Hope')).toBe('(none)');
	});

	it('but not a person found or stopped so far away, or where someone was when something happened', () => {
		expect(placeOf(gazetteer, 'Searchers found Grace 2 miles north of the campsite on Sunday.', 'Grace')).toBe('(none)');
		expect(placeOf(gazetteer, 'Deputies stopped Hunter 3 miles east of the school.', 'Hunter')).toBe('(none)');
		expect(placeOf(gazetteer, 'Chase was 3 miles west of town when the storm hit.', 'Chase')).toBe('(none)');
	});
});
