// "… the Marion County line reopened Monday. Marion will repave its square": a name set aside for its word
// alone (a first name opening a sentence) is the town where the text names a county of that name and a
// town of the name lies at its heart (the county is named for its seat). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** "name → country/admin1" of each toponym. */
function read(text: string): string[] {
	return geoparse(text, gazetteer).map((t) => `${t.name} → ${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`);
}

describe('a first name opening a sentence in a text that names a county of that name', () => {
	it('is the county\'s seat', () => {
		expect(read('The road from Bucyrus to the Marion County line reopened Monday. Marion will repave its square in the spring.')).toContain('Marion → US/OH');
	});

	it('but stays a person where the text uses it as a person\'s name', () => {
		expect(read('Deputies from Marion County helped. Marion Smith, the sheriff, said the road reopened Monday.').map((t) => t.slice(0, t.indexOf(' →')))).toEqual(['Marion County']);
	});
});
