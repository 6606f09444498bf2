// "in Whitefield and Jefferson, American Legion posts led the ceremonies": a demonym after a comma is a word of a
// people or of an organisation's name, not the country the name before it lies in, so it settles nothing: Jefferson
// is read among the text's towns (New Hampshire's), not as the biggest Jefferson of the country the demonym names. A
// state after the comma still qualifies its town. Texts written for these tests (none copied), against the real
// gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const statesOf = (text: string) => new Map(geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => [t.name, `${t.country}/${gazetteer.places[gazetteer.byId.get(t.placeId)!]!.admin1}`]));

describe('a demonym after a comma', () => {
	it('does not qualify the town before it', () => {
		const text = 'Volunteers laid wreaths Saturday at cemeteries in New Hampshire. In Lancaster, Scouts placed wreaths; in Whitefield and Jefferson, American Legion posts led the ceremonies.';
		expect(statesOf(text).get('Jefferson')).toBe('US/NH');
	});

	it('leaves a state after the comma qualifying its town', () => {
		const text = 'Volunteers from Jefferson, Louisiana, and from Whitefield laid wreaths on Saturday.';
		expect(statesOf(text).get('Jefferson')).toBe('US/LA');
	});
});
