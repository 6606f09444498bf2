// "Galway city 12 km to the south-east": GeoNames files a town under its Irish name (Gaillimh) and lists
// "Galway city" among its other names, which alone need a preposition or a qualifier (index.ts); the word
// "city" written after the name in lower case says what the place is, as a qualifier does, and the toponym
// is the name before it. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town named with the word "city" after it', () => {
	it('is the town, named without the word, where no preposition comes before it', () => {
		const text = 'Moycullen is a village in County Galway, Ireland. Oughterard lies to the west, and Galway city 12 km to the south-east.';
		const galway = geoparse(text, gazetteer).filter((t) => text.slice(t.start, t.end).startsWith('Galway') && t.start > 60);
		expect(galway.map((t) => [t.name, t.kind, t.country])).toEqual([['Galway', 'city', 'IE']]);
		expect(galway[0]!.lat).toBeCloseTo(53.27, 1);
	});

	it('is so at a sentence start too', () => {
		const text = 'Kilcolgan is a village in Ireland. Galway city is a half-hour drive north, and Limerick city an hour south.';
		const found = geoparse(text, gazetteer).map((t) => `${t.name} → ${t.kind} ${t.country}`);
		expect(found).toContain('Galway → city IE');
		expect(found).toContain('Limerick → city IE');
	});

	it('is no town "X City" where X is a state\'s or a country\'s name and "of" follows ("the Michigan city of Flint")', () => {
		const text = 'Crews in the Michigan city of Flint replaced pipes, and the Oregon city of Bend and the Texas city of Tyler did the same.';
		const found = geoparse(text, gazetteer).map((t) => `${text.slice(t.start, t.end)} → ${t.name} ${t.kind} ${t.country}`);
		expect(found).toEqual(['Michigan → Michigan region US', 'Flint → Flint city US', 'Oregon → Oregon region US', 'Bend → Bend city US', 'Texas → Texas region US', 'Tyler → Tyler city US']);
	});
});
