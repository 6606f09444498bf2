// A name that size alone resolved where it first stands takes the place the text's own words give it
// where it recurs (src/lib/geoparse/placed-later.ts); a qualifier that sets a namesake apart does not
// reach back. Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const londons = (text: string) => readPlaces(gazetteer, text).filter((line) => line.startsWith('London →'));

describe('a name placed by the words around a later mention', () => {
	it('is that place at its first mention too, where only size chose there', () => {
		const text = 'Car parts makers in London, Windsor and Kitchener said tariffs would cost thousands of jobs. The companies sell most of their parts abroad. Talks with buyers will resume next month. Union leaders will rally on Friday at the plant gates in London in southwestern Ontario.';
		expect(londons(text)).toEqual(['London → city CA/08', 'London → city CA/08']);
	});

	it('does not reach back from a qualified namesake', () => {
		const text = 'Talks in London ended on Monday. The ministers flew home. Their aides stayed on. A second round will be held in London, Ontario, in May.';
		expect(londons(text)[0]).toBe('London → city GB/ENG');
	});

	it('does not carry a namesake abroad back to a bare name the text\'s towns placed at home (us-local-s46 A)', () => {
		const text = 'MOSCOW — Helen Sorensen, 91, was born near Genesee and taught in Troy and Potlatch. She sang with a choir in Moscow, Russia, in 1991.';
		expect(readPlaces(gazetteer, text).filter((line) => /^moscow →/i.test(line))).toEqual(['MOSCOW → city US/ID', 'Moscow → city RU/48']);
	});

	it('does not carry a namesake in another state back to a bare dateline the text\'s towns placed', () => {
		const text = 'LEBANON — Walter Hayes, 90, died Monday. Born in Lebanon, Mo., he worked at the mill in Sweet Home and retired to Albany and Brownsville.';
		expect(readPlaces(gazetteer, text).filter((line) => /^lebanon →/i.test(line))).toEqual(['LEBANON → city US/OR', 'Lebanon → city US/MO']);
	});

	it('reaches back and forward from a town its state or ZIP code qualifies, where the bare name rests on size alone', () => {
		const windsors = (text: string) => readPlaces(gazetteer, text).filter((line) => line.startsWith('Windsor →') || line.startsWith('windsor →'));
		expect(windsors('Windsor: the old mill at Windsor, Vt.')).toEqual(['Windsor → city US/VT', 'Windsor → city US/VT']);
		const lower = 'windsor:  the old mill at windsor, vt';
		const spans = [...lower.matchAll(/windsor/g)].map((m) => ({ start: m.index, end: m.index + 7 }));
		expect(readPlaces(gazetteer, lower, { geoparse: { spans } })).toEqual(['windsor → city US/VT', 'windsor → city US/VT']);
	});

	it('does not reach a mention whose own kind word rules the town out (world-s42 B, world-s46 A)', () => {
		const mendozas = (text: string) => readPlaces(gazetteer, text).filter((line) => line.startsWith('Mendoza →') || line.startsWith('MENDOZA →'));
		expect(mendozas('MENDOZA, Argentina - Hail cut the grape harvest in Mendoza province by a fifth.')).toEqual(['MENDOZA → city AR/13', 'Mendoza → region AR/13']);
		expect(mendozas('MENDOZA, Argentina - Hail cut the grape harvest in the province of Mendoza by a fifth.')[1]).toBe('Mendoza → region AR/13');
		// ... and reaches a bare one still
		expect(mendozas('MENDOZA, Argentina - Wine sales rose in Mendoza, the city chamber said.')[1]).toBe('Mendoza → city AR/13');
	});
});
