// First-level regions called by their English names in international and health news, which
// country-state-city does not know ("Subcarpathian Voivodeship" is "Podkarpackie Voivodeship" there):
// data/gazetteer/region-names.tsv. Sentences written for these tests, against the real gazetteer.
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

describe('a first-level region by its English name', () => {
	it('is found whole, with its type word, in its country', () => {
		const text = 'Floods in Subcarpathian Voivodeship, Poland, cut off dozens of villages, and soldiers were sent to Podlachian Voivodeship.';
		expect(placeOf(text, 'Subcarpathian Voivodeship')).toBe('adm1:PL-PK');
		expect(placeOf(text, 'Podlachian Voivodeship')).toBe('adm1:PL-PD');
	});

	it('is found in other countries too', () => {
		const text =
			'Measles cases rose in Dagestan, the health ministry said, while power cuts hit Transcarpathia. China reported bird flu in Guangxi, and Nigeria opened cholera wards in the Federal Capital Territory.';
		expect(placeOf(text, 'Dagestan')).toBe('adm1:RU-DA');
		expect(placeOf(text, 'Transcarpathia')).toBe('adm1:UA-21');
		expect(placeOf(text, 'Guangxi')).toBe('adm1:CN-GX');
		expect(placeOf(text, 'Federal Capital Territory')).toBe('adm1:NG-FC');
	});
});
