// A first-level region the text names speaks for its towns even where a town shares the region's name (it
// is then no anchor: Ontario, California), and so does a region inside a public body's name ("Queensland
// Health", "NSW Health"), though that name stays an organisation's. Texts written for these tests; the
// rule (region-anchors.ts) lists no place: it reads the region first, and a body by its words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { describeTraps, type TrapText } from '../helpers/traps.ts';

const REGIONS_NAMED: TrapText[] = [
	{ text: 'Ontario reported two more deaths on Friday, one of them in Kingston.', places: ['Ontario → CA', 'Kingston → CA'], notPlaces: [] },
	{ text: 'Public Health Ontario said on Tuesday that two new cases were confirmed in Kingston.', places: ['Kingston → CA'], notPlaces: [] }
];

const BODIES: TrapText[] = [
	{ text: 'Queensland Health confirmed a case of measles in a child from Ipswich.', places: ['Ipswich → AU'], notPlaces: [], embeddedOnly: ['Queensland'] },
	{ text: 'NSW Health said the man had visited Newcastle and Orange before he fell ill.', places: ['Newcastle → AU', 'Orange → AU'], notPlaces: [] },
	{ text: 'Alberta Health Services said an outbreak hit a care home in Lethbridge.', places: ['Lethbridge → CA'], notPlaces: [], embeddedOnly: ['Alberta'] }
];

// a school is known far from its state: its name says nothing of where the text's towns are
const STILL: TrapText[] = [{ text: 'She studied at the Massachusetts Institute of Technology before going on to Oxford.', places: ['Oxford → GB'], notPlaces: [] }];

describeTraps('a region named, though a town shares its name, places the towns', REGIONS_NAMED);
describeTraps("a region inside a public body's name places the towns", BODIES);
describeTraps("a school's region does not", STILL);

describe("a region's name before a body's words", () => {
	let gazetteer: Gazetteer;
	beforeAll(async () => {
		gazetteer = await testGazetteer();
	});
	it('is read inside the body\'s name, not as a first name ("Alberta Health Services")', () => {
		const found = geoparse('Alberta Health Services said an outbreak hit a care home in Lethbridge.', gazetteer).filter((t) => t.name === 'Alberta');
		expect(found.map((t) => `${t.usage} ${t.country}`)).toEqual(['embedded CA']);
	});
});
