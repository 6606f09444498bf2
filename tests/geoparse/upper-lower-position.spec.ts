// "the Upper East Side of Manhattan": an Upper or Lower compass name that opens a longer name (a capitalised word
// after it) is no region of its own, as a bare compass compound is not (compass-regions.ts PART_POSITION_NAME with
// compass-span.ts compassPartOfOther) where the text places nothing else in Ghana; Ghana's Upper East and Upper
// West regions stay where the text speaks of them, Ghana named or not. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('Upper and Lower compass names', () => {
	it('reads no region for an Upper or Lower compass name that opens a longer name', () => {
		expect(names('She grew up on the Upper East Side of Manhattan, New York.')).not.toContain('Upper East GH');
		expect(names('The Upper West Side is a neighbourhood of Manhattan.')).not.toContain('Upper West GH');
	});

	it("keeps Ghana's regions written bare, whether or not the text names Ghana", () => {
		expect(names('Farmers in the Upper East and Upper West regions face drought, the ministry in Accra said.')).toEqual(['Upper East GH', 'Upper West GH', 'Accra GH']);
		expect(names("Navrongo lies in the Upper East, near the border with Burkina Faso. Tamale lies south of Ghana's Upper East.")).toEqual(expect.arrayContaining(['Navrongo GH', 'Upper East GH', 'Ghana GH']));
		expect(names("Tamale lies south of Ghana's Upper East.").filter((n) => n.startsWith('Upper East'))).toEqual(['Upper East GH']);
	});

	it('keeps the region before a capitalised word where the text places another of its places in Ghana', () => {
		expect(names('The Upper East Regional Minister visited Navrongo and Bawku.')).toContain('Upper East GH');
		expect(names('Upper East MPs walked out of parliament in Accra.')).toContain('Upper East GH');
	});
});
