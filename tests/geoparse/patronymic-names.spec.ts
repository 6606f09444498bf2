// A person's own name before a patronymic particle ("Hamdan bin Mohammed", "Ali ibn Hussein") is no place,
// whatever place bears the name. Texts written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const names = (text: string) => geoparse(text, gazetteer, { includeEmbedded: false }).map((t) => t.name);

describe('a name before a patronymic particle', () => {
	it('is a person, not the district that bears it', () => {
		expect(names('The Crown Prince, Sheikh Hamdan bin Mohammed, opened the new wing of the hospital on Monday.')).toEqual([]);
	});

	it('leaves a place before other lower-case words, and after the particle and the name', () => {
		expect(names('The ferry from Sarıyer crossed to Beykoz in twenty minutes.')).toEqual(['Sarıyer', 'Beykoz']);
		expect(names('Sheikh Hamdan bin Mohammed flew to Dubai and then to Abu Dhabi.')).toEqual(['Dubai', 'Abu Dhabi']);
	});
});
