// A stated population speaks of the name it is stated of, not of every name near it. Sentences written
// for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Every toponym called `name`, as "kind country/admin1" (or "zip" for a post-office town). */
function resolvedAll(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => {
			const place = gazetteer.places[gazetteer.byId.get(t.placeId)!]!;
			return `${place.kind} ${place.country}${place.id.startsWith('zip:') ? ' zip' : ''}`;
		});
}

describe('a population stated near other names', () => {
	it('leaves a big place named after the statement the big place', () => {
		const cases: [string, string][] = [
			['London', 'GB'],
			['Dublin', 'IE'],
			['Moscow', 'RU'],
			['Paris', 'FR']
		];
		for (const [name, country] of cases) {
			const text = `The town, which had a population of 450 in 2010, lies an hour from ${name}.`;
			expect(resolvedAll(text, name), name).toEqual([`city ${country}`]);
		}
	});

	it('does not carry a statement about a village to the city named before and after it', () => {
		const text = 'Keir Starmer spoke in London on Monday. The village of Ashby, population 450, lies a few miles north of London.';
		expect(resolvedAll(text, 'London')).toEqual(['city GB', 'city GB']);
	});

	it('still weighs the population stated of the name itself', () => {
		expect(resolvedAll('The city of Kingston had a population of 359 as of July 1, 2015.', 'Kingston')[0]).toMatch(/^city US/);
		expect(resolvedAll('Kingston is a city in the United States. The population was 359 at the 2010 census.', 'Kingston')[0]).toMatch(/^city US/);
	});
});
