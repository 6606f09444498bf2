// "the Pomfret Volunteer Fire Department", "the Ossipee Police Department", "the Moultonborough Town Hall": a small US
// town's name heading the name of one of the town's own services or offices names the town, a literal mention
// (town-bodies.ts); a well-known city's police ("the Los Angeles Police Department") and a club ("Orlando City")
// stay inside their names. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** The town's toponym as "usage name lat,lon", or "none". */
function town(text: string, name: string): string {
	const t = geoparse(text, gazetteer).find((toponym) => text.slice(toponym.start, toponym.end).startsWith(name));
	return t ? `${t.usage} ${t.name} ${Math.round(t.lat)},${Math.round(t.lon)}` : 'none';
}

describe("a small US town's name heading one of its own services or offices", () => {
	it('is the town', () => {
		expect(town('In Carroll County, the Ossipee Police Department took a report of a stolen snowmobile.', 'Ossipee')).toBe('literal Ossipee 44,-71');
		expect(town('The Moultonborough Town Hall will close early Friday; Carroll County roads are icy.', 'Moultonborough')).toBe('literal Moultonborough 44,-71');
		expect(town('A chimney fire in Kerr County was put out by the Hunt Volunteer Fire Department.', 'Hunt')).toBe('literal Hunt 30,-99');
		expect(town('The Groveland Chamber of Commerce, in Tuolumne County, reported a slow fall.', 'Groveland')).toBe('literal Groveland 38,-120');
		expect(town('The Comfort Historical Society met Monday; Kerr County roads are icy.', 'Comfort')).toBe('literal Comfort 30,-99');
	});

	it("leaves a chamber orchestra's town inside its name, and a word only another name of a town no place", () => {
		expect(town('The Pittsfield Chamber Orchestra played in Berkshire County.', 'Pittsfield').startsWith('literal')).toBe(false);
		expect(town('The Lebanon Area Chamber of Commerce welcomes visitors to Grafton County.', 'Area')).toBe('none');
		// (a historical society or a chamber only beside another place of the text: alone, any of some twenty Greenfields)
		expect(town('The Greenfield Historical Society meets Tuesday.', 'Greenfield').startsWith('literal')).toBe(false);
		expect(town('The Greenfield Historical Society met in Hancock County on Tuesday.', 'Greenfield')).toBe('literal Greenfield 40,-86');
	});

	it("leaves a well-known city's body and a club inside their names", () => {
		expect(town('A spokesman for the Los Angeles Police Department said the road was closed.', 'Los Angeles').startsWith('literal')).toBe(false);
		expect(town('Orlando City beat Miami 2-1 on Saturday.', 'Orlando').startsWith('literal')).toBe(false);
	});
});
