// "U.S." before a road's number is the road's name, not the country, and a place's name inside a
// railway's name is a word of that name, not the place (judge.ts, rail-names.ts, us-road-words.ts);
// a railway's station or yards still lie in its town. Sentences written for these tests, against
// the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** "name usage" of each toponym of the text. */
const usages = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.usage}`);

describe('a road named with the country’s abbreviation', () => {
	it('is no mention of the country', () => {
		const text = 'Crews closed U.S. Route 14 east of Brookings on Tuesday, and traffic on US Highway 81 backed up for miles.';
		expect(usages(text).filter((line) => line.startsWith('U'))).toEqual([]);
	});
});

describe('a place’s name inside a railway’s name', () => {
	it('is a word of the railway’s name', () => {
		const text = 'Grain from Pierre ships on the Dakota, Minnesota and Eastern Railroad. The old depot in Newton once served the Santa Fe railway, and the Seminole Gulf Railway still runs freight out of Fort Myers.';
		const lines = usages(text);
		for (const name of ['Dakota', 'Minnesota', 'Santa Fe', 'Seminole']) expect(lines).toContain(`${name} embedded`);
		for (const name of ['Pierre', 'Newton', 'Fort Myers']) expect(lines).toContain(`${name} literal`);
	});

	it('leaves the town where the railway’s word heads no name of its own', () => {
		const text = 'Commuters crowded the Manchester railway station on Monday, and freight piled up in the Pittsburgh railroad yards.';
		expect(usages(text)).toEqual(['Manchester literal', 'Pittsburgh literal']);
	});
});
