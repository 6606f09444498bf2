import { describe, expect, it } from 'vitest';
import { nameKey } from '../../gazetteer/normalize.ts';
import { readCourses } from './courses.ts';
import type { DraftPlace } from './draft.ts';

function place(id: string, name: string, kind: DraftPlace['kind'], country: string | null, admin1: string | null, lat: number, lon: number): DraftPlace {
	return { id, name, kind, featureCode: 'PPL', country, admin1, lat, lon, population: 1, geonameId: null, names: new Set([name]) };
}

// most important first, as the build orders them
const ordered = [
	place('cur:river', 'River', 'water', null, null, 0, 0),
	place('gn:1', 'Jackson', 'city', 'US', 'MS', 32.3, -90.18),
	place('gn:2', 'Jackson', 'city', 'US', 'WY', 43.48, -110.76),
	place('gn:3', 'Helena', 'city', 'US', 'MT', 46.591, -112.036)
];
const byId = new Map(ordered.map((p) => [p.id, p]));
const names = new Map<string, number[]>();
ordered.forEach((p, i) => names.set(nameKey(p.name), [...(names.get(nameKey(p.name)) ?? []), i * 2]));

describe('readCourses', () => {
	it('takes each town by name and country, a US town by its state where one is given', () => {
		expect(readCourses([{ id: 'cur:river', towns: 'Helena US; Jackson US-WY' }], byId, names, ordered)).toEqual({ 'cur:river': [46.59, -112.04, 43.48, -110.76] });
		expect(readCourses([{ id: 'cur:river', towns: 'Helena US; Jackson US' }], byId, names, ordered)['cur:river']!.slice(2)).toEqual([32.3, -90.18]);
	});

	it('names the feature and the town it cannot find', () => {
		expect(() => readCourses([{ id: 'cur:nowhere', towns: 'Helena US; Jackson US' }], byId, names, ordered)).toThrow(/cur:nowhere\): unknown place id/);
		expect(() => readCourses([{ id: 'cur:river', towns: 'Helena US; Jackson US-ID' }], byId, names, ordered)).toThrow(/no town "Jackson" in US-ID/);
		expect(() => readCourses([{ id: 'cur:river', towns: 'Helena US; Jackson' }], byId, names, ordered)).toThrow(/"Jackson" is not a town name and a country code/);
		expect(() => readCourses([{ id: 'cur:river', towns: 'Helena US' }], byId, names, ordered)).toThrow(/two towns at least/);
	});
});
