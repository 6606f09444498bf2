// "Sheldon will play Roseburg in Eugene": a name a team plays, faces or meets before "in" and a town is
// the opponent named by its town, not something in the town after "in" (thing-in-town.ts), where it lies
// within a team's travel of that town. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** "name → country/admin1" of each mapped toponym. */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`);
}

describe('an opponent before "in" and a town', () => {
	it('keeps the town a team plays in another town ("will play Roseburg in Eugene")', () => {
		const text = 'The Irish will play Roseburg in Eugene on Friday. Roseburg beat Grants Pass last week.';
		expect(read(text).filter((t) => t.startsWith('Roseburg'))).toEqual(['Roseburg → US/OR', 'Roseburg → US/OR']);
		expect(read('The Tigers face Pendleton in Hermiston on Saturday, then host Ontario.')).toContain('Pendleton → US/OR');
	});

	it('still reads a far namesake before "in" as something in the town ("plays Kennett in Conway")', () => {
		expect(read('Berlin plays Kennett in Conway on Friday, then hosts Gorham.').some((t) => t.startsWith('Kennett'))).toBe(false);
	});

	it('reads no opponent in a part an actor played ("played Lincoln in Springfield")', () => {
		expect(read('The actor played Lincoln in Springfield for a decade.').some((t) => t.startsWith('Lincoln'))).toBe(false);
	});
});
