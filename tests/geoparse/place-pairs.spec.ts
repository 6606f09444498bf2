// Two well-known towns side by side that lie near each other ("the Dallas Fort Worth area", "the Mumbai
// Pune Expressway") are both found: neither is read as a first name and a surname, nor the second as a
// street's name (src/lib/geoparse/place-pairs.ts); a person named like two towns far apart stays a
// person. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('two near well-known towns side by side', () => {
	it('are both places', () => {
		expect(names('Home prices in the Dallas Fort Worth area rose again.')).toEqual(['Dallas US', 'Fort Worth US']);
		expect(names('Trucks on the Mumbai Pune Expressway were stuck for hours.')).toEqual(['Mumbai IN', 'Pune IN']);
	});

	it('leave a person named like two towns far apart a person', () => {
		expect(names('Austin Butler won the award on Sunday.')).toEqual([]);
	});
});
