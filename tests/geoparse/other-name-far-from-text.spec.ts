// A small town the text names only by another of its names (GeoNames' alternate names), chosen for nothing the text
// says of it, in a country none of the text's other places lies in and far from all of them, is no reading of the
// name: the text's own place is one the gazetteer lacks. Its own name, a big city's other name and a town near the
// text's places stand. Written for these tests (none copied); no name is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { placeAndCountryOf } from '../helpers/read-places.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

describe('a small town named only by another of its names, far from the text', () => {
	it('leaves Mina unmapped in a story of Mecca, not Minot, North Dakota, 11,000 km off', () => {
		const text = 'RIYADH - Pilgrims walked for hours in the sun between Mina and the plain of Arafat, and clinics in Mecca and Jeddah treated 2,700 people; the dead were buried in Medina.';
		expect(placeAndCountryOf(gazetteer, text, 'Mina')).toBe('none');
		expect(placeAndCountryOf(gazetteer, text, 'Mecca')).toBe('Mecca, SA');
	});

	it('keeps the town where the text names it by its own name too', () => {
		const text = 'Snow closed schools in Minot on Monday, and flights from Mina were cancelled, as were those to Mecca, Jeddah and Medina.';
		expect(placeAndCountryOf(gazetteer, text, 'Mina')).toBe('Minot, US');
	});

	it('keeps a town by another name among the text places around it', () => {
		const text = 'MUZAFFARABAD - Floods cut the roads to Mirpur and Kotli, and rescuers from Rawalakot and Bagh reached the villages on Tuesday.';
		expect(placeAndCountryOf(gazetteer, text, 'Mirpur')).toBe('New Mirpur, PK');
	});

	it('keeps the opening of a town own name, the short form English writes, far as it lies', () => {
		const text = 'He is touring Canada and the US before his residency in Las Vegas, but fans can see a tribute show when it comes to Clacton this weekend.';
		expect(placeAndCountryOf(gazetteer, text, 'Clacton')).toBe('Clacton-on-Sea, GB');
	});

	it('keeps a big city known abroad by its old name, far as it lies', () => {
		const text = 'CHICAGO - Officials from Detroit, Cleveland and Milwaukee flew to Bombay for the trade talks.';
		expect(placeAndCountryOf(gazetteer, text, 'Bombay')).toBe('Mumbai, IN');
	});
});
