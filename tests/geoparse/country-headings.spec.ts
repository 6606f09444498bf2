// A roundup heads each item with its country and a colon ("Bolivia: Cattle drowned …"): a small town under the
// heading that only its size or the text's countries chose in another heading's country is its namesake in its own
// heading's country. A region, a capital or a city known abroad ("Stuttgart"), a town in a country the item names
// itself ("flew to Madrid and then on to Barcelona") or no heading names, and one placed by its own words stay; a
// region named in another heading's item places none of this item's towns. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const country = (text: string, name: string) => pointOf(gazetteer, text, name).split(' ')[0];

describe('a town under a country heading', () => {
	it("is the heading country's namesake", () => {
		expect(country('AMERICAS IN BRIEF. Honduras: Police arrested a gang leader in La Ceiba. Bolivia: Cattle drowned in floods around Trinidad.', 'Trinidad')).toBe('BO');
		expect(country('REGION IN BRIEF. Ecuador: Floods hit Machala and Esmeraldas. Uruguay: A fishing boat sank off Maldonado.', 'Maldonado')).toBe('UY');
	});

	it("is the heading country's namesake though another item names the region of the namesake abroad", () => {
		// (Zulia, named under Venezuela's heading, holds a Concepción: it says nothing of Paraguay's item)
		expect(country('REGION IN BRIEF. Paraguay: Barges bound for Concepción ran aground. Venezuela: Blackouts returned to Maracaibo and the rest of Zulia.', 'Concepción')).toBe('PY');
		// (a region the item names itself holds its town)
		expect(country('REGION IN BRIEF. Paraguay: Barges ran aground near Asunción. Venezuela: Blackouts hit Concepción, in Zulia.', 'Concepción')).toBe('VE');
	});

	it('leaves a region, a capital and a town of a country the item names where they are', () => {
		expect(country('AMERICAS IN BRIEF. Mexico: Migrants crossed into Texas near El Paso. Peru: Exports of copper to Santiago and Shanghai rose.', 'Texas')).toBe('US');
		expect(country('AMERICAS IN BRIEF. Mexico: Migrants crossed into Texas near El Paso. Peru: Exports of copper to Santiago and Shanghai rose.', 'Santiago')).toBe('CL');
		expect(country('WORLD IN BRIEF. Ukraine: Drones struck Odesa overnight; Moscow said it had hit military targets. France: Farmers blocked roads near Lyon.', 'Moscow')).toBe('RU');
		expect(country('NEWS IN BRIEF. Colombia: Floods hit Cali. Venezuela: The opposition leader flew to Madrid and then on to Barcelona.', 'Barcelona')).toBe('ES');
	});

	it('leaves a city known abroad where it is, and a town in a country no heading names', () => {
		expect(country('United States: Troops flew home from Stuttgart and Ramstein. Germany: Elections in Hesse.', 'Stuttgart')).toBe('DE');
		expect(country('United States: The secretary of state arrived in Hamburg for talks on trade. France: Strikes closed ports at Marseille and Le Havre.', 'Hamburg')).toBe('DE');
		expect(country('Ireland: The taoiseach spoke to Irish workers in Boston and Philadelphia. Scotland: Snow closed roads near Aviemore.', 'Boston')).toBe('US');
	});
});
