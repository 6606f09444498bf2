// First-level regions called by their own-language names (ISO 3166-2 via the iso-3166 package), as news
// and encyclopedias write them beside the English ones. Sentences written for these tests, against the
// real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function placeOf(text: string, name: string): string | undefined {
	return geoparse(text, gazetteer).find((t) => t.name === name)?.placeId;
}

describe('a region by its own-language name', () => {
	it('is the region, not nothing and not a small town abroad of that spelling', () => {
		const text = 'Grape pickers in Toscana and Piemonte began the harvest early, while olive farmers in Andalucía counted their losses after the heat.';
		expect(placeOf(text, 'Toscana')).toBe('adm1:IT-52');
		expect(placeOf(text, 'Piemonte')).toBe('adm1:IT-21');
		expect(placeOf(text, 'Andalucía')).toBe('adm1:ES-AN');
	});

	it('is found in other countries and forms too', () => {
		const text = 'Trains from Catalunya to the País Vasco were cut by the strike, and a heat alert covered Attiki.';
		expect(placeOf(text, 'Catalunya')).toBe('adm1:ES-CT');
		expect(placeOf(text, 'País Vasco')).toBe('adm1:ES-PV');
		expect(placeOf(text, 'Attiki')).toBe('adm1:GR-I');
	});

	it('leaves a city named in the region\'s own language to the city', () => {
		const text = 'The museum in Firenze reopened on Monday, and buses from Torino ran late.';
		expect(placeOf(text, 'Firenze')).toBe('gn:3176959');
		expect(placeOf(text, 'Torino')).toBe('gn:3165524');
	});
});
