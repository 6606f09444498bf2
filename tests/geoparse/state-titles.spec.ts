// "the Kingdom of Hungary", "the Grand Duchy of Posen", "the Russian Empire": a historical state named by a
// title and the land it was named after is one toponym placed at that land (state-titles.ts), not the
// land's name read alone inside the longer name.
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const named = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('a historical state named by a title and a land', () => {
	it('is one toponym in the land\'s country, with "the" or an opening word in the title', () => {
		const text = 'The hamlet was held by the Kingdom of Hungary, then by the Grand Duchy of Posen and later by the Captaincy General of the Philippines.';
		expect(named(text)).toEqual(['Kingdom of Hungary HU', 'Grand Duchy of Posen PL', 'Captaincy General of the Philippines PH']);
	});

	it('is one toponym after a people\'s name ("Empire", "SSR")', () => {
		expect(named('After 1812 the village lay in the Russian Empire, and after 1940 in the Ukrainian SSR.')).toEqual(['Russian Empire RU', 'Ukrainian SSR UA']);
	});

	it('is one toponym after a people\'s name ("Republic", "Kingdom")', () => {
		expect(named('In 1581 the village joined the Dutch Republic; by 1300 it was in the Serbian Kingdom.')).toEqual(['Dutch Republic NL', 'Serbian Kingdom RS']);
	});

	it('is one toponym after "Province", "Republic" or "Marquisate" too, and a country named whole stays whole', () => {
		expect(named('After 1815 the estate lay in the Province of Pomerania, and the Republic of Genoa sold it galleys.')).toEqual(['Province of Pomerania PL', 'Republic of Genoa IT']);
		expect(named('Envoys of the Republic of Korea met in Dublin.')).toEqual(['Republic of Korea KR', 'Dublin IE']);
		// a title after a capitalised word ends that word's name: the province is not "of the Santander Department"
		expect(named('Guava farms of the Vélez Province of the Santander Department sell to Bogotá.')).toEqual(['Vélez Province CO', 'Santander Department CO', 'Bogotá CO']);
	});

	it('leaves names that only start with a title word alone', () => {
		expect(named('Grand Rapids and Grand Haven are cities in Michigan.')).toEqual(['Grand Rapids US', 'Grand Haven US', 'Michigan US']);
	});
});
