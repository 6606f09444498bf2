// Names a country shares with a first-level region, and lists that say their items' kind: health and
// international news, US local news. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** Every toponym called `name`, as "kind country/admin1". */
function resolved(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => {
			const place = gazetteer.places[gazetteer.byId.get(t.placeId)!]!;
			return `${place.kind} ${place.country}/${place.admin1 ?? ''}`;
		});
}

describe('a name a country shares with a first-level region', () => {
	it('is the country where its towns hold more people and the words do not ask for the region', () => {
		const text =
			'Health officials in Nigeria reported 300 new cholera cases this week, mostly in Borno and Yobe states. Aid workers said refugees had crossed into neighbouring Niger, where clinics are overwhelmed. In Niger, the health ministry said vaccination teams would reach Diffa by Friday.';
		expect(resolved(text, 'Niger')).toEqual(['country NE/', 'country NE/']);
	});

	it('is the region where a plural noun after its list says so, or its list is of regions', () => {
		expect(resolved('Gunmen attacked villages in Niger and Kaduna states on Sunday, Nigerian police said.', 'Niger')[0]).toMatch(/^region NG\//);
		expect(resolved('Lassa fever cases were confirmed in Kwara, Kogi and Niger, the Nigeria Centre for Disease Control said.', 'Niger')[0]).toMatch(/^region NG\//);
	});

	it('is the region where the region is the better known (Georgia beside Atlanta)', () => {
		expect(resolved('ATLANTA — Flu hospitalizations rose across Georgia this week, state officials said.', 'Georgia')[0]).toMatch(/^region US\//);
	});
});

describe('a plural division noun after a list', () => {
	it('makes every item of the list a county', () => {
		const text = 'ATLANTA — Flu hospitalizations rose across Georgia this week. The health department said Fulton and DeKalb counties saw the most cases.';
		expect(resolved(text, 'Fulton')).toEqual(['district US/GA']);
		expect(resolved(text, 'DeKalb')).toEqual(['district US/GA']);
	});
});

describe('a plural "states" after a list of names the gazetteer gives bare to cities', () => {
	it('makes each item the state it knows only in full ("Kaduna State")', () => {
		const text = 'Health officials in Kaduna and Katsina states reported 120 new cholera cases this week. In Zaria, the hospital was full.';
		expect(resolved(text, 'Kaduna')).toEqual(['region NG/23']);
		expect(resolved(text, 'Katsina')).toEqual(['region NG/24']);
		expect(resolved(text, 'Zaria')).toEqual(['city NG/23']);
		expect(resolved('The governors of Lagos and Ogun states met in Abeokuta.', 'Lagos')).toEqual(['region NG/05']);
	});

	it('and "districts" the districts a country has as its first level (Uganda\'s "Buikwe District")', () => {
		const text = "Yellow fever cases were confirmed in Uganda's Masaka and Buikwe districts. In Kampala, officials said vaccination would start in Wakiso.";
		expect(resolved(text, 'Buikwe')).toEqual(['region UG/']);
		expect(resolved(text, 'Masaka')).toEqual(['region UG/']);
		expect(resolved(text, 'Wakiso')).toEqual(['city UG/C']);
	});

	it('but "the state capital" describes the city', () => {
		expect(resolved('Gunmen attacked a village in Kaduna state on Sunday. Kaduna is the state capital.', 'Kaduna')).toEqual(['city NG/23']);
	});
});

describe('the towns of a list and the counties around them', () => {
	const text = 'The flood warning covers Clinton, Camanche, Lyons, Maquoketa and DeWitt, the National Weather Service said. Linn County officials opened a shelter in Cedar Rapids, Iowa.';

	it('puts a town of a list of towns in the country of the others, not on a famous namesake abroad', () => {
		expect(resolved(text, 'Lyons')[0]).toMatch(/^city US\//);
	});

	it('counts only the reading a county was given as a parent (Linn County, Iowa, not Oregon)', () => {
		expect(resolved(text, 'Lyons')[0]).not.toBe('city US/OR');
	});
});

describe('a town of a list known abroad only by an old or foreign name', () => {
	// the list's other towns are ambiguous too, so they are resolved after the item size alone put in China
	const text = 'Volunteers handed out sandbags in Salem, Pekin and Fredericksburg on Saturday, and the Washington County sheriff thanked them. In Pekin the river crested at noon.';

	it('is the town of the list’s country, not the city once called by that name abroad', () => {
		expect(resolved(text, 'Pekin')[0]).toBe('city US/IN');
	});

	it('keeps that town where the name recurs bare', () => {
		expect(resolved(text, 'Pekin')).toEqual(['city US/IN', 'city US/IN']);
	});

	it('stays the city abroad in a list of cities in several countries', () => {
		expect(resolved('Delegates flew in from Paris, Pekin and Tokyo for the talks.', 'Pekin')).toEqual(['city CN/22']);
	});
});
