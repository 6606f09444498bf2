// A name whose only sized bearer lies abroad or far off, while a town of the name known only from a post-office
// list lies among the text's other places: the sized bearer is no anchor taken before the context, and the
// post-office town the other names sit around is read ("Volunteers from Cosby and Newport … Gatlinburg" is
// Tennessee, not Leicestershire). Where the text names the sized bearer's own surroundings (its towns, its
// country, region or county), where that bearer is a city known abroad, or where the name is an organisation's,
// nothing changes. A famous site written where a town's name would be ("at Kremlin and Hillsdale") gives way to the
// town likewise; "the Kremlin" and "Kremlin policy" do not. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a post-office town among the text\'s places', () => {
	it('is read over the one sized bearer of the name far from them', () => {
		expect(where('Volunteers from Cosby and Newport cleared the trail above Gatlinburg.', 'Cosby')).toBe('US 36,-83');
		expect(where('Ranchers from Reliance and Kennebec met in Chamberlain to talk about the river crossing.', 'Reliance')).toBe('US 44,-100');
	});

	it('leaves the sized bearer where the text names its own surroundings', () => {
		expect(where('Cosby, a village south of Leicester, held its fete on Saturday.', 'Cosby')).toBe('GB 53,-1');
		expect(where('A bakery in Newport, Wales, opened a shop in Cosby, Leicestershire.', 'Cosby')).toBe('GB 53,-1');
		expect(where('Police in Reliance said the highway to Rock Springs was closed.', 'Reliance')).toBe('US 42,-109');
		expect(where('A choir from Cosby in Leicestershire sang in Newport and Gatlinburg last week.', 'Cosby')).toBe('GB 53,-1');
	});

	it('is read over a famous site written where a town\'s name would be, not over the site\'s own uses (us-local-s43 A: grain bids)', () => {
		expect(where('Wheat was $5.35 a bushel at Kremlin and Hillsdale, north of Enid.', 'Kremlin')).toBe('US 37,-98');
		expect(where('Farmers in Enid, Lahoma and Drummond watched the Kremlin closely as wheat prices rose.', 'Kremlin')).toBe('RU 56,38');
		// (rolling review, s43: nor where the bare name is the site's own, a government's, before a noun or a verb)
		expect(where('Farmers in Enid and Hillsdale said Kremlin policy drove wheat prices up.', 'Kremlin')).toBe('RU 56,38');
	});

	it('leaves a city known abroad, and a name inside an organisation\'s', () => {
		expect(where('Families from Aleppo settled in Morgantown with help from churches in Waynesburg.', 'Aleppo')).toBe('SY 36,37');
		expect(where('The Barnet Football Club supporter lives between St. Johnsbury and Danville.', 'Barnet')).toBe('unmapped');
	});
});
