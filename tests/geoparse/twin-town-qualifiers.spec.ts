// "twinned with Cleveland, England; Lauf an der Pegnitz, Germany": in a list of "town, country" items
// (twin towns, sister cities) each country or country's part qualifies the name before it, however well
// known a namesake elsewhere is; where the gazetteer holds no town of the name there, the name is left
// unmapped rather than put on the namesake. Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a well-known name with a qualifier that holds none of its bearers', () => {
	it('is no namesake abroad in a twin-town list set off by semicolons', () => {
		const text = 'The town is twinned with Cleveland, England; Lauf an der Pegnitz, Germany; and Dover, England.';
		expect(placeOf(gazetteer, text, 'Cleveland')).toBe('(none)');
		expect(placeOf(gazetteer, text, 'Lauf an der Pegnitz')).toBe('city DE/02');
		expect(placeOf(gazetteer, text, 'Dover')).toBe('city GB/ENG');
	});

	it('is no namesake abroad where the pair ends its sentence', () => {
		expect(placeOf(gazetteer, 'Since 1987 the town has been twinned with Cleveland, Germany.', 'Cleveland')).toBe('(none)');
	});

	it('keeps the qualified reading where the qualifier holds a bearer', () => {
		expect(placeOf(gazetteer, 'Sister cities: Perth, Scotland; Dublin, Ireland; Cleveland, Ohio.', 'Perth')).toBe('city GB/SCT');
		expect(placeOf(gazetteer, 'Sister cities: Perth, Scotland; Dublin, Ireland; Cleveland, Ohio.', 'Cleveland')).toBe('city US/OH');
	});

	it('stays the well-known city where the country goes on into a list or ends one', () => {
		expect(placeOf(gazetteer, 'Offices in Nairobi, Uganda and Kigali opened this year.', 'Nairobi')).toBe('city KE/05');
		expect(placeOf(gazetteer, 'He flew to Kampala, Nairobi, Uganda.', 'Nairobi')).toBe('city KE/05');
	});
});
