// Two countries bear "Congo". News writes the smaller one, whose capital is Brazzaville, "the Republic of Congo",
// without the "the" of the gazetteer's "Republic of the Congo": read so, the words named only "Congo", which news
// gives the Democratic Republic (aliases.tsv), and a text naming nothing else there put the republic 900 km away.
// Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const placesIn = (text: string) => geoparse(text, gazetteer).map((t) => `${t.name}:${t.country ?? '-'}`);

describe('the Republic of Congo', () => {
	it('is the Brazzaville republic, with nothing else in the text to tell', () => {
		expect(placesIn('The explorer holds two offshore blocks in Gabon and the Republic of Congo.')).toEqual(['Gabon:GA', 'Republic of Congo:CG']);
		expect(placesIn('Oil output in the Congo Republic rose by a tenth last year.')).toEqual(['Congo Republic:CG']);
	});

	it('leaves the Democratic Republic and the bare name as they were', () => {
		expect(placesIn('Aid reached the Democratic Republic of Congo on Monday.')).toEqual(['Democratic Republic of Congo:CD']);
		expect(placesIn('Rebels in eastern Congo freed two aid workers.')).toEqual(['Congo:CD']);
		expect(placesIn('The ferry from Brazzaville, Congo, was late.')).toEqual(['Brazzaville:CG', 'Congo:CG']);
	});
});
