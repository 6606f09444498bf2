// A local story that names one town and US roads or a county sheriff's office ("on Interstate 78", "the
// County Sheriff's Office") is US news: the town is weighed against its US namesakes instead of being
// taken for the largest one abroad by size (src/lib/geoparse/us-road-words.ts). A city known abroad
// still outweighs a US namesake the text does not place. Sentences written for these tests, against the
// real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { writesUsRoads } from '../../src/lib/geoparse/us-road-words.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a town in a story that writes US roads', () => {
	it('is weighed against its US namesakes, not taken for the largest abroad', () => {
		expect(placeOf(gazetteer, 'A Bethlehem man was killed in a crash on Interstate 78 early Sunday.', 'Bethlehem')).toBe('city US/PA');
		// the county the office names places it: Georgetown is Brown County's seat
		expect(placeOf(gazetteer, "A Georgetown woman was hurt on State Route 9, the Brown County Sheriff's Office said.", 'Georgetown')).toBe('city US/OH');
		expect(placeOf(gazetteer, 'A Victoria man was charged after a chase on U.S. 59.', 'Victoria')).toBe('city US/TX');
	});

	it('waits for that weighing where a namesake abroad is fifty times the largest', () => {
		expect(placeOf(gazetteer, 'A Dublin man was killed in a crash on Interstate 64.', 'Dublin')).toMatch(/^city US\//);
		expect(placeOf(gazetteer, 'A Dublin man was killed in a crash.', 'Dublin')).toBe('city IE/L');
	});

	it('leaves the same sentence without the road to the largest namesake', () => {
		expect(placeOf(gazetteer, 'A Bethlehem man was killed in a crash early Sunday.', 'Bethlehem')).not.toBe('city US/PA');
		expect(placeOf(gazetteer, 'A Victoria man was charged after a chase.', 'Victoria')).not.toBe('city US/TX');
	});

	it('reads only numbered US highways and county sheriffs', () => {
		expect(writesUsRoads('Traffic backed up on Interstate 70 near Cambridge.')).toBe(true);
		expect(writesUsRoads('Crews repaved U.S. 40 and U.S. Route 22.')).toBe(true);
		expect(writesUsRoads('the Grant County Sheriff’s Office said')).toBe(true);
		expect(writesUsRoads('U.S. officials met in Geneva; the interstate commerce clause; State Road closures')).toBe(false);
		expect(writesUsRoads('The sheriff of Nottingham rode out.')).toBe(false);
	});

	it("reads a state's own numbered roads, by the road's word or after a word of driving", () => {
		expect(writesUsRoads('The crash closed Minnesota Highway 175 east of the lake.')).toBe(true);
		// (each of the road's words, as the quick search before the pattern must find it)
		expect(writesUsRoads('Kentucky Route 80 reopened after the flood.')).toBe(true);
		expect(writesUsRoads('Iowa Hwy. 3 was closed at the creek.')).toBe(true);
		expect(writesUsRoads('Kansas Highway 96 runs past the elevator.')).toBe(true);
		expect(writesUsRoads('A pickup rolled on KY 80 east of town.')).toBe(true);
		expect(writesUsRoads('The feed mill is off Arkansas 7 south of the river.')).toBe(true);
		expect(writesUsRoads('Deputies stopped a car along N.M. 522 on Friday.')).toBe(true);
		// ... and a state of two words, neither of which names a state alone
		expect(writesUsRoads('Traffic crawled on New York 17 past the outlet mall.')).toBe(true);
		expect(writesUsRoads('A tanker overturned on New Jersey 23 before dawn.')).toBe(true);
		// a state and a number without them are a score, a count or a year
		expect(writesUsRoads('Arkansas 7, LSU 3 at the half.')).toBe(false);
		expect(writesUsRoads('The senators voted on Ohio 2025 spending.')).toBe(false);
		expect(writesUsRoads('Analysts are bullish on Texas 4.5 percent growth.')).toBe(false);
		expect(writesUsRoads('The bet on Georgia 3 times in a row paid off.')).toBe(false);
		expect(writesUsRoads('Moscow imposed sanctions on Georgia 12 days after the vote.')).toBe(false);
		// "NH 44" is India's National Highway
		expect(writesUsRoads('A bus overturned on NH 44 near Salem, injuring six passengers.')).toBe(false);
	});

	it("weighs a town against its US namesakes where the story writes a state's road", () => {
		expect(placeOf(gazetteer, 'A Bethlehem man was killed in a crash on PA 412 early Sunday.', 'Bethlehem')).toBe('city US/PA');
		expect(placeOf(gazetteer, 'A Bethlehem man was killed in a crash on Pennsylvania Route 412 early Sunday.', 'Bethlehem')).toBe('city US/PA');
		// "London" is then no vote for England: a Manchester beside London, Kentucky, is Kentucky's
		const crash = 'A car driven by a London woman struck a pickup on KY 80 east of Somerset. Her passenger, a 20-year-old from Manchester, died. The pickup\'s driver, of Russell Springs, was taken to the hospital in Somerset.';
		expect(placeOf(gazetteer, crash, 'Manchester')).toBe('city US/KY');
	});

	it('reads no road in figures that follow "U.S."', () => {
		expect(writesUsRoads('Crews closed U.S. 59.')).toBe(true);
		expect(writesUsRoads('The U.S. 10-year Treasury yield rose.')).toBe(false);
		expect(writesUsRoads('U.S. 3.5 percent growth; U.S. 5 billion in aid; the U.S. 2024 election')).toBe(false);
		// a finance story's Australian cities stay Australian
		expect(placeOf(gazetteer, 'The U.S. 10-year Treasury yield rose as markets in Victoria and Perth slipped.', 'Perth')).toMatch(/^city AU\//);
	});
});
