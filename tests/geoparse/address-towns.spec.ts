// "Estate of Ruth Lane, 55 Market Street, Marietta; household goods": a house number, a street and a comma before a
// name that closes its item name the town the address lies in, whatever word or first name the town's name also is
// (address-towns.ts); a transfer's seller after the property's address stays a person (deed-parties.ts). Texts
// written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { pointOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const where = (text: string, name: string) => pointOf(gazetteer, text, name);

describe('a name after a street address and its comma', () => {
	it('is the town the address lies in', () => {
		expect(where('Sales in Bartholomew County. Saturday, 9 a.m.: antiques and tools, 312 Walnut Street, Hope; Columbus auctioneer Dale Reed.', 'Hope')).toBe('US 39,-86');
		expect(where('Household goods of the late Ann Poe, 18 E. Church St., Blue Ball; terms cash. Lancaster County sale.', 'Blue Ball')).toBe('US 40,-76');
	});

	it("leaves a transfer's seller after the property's address a person", () => {
		expect(where('Property transfers: 412 E. Maumee St., Hope to Walsh, $118,000.', 'Hope')).toBe('unmapped');
	});
});
