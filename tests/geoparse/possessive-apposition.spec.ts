// "Moya, Spain's Davis Cup hero" after "Carlos Moya": a country in the possessive after the comma describes
// the one the text names so elsewhere (a person, a firm) and places no small town of the name; where the
// text gives the name to no one, or the place is a big city, the qualifier still places it. Texts written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe("a small town's name before \", Country's\"", () => {
	it('is the person a title gives the name elsewhere', () => {
		const text = "Palaniappan Chidambaram, India's finance minister, argued for reform. Mr Chidambaram is attending the meeting in London.";
		expect(placeOf(gazetteer, text, 'Chidambaram')).toBe('(none)');
	});

	it('is the person a full name gives the name earlier', () => {
		const text = "Top seed Carlos Moya lost in Madrid. Moya, Spain's Davis Cup hero, had to retire with a wrist injury.";
		expect(placeOf(gazetteer, text, 'Moya')).toBe('(none)');
	});

	it('stays the town where the text gives the name to no one', () => {
		expect(placeOf(gazetteer, "Officials in Chidambaram, India's temple town, said pilgrims arrived early.", 'Chidambaram')).toBe('city IN/25');
	});

	it('stays the town where the qualifier is no possessive', () => {
		const text = 'Mr Chidambaram spoke on Monday. Pilgrims reached Chidambaram, India, before dawn for the festival.';
		expect(placeOf(gazetteer, text, 'Chidambaram')).toBe('city IN/25');
	});

	it('stays the town where the possessive names a state, no country', () => {
		const text = "Lenoir, North Carolina's furniture town, lost 3,000 jobs, said Mr Lenoir, a local historian.";
		expect(placeOf(gazetteer, text, 'Lenoir')).toBe('city US/NC');
	});

	it('stays the town where the apposition names a place noun, whoever else bears the name', () => {
		const text = "Chidambaram, India's temple town, drew pilgrims, and Mr Chidambaram visited it in March.";
		expect(placeOf(gazetteer, text, 'Chidambaram')).toBe('city IN/25');
	});

	it('stays a big city whoever else bears the name', () => {
		expect(placeOf(gazetteer, "Mr Lyon met voters. Lyon, France's third city, welcomed the delegates.", 'Lyon')).toBe('city FR/84');
	});
});
