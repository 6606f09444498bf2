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
