// Places of London that news of 2004–05 names and that GeoNames' towns lack (features.tsv): Belmarsh, the
// prison where the men held without trial were kept, and Kentish Town, an area of Camden. Texts written for
// these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const read = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name} → ${t.placeId}`);

describe('London sites the gazetteer lacked', () => {
	it('reads the prison by its short and its full name', () => {
		expect(read('Nine of the men are still held at Belmarsh prison in south London.')).toContain('Belmarsh → cur:belmarsh');
		expect(read('The detainees at Belmarsh Prison have not been charged.')).toContain('Belmarsh Prison → cur:belmarsh');
	});

	it('reads Kentish Town as the area of Camden', () => {
		expect(read('The studio has 17 staff at its offices in Kentish Town, London.')).toContain('Kentish Town → cur:kentish-town');
	});
});
