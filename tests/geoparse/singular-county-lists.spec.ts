// "Caddo and Bossier parish schools", "Williamson and Maury county school boards": a lower-case singular county
// word after a list of two names or more calls each name a county, as "counties" does, where the recogniser keeps
// the name and the list can mean nothing else (listed-counties.ts): a town that lies in the county of the list's
// last name stays that town ("Memphis and Shelby county officials": a city and its own county's government), and so
// do a big city of the counties' state, a name whose county lies in another state, a state and an English county.
// The word keeps no name the recogniser drops ("Sheriff Brown and Jackson county deputies"). Texts written for
// these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => `${t.name}: ${t.placeName} (${t.kind}, ${t.country})`);

describe('a singular county word after a list of names', () => {
	it('calls every name of the list a county', () => {
		expect(read('Williamson and Maury county school boards in Tennessee will share a bus contract next fall.')[0]).toBe('Williamson: Williamson County (district, US)');
		expect(read('Franklin and Williamson county leaders cut the ribbon on the new library south of Nashville.')).toContain('Williamson: Williamson County (district, US)');
		expect(read('Caddo and Bossier parish schools in Louisiana stayed shut after the storm.')[0]).toMatch(/^Caddo: Caddo Parish \(district, US\)/);
	});

	it('leaves a town that lies in the county the list ends in, a big city of the counties\' state, and a land', () => {
		expect(read('Memphis and Shelby county officials agreed on the new jail budget.')[0]).toBe('Memphis: Memphis (city, US)');
		expect(read('Houston and Harris county deputies closed the flooded roads.')[0]).toBe('Houston: Houston (city, US)');
		expect(read('Columbus and Franklin county officials agreed on a new jail.')[0]).toBe('Columbus: Columbus (city, US)');
		// no county of the name in the state of the other's (Houston County lies in Georgia), or a big city there
		expect(read('Houston and Fort Bend county officials opened a shelter for families displaced by the flood.')[0]).toBe('Houston: Houston (city, US)');
		expect(read('Austin and Williamson county leaders broke ground on the new toll road.')[0]).toBe('Austin: Austin (city, US)');
		expect(read('Dallas and Tarrant county voters backed the bond.')[0]).toBe('Dallas: Dallas (city, US)');
		// a state, and English counties
		expect(read('Texas and Harris county officials disagreed over who would pay for the new levee.')[0]).toBe('Texas: Texas (region, US)');
		expect(read('Durham and Northumberland county councils agreed to share a chief executive.')).toEqual(['Durham: Durham (city, GB)', 'Northumberland: Northumberland (region, GB)']);
	});

	it('reads no list into one name, another word or a person', () => {
		expect(read('The mayor of Tulsa spoke to reporters, and county crews cleared the roads.')[0]).toBe('Tulsa: Tulsa (city, US)');
		expect(read('Austin and Dallas city officials met in Houston.').slice(0, 2)).toEqual(['Austin: Austin (city, US)', 'Dallas: Dallas (city, US)']);
		expect(read('Sheriff Brown and Jackson county deputies searched the woods.').some((n) => n.startsWith('Brown:'))).toBe(false);
		expect(read('Mr Harris and Polk county officials signed the deal.').some((n) => n.startsWith('Harris:'))).toBe(false);
		expect(read('Smith and Wesson county fair prizes were handed out on Saturday.').some((n) => n.startsWith('Smith:'))).toBe(false);
	});
});
