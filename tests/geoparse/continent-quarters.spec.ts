// "south-east Asia", "eastern Europe", "west Africa": news writes a quarter of a continent with a lower-case
// compass word; the place is the region the gazetteer has under the capitalised name, not the continent
// (Asia's point lies in Tibet, 2,700 km from south-east Asia). Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});
const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeId}`);

describe('a continent after a lower-case compass word', () => {
	it('is the quarter the gazetteer has ("south-east Asia", "southeast Asia", "eastern Europe", "west Africa")', () => {
		const found = read('Measles is circulating in south-east Asia, dengue in southeast Asia, mpox in west Africa, and flu in eastern Europe.');
		expect(found).toEqual(['south-east Asia → cur:southeast-asia', 'southeast Asia → cur:southeast-asia', 'west Africa → cur:west-africa', 'eastern Europe → cur:eastern-europe']);
	});

	it('stays the continent where the gazetteer has no such quarter ("southwestern Europe")', () => {
		expect(read('Heat hit southwestern Europe.')).toEqual(['Europe → cur:europe']);
	});

	it('leaves a city after a compass word alone ("in east London" is London, not East London)', () => {
		expect(read('Homes in east London flooded.')).toEqual(['London → gn:2643743']);
	});
});
