// "a sister, Ann Webb of Mexico": a person's residence after their name is how local news names a town, so
// a town named like a country (Mexico, Missouri; Jordan, Minnesota) is that town with one other name of the
// text within 100 km, unless the text speaks of the country or of another abroad. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse, type Toponym } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string, name: string): Toponym | undefined => geoparse(text, gazetteer).find((t) => t.name === name);

describe('a residence named like a country', () => {
	it('is the town where another name of the text lies around it', () => {
		const mexico = named('Survivors include a sister, Ann Webb of Mexico, and a brother in Columbia.', 'Mexico');
		expect([mexico?.country, mexico?.kind]).toEqual(['US', 'city']);
		const jordan = named('The award went to Mary Ellis of Jordan, a teacher in Shakopee.', 'Jordan');
		expect([jordan?.country, jordan?.kind]).toEqual(['US', 'city']);
	});

	it('stays the country where the text speaks of it or of abroad, or names nothing around the town', () => {
		expect(named('Witnesses included a nurse, Carol Jenkins of Lebanon, who flew in from Beirut.', 'Lebanon')?.kind).toBe('country');
		expect(named('Leaders met Mahmoud Abbas of Palestine in Ramallah.', 'Palestine')?.kind).toBe('country');
		expect(named('The prize went to Rania Khalil of Jordan for her novel.', 'Jordan')?.kind).toBe('country');
	});
});
