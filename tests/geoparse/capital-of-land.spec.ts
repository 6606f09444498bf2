// "named after the capital of Peru": the noun before "of" says what kind of place the name after it is ("the city
// of Lima", "the state of Washington"), but a capital is what the land after "of" has, so it says no city. Read as
// one, it put a country named in a US town's article on the US town of that name. A word between the article and
// "capital" calls the name after "of" the capital, a city ("the state capital of Durango"). Texts written for these
// tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string, name: string): Toponym[] => geoparse(text, gazetteer).filter((t) => t.name === name);

describe('the capital of a land', () => {
	it('is no cue that the land is a city', () => {
		const peru = named('Lima is a city in and the county seat of Allen County, Ohio, United States. It was laid out in 1831 and named after the capital of Peru.', 'Peru');
		expect(peru.map((t) => [t.kind, t.country])).toEqual([['country', 'PE']]);
	});

	it('leaves "the city of" and "is the capital" as they were', () => {
		const peru = named('Peru is a city in Miami County, Indiana, on the Wabash River near Logansport. The city of Peru has a circus museum.', 'Peru');
		expect(peru.map((t) => [t.kind, t.country])).toEqual([
			['city', 'US'],
			['city', 'US']
		]);
		expect(named('Lima is the capital of Peru. Cusco lies to the south-east.', 'Lima').map((t) => t.country)).toEqual(['PE']);
	});

	it('leaves a city called a capital by a word before it ("the state capital of Durango")', () => {
		expect(named('Floods hit the state capital of Durango after two days of rain.', 'Durango').map((t) => t.kind)).toEqual(['city']);
		const santaCruz = named('Voters in the departmental capital of Santa Cruz backed the mayor.', 'Santa Cruz');
		expect(santaCruz.map((t) => [t.kind, t.country])).toEqual([['city', 'BO']]);
	});
});
