// A wire story's dateline ("FRISCO, Texas —") says where it is filed, and wire style gives the state of
// every town outside that state unless the city stands alone: a bare town of the dateline's state is the
// one meant (src/lib/geoparse/dateline-region.ts), against a larger namesake far away, and against a
// country of its name where another name of the text lies near it. Sentences written for these tests,
// against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe("a bare town in a story with a state's dateline", () => {
	it("is the dateline state's town, not a larger namesake far away", () => {
		const story = 'FRISCO, Texas — The team signed a cornerback on Friday. He grew up on a farm and played high school football in Clarksville.';
		expect(placeOf(gazetteer, story, 'Clarksville')).toBe('city US/TX');
		// with no dateline, the larger Clarksville (Tennessee) stands
		expect(placeOf(gazetteer, 'The team signed a cornerback on Friday. He played high school football in Clarksville.', 'Clarksville')).toBe('city US/TN');
	});

	it('yields to a large namesake within reach of the dateline, or one big enough to stand alone', () => {
		expect(placeOf(gazetteer, 'COLUMBUS, Ohio (AP) — The Buckeyes won again on Saturday. Next week they play at Louisville in a sold-out stadium.', 'Louisville')).toBe('city US/KY');
		expect(placeOf(gazetteer, 'ALBANY, Ga. (AP) — The plant will close in March. Its owner moved the work to Dallas last year.', 'Dallas')).toBe('city US/TX');
	});

	it("is the dateline state's town named like a country where another name of the text lies near it", () => {
		const story = 'SPRINGFIELD, Ohio — Jordan Austin scored 27 points as the Wildcats held off Lebanon 61-57 on Friday night. They play at Centerville on Tuesday.';
		expect(placeOf(gazetteer, story, 'Lebanon')).toBe('city US/OH');
		// the dateline alone is not enough
		expect(placeOf(gazetteer, 'SPRINGFIELD, Ohio — Jordan Austin scored 27 points as the Wildcats held off Lebanon 61-57 on Friday night.', 'Lebanon')).toBe('country LB/null');
	});
});

// "DUBLIN — Our Laurens County tour group", "PERU — Miami County readers": a local paper's dateline town and a
// county its story names bare pair up where a namesake of the town lies in a namesake of the county
// (dateline-county.ts); a capital's dateline, and one its story places otherwise, stay (us-local-s43 A and B).
describe('a dateline town and a county the story names', () => {
	it('are the namesakes that hold each other, though the story speaks of abroad', () => {
		const story = 'Travel. DUBLIN — Our Laurens County tour group flew home from Shannon on Sunday after a week in Ireland.';
		expect(placeOf(gazetteer, story, 'DUBLIN')).toBe('city US/GA');
		expect(placeOf(gazetteer, story, 'Laurens County')).toBe('district US/GA');
		expect(placeOf(gazetteer, 'PERU — Miami County travelers landed in Lima on Sunday.', 'PERU')).toBe('city US/IN');
	});

	it("leave a capital's dateline and a story of the capital's own county alone", () => {
		expect(placeOf(gazetteer, 'DUBLIN — Dublin County Council said on Tuesday that rents rose again.', 'DUBLIN')).toBe('city IE/L');
		expect(placeOf(gazetteer, 'LONDON — Middlesex County officials in Ontario said the river was rising.', 'LONDON')).toBe('city CA/08');
		// (a dateline sentence that names the country by a possessive, a nationality or a body's name is set there:
		// rolling review, s44)
		expect(placeOf(gazetteer, "ATHENS — Greece's parliament passed the budget on Friday. Students from Clarke County watched from the gallery.", 'ATHENS')).toBe('city GR/ESYE31');
		expect(placeOf(gazetteer, 'CAIRO — Egyptian officials opened a new museum. A professor from Alexander County attended the ceremony.', 'CAIRO')).toBe('city EG/11');
		// (Jackson, Mississippi, the capital, borders its Madison County; Jackson, Tennessee lies in another)
		expect(placeOf(gazetteer, 'JACKSON — Madison County deputies arrested two men on Tuesday.', 'JACKSON')).toBe('city US/MS');
	});
});
