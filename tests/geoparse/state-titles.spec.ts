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

	it('is one toponym after the title of an Ottoman province or vassal state ("Khedivate", "Regency", "Beylik", "Eyalet")', () => {
		expect(named('The ferry company was founded under the Khedivate of Egypt; its captain came from the Regency of Algiers.')).toEqual(['Khedivate of Egypt EG', 'Regency of Algiers DZ']);
		expect(named('The olive groves belonged to the Beylik of Tunis, and the bridge was built in the Eyalet of Bosnia.')).toEqual(['Beylik of Tunis TN', 'Eyalet of Bosnia BA']);
	});

	it('is one toponym after "Colony", "Caliphate", "Empire", "Protectorate" or "Dominion"', () => {
		expect(named('The mission grew under the Colony of Kenya; its founders fled the Caliphate of Baghdad.')).toEqual(['Colony of Kenya KE', 'Caliphate of Baghdad IQ']);
		expect(named('Traders from the Empire of Japan and the Protectorate of Aden met the Dominion of Canada envoys.')).toEqual(['Empire of Japan JP', 'Protectorate of Aden YE', 'Dominion of Canada CA']);
		// a lower-case colony is a colony of something, not a title
		expect(named('A colony of herons nests near Lagos.')).toEqual(['Lagos NG']);
	});

	it('is one toponym for a people\'s name before another country\'s land ("British India"), at the land', () => {
		const toponyms = geoparse('The tea estate was founded in British India, and its owner later traded with Russian America.', gazetteer);
		expect(toponyms.map((t) => `${t.name} ${t.country} ${t.usage}`)).toEqual(['British India IN literal', 'Russian America US literal']);
	});

	it('is one toponym for a people\'s name before a far land of several countries ("French West Africa"), at the land', () => {
		const toponyms = geoparse('The trader shipped groundnuts from French West Africa, and his brother farmed sisal in British East Africa.', gazetteer);
		expect(toponyms.map((t) => `${t.name} ${t.placeName} ${t.kind} ${t.usage}`)).toEqual(['French West Africa French West Africa region literal', 'British East Africa East Africa region literal']);
		// ... and as before the pair stays apart before a lower-case noun it modifies, or a land beside the people's own
		// (a federation the gazetteer knows whole, "French West Africa", is one name whatever follows it)
		expect(named('A French North Africa specialist spoke, and Chinese investment in East Africa grew.')).toEqual(['French FR', 'North Africa null', 'Chinese CN', 'East Africa null']);
	});

	it('keeps a people\'s name and a far land apart where the pair modifies a lower-case noun ("the Russian Syria campaign")', () => {
		expect(named('The Russian Syria campaign began in 2015, with jets based near Latakia.')).toEqual(['Russian RU', 'Syria SY', 'Latakia SY']);
		expect(named('The French Mali operation ended, and veterans of the British Afghanistan mission met.')).toEqual(['French FR', 'Mali ML', 'British GB', 'Afghanistan AF']);
		expect(named('The Indian Australia series starts on Friday; the Japanese Brazil community celebrated.')).toEqual(['Indian IN', 'Australia AU', 'Japanese JP', 'Brazil BR']);
		// ... while before a verb, a preposition or punctuation the pair is still the colony's name
		expect(named('Belgian Congo became independent; the railway of Russian America in the north, and of British India.')).toEqual(['Belgian Congo CD', 'Russian America US', 'British India IN']);
	});

	it('keeps a people\'s name before its own country\'s land, a town, or a longer name a demonym', () => {
		// (a colony the gazetteer knows by its whole name is that place: "Dutch East Indies", data/gazetteer/aliases.tsv)
		expect(named('Russian Siberia froze while German Munich basked, and Dutch East Indies coffee sold well.')).toEqual(['Russian RU', 'Siberia RU', 'German DE', 'Munich DE', 'Dutch East Indies ID']);
		// ... and before a neighbour's land: the people's name qualifies what follows, no colony
		expect(named('Officials in Turkish Cyprus met as Israeli Gaza strikes went on.')).toEqual(['Turkish TR', 'Cyprus CY', 'Israeli IL', 'Gaza PS']);
	});

	it('leaves names that only start with a title word alone', () => {
		expect(named('Grand Rapids and Grand Haven are cities in Michigan.')).toEqual(['Grand Rapids US', 'Grand Haven US', 'Michigan US']);
	});
});
