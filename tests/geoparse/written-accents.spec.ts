// A name written with accents is a place whose own name has them, not an unaccented namesake in another
// country (src/lib/geoparse/written-accents.ts): not where the text is about the namesake's own area,
// nor where the unaccented name came first (recurrence.ts, placed-later.ts), and a town of the subject's
// own name is no parent of it (within-parent.ts). Sentences written for these tests, against the real gazetteer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { readPlaces } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const countriesOf = (text: string, name: string) =>
	readPlaces(gazetteer, text)
		.filter((line) => line.startsWith(`${name} →`))
		.map((line) => line.replace(/^.* (\S\S)\/\S*$/, '$1'));

describe('a name written with accents', () => {
	it('is the place that bears the accents, after its unaccented namesake at home', () => {
		const text = 'Tabor is a small city in Fremont County, Iowa. Later in the year its choir travelled to the Czech Republic and sang in Tábor, a historic town in South Bohemia.';
		expect(countriesOf(text, 'Tabor')).toEqual(['US']);
		expect(countriesOf(text, 'Tábor')).toEqual(['CZ']);
	});

	it('is the place that bears the accents in a text about its namesake’s own area', () => {
		const text =
			'Lesterville is a town in Yankton County, South Dakota. Czech farmers settled the prairie in the 1870s, and the hamlet of Tabor, 20 miles to the west, took its name from the Bohemian town of Tábor. Tabor and Tyndall hold a polka festival each summer.';
		expect(countriesOf(text, 'Tabor')).toEqual(['US', 'US']);
		expect(countriesOf(text, 'Tábor')).toEqual(['CZ']);
	});

	it('keeps its place where the accents are dropped later', () => {
		const text = 'The choir sang in Tábor, a historic town in South Bohemia. After Tabor, the singers went on to Prague.';
		expect(countriesOf(text, 'Tábor')).toEqual(['CZ']);
		expect(countriesOf(text, 'Tabor')).toEqual(['CZ']);
	});
});
