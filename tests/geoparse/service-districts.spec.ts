// "the Springfield School District", "the Lakewood Fire Protection District", "the Salem Police District": a
// public service's district is a body named after the town (an embedded name), unlike a division named after
// it ("the Kamouraska Regional County Municipality"); "Nenagh Municipal District" is the division around its
// town, read whole.
// Texts written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.usage}`);

describe('a district named after a town', () => {
	it('is a body the town’s name is embedded in when a service runs it', () => {
		expect(read('Voters approved a levy for the Springfield School District on Tuesday.')).toEqual(['Springfield embedded']);
		expect(read('The Lakewood Fire Protection District bought two engines.')).toEqual(['Lakewood embedded']);
		expect(read('Officers of the Salem Police District responded to the call.')).toEqual(['Salem embedded']);
		expect(read('Customers of the Tacoma Water District face higher rates.')).toEqual(['Tacoma embedded']);
	});

	it('is read whole, at its town, when its title is a division’s', () => {
		const district = geoparse('Councillors of the Nenagh Municipal District met on Monday.', gazetteer);
		expect(district.map((t) => `${t.name} ${t.usage} ${t.country}`)).toEqual(['Nenagh Municipal District literal IE']);
	});
});
