// A small place's own government named right after its name ("the Malta Town Board", "Berlin
// selectboard", "Paris Township"): the name is a town's, never a nation's or a capital's. Texts written
// for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The place kind and country each mention of `name` is read as. */
function readingsOf(text: string, name: string): string[] {
	return geoparse(text, gazetteer)
		.filter((t) => t.name === name)
		.map((t) => `${t.kind}/${t.country}`);
}

describe('a town government after the name', () => {
	it('reads a results line\'s "Town office:" heading as the town, however like a first name it reads (us-local-s55 A)', () => {
		const text = 'Town results, Essex County. Minerva supervisor: Steve Hall, 301. Lewis clerk: Ann Bruce, 212. Newcomb highway superintendent: Joe Ray, 150. Keene supervisor: Ned Falk, 88.';
		expect(readingsOf(text, 'Minerva')).toEqual(['city/US']);
		expect(readingsOf(text, 'Lewis')).toEqual(['city/US']);
		// ... but not a name before an office word with no colon after it, nor a lone heading (a state's board)
		expect(readingsOf('Smith supervisor Jane Doe said the plan works.', 'Smith')).toEqual([]);
		expect(readingsOf('Texas zoning board: new rules for Houston and Dallas builders take effect Monday.', 'Texas')).toEqual(['region/US']);
		expect(readingsOf('Ohio board: the State Board of Education met in Columbus.', 'Ohio')).toEqual(['region/US']);
	});

	it('does not read "the Malta Town Board" as the country Malta', () => {
		const text = 'The Malta Town Board on Monday approved a roundabout on Route 9. Ballston Spa village trustees backed the plan.';
		expect(readingsOf(text, 'Malta')).not.toContain('country/MT');
	});

	it('does not read "the Berlin selectboard" or "the Berlin town clerk" as the German capital', () => {
		expect(readingsOf('The Berlin selectboard voted to repave the road to Montpelier.', 'Berlin')).not.toContain('city/DE');
		const clerk = geoparse('Crews in Montpelier cleared roads. The Berlin town clerk will be away Monday.', gazetteer);
		expect(clerk.some((t) => t.country === 'DE')).toBe(false);
	});

	it('keeps a big city before "town hall", which big cities have and US campaigns hold anywhere', () => {
		expect(geoparse('Protesters gathered outside Sydney Town Hall on Saturday.', gazetteer).map((t) => t.country)).toEqual(['AU']);
		expect(readingsOf('The senator held a Philadelphia town hall on Tuesday before flying to Ohio.', 'Philadelphia')).toEqual(['city/US']);
	});

	it('keeps the capital where no town government follows ("moved to Berlin", "the Berlin city council")', () => {
		expect(readingsOf('She moved to Berlin in 1990 and taught German in Montpelier.', 'Berlin')).toEqual(['city/DE']);
		expect(readingsOf('The Berlin city council voted on rents.', 'Berlin')).toEqual(['city/DE']);
		expect(readingsOf('Tourists crowd Malta every summer.', 'Malta')).toEqual(['country/MT']);
	});
});
