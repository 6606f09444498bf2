// A bare name that opens the own name of a city named in many languages ("Newcastle" of Newcastle upon Tyne)
// is that city where the namesake it beat was chosen for its size alone; a namesake the text's countries, its
// places near it or its words place stands.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeNameOf, regionsOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countriesOf = (text: string, name: string) => regionsOf(gazetteer, text, name).map((region) => region.split('/')[0]);

describe('a bare name that opens a famous city\'s own name', () => {
	it('is that city over a larger namesake chosen for its size alone', () => {
		expect(placeNameOf(gazetteer, 'Newcastle made a late bid for the striker, whose club Barcelona wants a fee.', 'Newcastle')).toBe('Newcastle upon Tyne');
		expect(countriesOf('The Chelsea defender is set to join Newcastle when the transfer window opens, the Sunderland boss said.', 'Newcastle')).toEqual(['GB']);
		expect(countriesOf('Robson was granted the freedom of the city of Newcastle on Monday.', 'Newcastle')).toEqual(['GB']);
	});

	it('is not where the text places the namesake: its region, its country\'s places, places near it', () => {
		expect(countriesOf('The mine near Newcastle in KwaZulu-Natal employs 900 people, the Leeds and Sheffield owners said.', 'Newcastle')).toEqual(['ZA']);
		expect(countriesOf('The Leeds and Sheffield owners also run coal mines near Newcastle and Durban.', 'Newcastle')).toEqual(['ZA']);
		expect(countriesOf('Floods cut the rail line between Sydney and Newcastle on Monday.', 'Newcastle')).toEqual(['AU']);
	});
});
