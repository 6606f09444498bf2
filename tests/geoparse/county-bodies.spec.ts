// "The Pike County Commission met in Troy", "the Lamar County Sheriff's Office": a US county's name heading the name
// of one of the county's own bodies (its commission, sheriff, courts, schools, library, fair) names the county, a
// literal mention, with the county's own span (county-bodies.ts); a firm's or a club's name after a county's
// ("Orange County Choppers") stays a name. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The county's toponym as "usage name lat,lon", or "none". */
function county(text: string, name: string): string {
	const t = geoparse(text, gazetteer).find((toponym) => text.slice(toponym.start, toponym.end).startsWith(name));
	return t ? `${t.usage} ${t.name} ${Math.round(t.lat)},${Math.round(t.lon)}` : 'none';
}

describe("a US county's name heading one of its own bodies", () => {
	it('is the county', () => {
		expect(county('The Pike County Commission met Monday in Troy to approve the road budget.', 'Pike County')).toBe('literal Pike County 32,-86');
		expect(county("Deputies of the Lamar County Sheriff's Office arrested two men near Vernon.", 'Lamar County')).toBe('literal Lamar County 34,-88');
		expect(county('The Cass County Board of Education meets Thursday in Atlanta, Texas.', 'Cass County')).toBe('literal Cass County 33,-94');
		expect(county('The Lyon County Fair opens Friday in Emporia with a tractor pull.', 'Lyon County')).toBe('literal Lyon County 38,-96');
		// (its historical society, chamber of commerce and high school too: session 55's misses)
		expect(county('The Fentress County Historical Society meets in Jamestown on Tuesday.', 'Fentress County')).toBe('literal Fentress County 36,-85');
		expect(county('The Overton County Chamber of Commerce moved its office in Livingston.', 'Overton County')).toBe('literal Overton County 36,-85');
		expect(county('Irwin County High School beat Fitzgerald on Friday in Ocilla.', 'Irwin County')).toBe('literal Irwin County 32,-83');
	});

	it("leaves a firm's or a club's name after a county inside that name", () => {
		expect(county('Orange County Choppers built a motorcycle for the show.', 'Orange County').startsWith('literal')).toBe(false);
	});

	it("leaves a British county's council and services off the US map", () => {
		expect(county('Durham County Council workers in Consett and Bishop Auckland went on strike.', 'Durham County').startsWith('literal')).toBe(false);
		expect(county('Durham County Council workers in Consett and Bishop Auckland went on strike.', 'Consett')).toBe('literal Consett 55,-2');
		expect(county('Essex County Fire and Rescue Service attended a blaze in Southend.', 'Essex County').startsWith('literal')).toBe(false);
	});
});
