// A described subject's container read as a small town in a country none of its other containers lies in is a
// division the gazetteer lacks, not that town (far-from-subject.ts): "a town in Tasmania, Australia, in the City
// of Clarence" is no Clarence, New York. Containers in the subject's own country keep their towns, and a
// container misread abroad does not make the others strays. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

/** name -> country of each toponym */
const countries = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} ${t.country}`);

describe('a container read in another country than all the others', () => {
	it('leaves unmapped a town abroad named as the container of a subject placed by its other containers', () => {
		const text = 'Richmond is a town in the Coal River Valley of south-eastern Tasmania, Australia, in the City of Clarence, 25 km north-east of Hobart.';
		expect(countries(text)).toEqual(expect.arrayContaining(['Richmond AU', 'Australia AU', 'Hobart AU']));
		expect(countries(text).filter((c) => c.startsWith('Clarence'))).toEqual([]);
	});

	it('keeps the towns of the containers own country when one container is misread abroad', () => {
		const text = 'Gulgong is a town in the Mid-Western Regional Council area of New South Wales, Australia, 30 km north of Mudgee. The poet Henry Lawson lived at Eurunderee, near Mudgee.';
		expect(countries(text)).toEqual(expect.arrayContaining(['New South Wales AU', 'Mudgee AU']));
	});

	it('keeps a small container in the subject country', () => {
		const text = 'Hell is an unincorporated community in Putnam Township, Livingston County, Michigan, United States, near Pinckney.';
		expect(countries(text)).toEqual(expect.arrayContaining(['Livingston County US', 'Michigan US', 'Pinckney US']));
	});
});
