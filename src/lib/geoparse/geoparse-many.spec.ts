import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../gazetteer/index.ts';
import { testGazetteer } from '../../../tests/helpers/gazetteer.ts';
import { geoparse, geoparseMany } from './index.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

// invented briefs, more of them than geoparseMany takes through a stage at once (40), each naming other places
const TOWNS = ['Springfield', 'Nairobi', 'Lyon', 'Portland', 'Kraków', 'Dayton', 'Cork', 'Perth', 'Tucson', 'Bergen', 'Salem'];
const SHAPES = [
	(a: string, b: string) => `Road works between ${a} and ${b} will close the bridge until Friday.`,
	(a: string, b: string) => `${a} police said a lorry overturned near ${b} on Tuesday night.`,
	(a: string, b: string) => `The choir from ${a}, which toured ${b} last spring, sings on Sunday.`,
	(a: string, b: string) => `Mr ${b} told the ${a} council that the library would reopen.`,
	(a: string, b: string) => `Flights from ${a} to ${b} were delayed by fog.`
];
const TEXTS = Array.from({ length: 47 }, (_, i) => SHAPES[i % SHAPES.length]!(TOWNS[i % TOWNS.length]!, TOWNS[(i * 3 + 1) % TOWNS.length]!));

describe('geoparseMany', () => {
	it('answers each text as geoparse does, in order, across the batches it works in', () => {
		const many = geoparseMany(TEXTS, gazetteer);
		expect(many).toHaveLength(TEXTS.length);
		expect(many).toEqual(TEXTS.map((text) => geoparse(text, gazetteer)));
		expect(many.flat().length).toBeGreaterThan(TEXTS.length);
	});

	it('passes the options on to every text', () => {
		const options = { alternatives: 2, includeEmbedded: false };
		expect(geoparseMany(TEXTS, gazetteer, options)).toEqual(TEXTS.map((text) => geoparse(text, gazetteer, options)));
	});

	it('answers no texts with no answers', () => {
		expect(geoparseMany([], gazetteer)).toEqual([]);
	});
});
