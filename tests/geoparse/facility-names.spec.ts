// A small town's name heading a facility's name ("Dover Air Force Base", "the Quinter Auditorium", "the Laddonia
// Lodge") is the facility's, not a person's: read as a person, the name would be dropped wherever
// else the text names the town (session 30, found on tests/geoparse/held-out-us-local-s30.ts). Texts written
// for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The names mapped as places of their own (not inside a longer name), each with its state. */
function places(text: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.usage !== 'embedded')
		.map((t) => `${t.name} → ${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`);
}

describe('a town named before a facility word', () => {
	it('keeps the town where a base is named after it later in the text', () => {
		const text = 'The duplex on Loockerman Street in the heart of Dover rents for $1,400 a month, Kent County records show. Most tenants work at Dover Air Force Base.';
		expect(places(text)).toContain('Dover → US/DE');
	});

	it('keeps the town where its lodge, jail or auditorium is named after it', () => {
		const names = (text: string) => places(text).map((p) => p.slice(0, p.indexOf(' →')));
		expect(names('Laddonia voters approved a new water tower. A chili supper follows at the Laddonia Lodge.')).toEqual(['Laddonia']);
		expect(names('A Pierceton man was charged Monday with burglary. He is held at the Pierceton Jail.')).toEqual(['Pierceton']);
		expect(names('Quinter residents packed the Quinter Auditorium to hear the plan.')).toEqual(['Quinter']);
	});
});
