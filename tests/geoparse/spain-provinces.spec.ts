// Spain's provinces that country-state-city lacks (it lists the autonomous communities and some
// provinces): GeoNames' second-level divisions, read as other countries' are ("Huesca Province",
// second-level-words.tsv). Sentences written for these tests, against the real gazetteer.
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

describe('a province of Spain', () => {
	it('is the province with its word, not its capital or a namesake abroad', () => {
		const text = 'Hail flattened vineyards across Lleida Province, and a bus overturned on a mountain road in León Province.';
		expect(placeOf(text, 'Lleida Province')).toBe('adm2:ES.56.L');
		expect(placeOf(text, 'León Province')).toBe('adm2:ES.55.LE');
	});

	it('is the province with its word in lower case after it', () => {
		expect(placeOf('Flash floods in Málaga province closed the coast road for a day.', 'Málaga')).toBe('adm2:ES.51.MA');
	});

	it('leaves the bare name to the city', () => {
		const text = 'The night train from Zaragoza reached Huesca two hours late, and the museum in Girona stayed shut.';
		expect(placeOf(text, 'Huesca')).toBe('gn:3120514');
		expect(placeOf(text, 'Girona')).toBe('gn:3121456');
	});
});
