// "It lies approximately 90 kilometres north-east of the regional capital Kraków": a stub whose subject
// the gazetteer lacks is placed that far along that bearing from the place named (distance-point.ts),
// and the neighbours it names are read near that point, not beside the place it is measured from.
import { beforeAll, describe, expect, it } from 'vitest';
import { bearingOf, destination, statedKilometres } from '../../src/lib/geoparse/distance-point.ts';
import { kilometres } from '../../src/lib/geoparse/qualifies.ts';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';
import { kmFromReading } from '../helpers/km-from.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

const kmFrom = (text: string, name: string, point: [number, number]) => kmFromReading(gazetteer, text, name, point);

describe('a subject placed by its distance from a named place', () => {
	it('statedKilometres: miles in any case become km, km stay as written', () => {
		expect(statedKilometres('4', 'mi')).toBeCloseTo(6.44, 2);
		expect(statedKilometres('10', 'Miles')).toBeCloseTo(16.09, 2);
		expect(statedKilometres('12', 'km')).toBe(12);
		expect(statedKilometres('2.5', 'Kilometres')).toBe(2.5);
	});

	it('bearingOf: compass words with or without a hyphen, in any case', () => {
		expect(bearingOf('north-east')).toBe(45);
		expect(bearingOf('Southwest')).toBe(225);
		expect(bearingOf('WEST')).toBe(270);
	});

	it('destination: the point that far along the bearing', () => {
		const from = { lat: 50.06, lon: 19.94 };
		const to = destination(from, 45, 90);
		expect(kilometres(from, to)).toBeCloseTo(90, 0);
		expect(to.lat).toBeGreaterThan(from.lat);
		expect(to.lon).toBeGreaterThan(from.lon);
		expect(destination(from, 180, 111).lat).toBeCloseTo(49.06, 1);
	});

	it('reads the neighbours it names near that point ("90 kilometres north-east of Kraków … Morawica" is not the Morawica beside Kraków)', () => {
		// (the names: the Morawica 13 km from Kraków and the one 90 km north-east of it, and so on)
		expect(kmFrom('Wola Zabłocka is a village in southern Poland. It lies approximately 90 kilometres (56 mi) north-east of the regional capital Kraków. Its neighbouring villages are Morawica and Bilcza.', 'Morawica', [50.75, 20.62])).toBeLessThan(10);
		expect(kmFrom('Wola Zabłocka is a village in Lesser Poland Voivodeship, in southern Poland. It lies approximately 95 kilometres (59 mi) east of the regional capital Kraków. It borders Racławice.', 'Racławice', [49.75, 21.19])).toBeLessThan(10);
		expect(kmFrom('Wola Zabłocka is a village in Masovian Voivodeship, in east-central Poland. It lies approximately 85 kilometres (53 mi) east of Warsaw. Its neighbouring villages are Bielany and Stoczek.', 'Bielany', [52.34, 22.25])).toBeLessThan(10);
	});

	it('reads on to a later distance where the first names no place ("5 km west of the river bend and 90 km north-east of Kraków")', () => {
		const text = 'Wola Zabłocka is a village in southern Poland. It lies approximately 5 kilometres west of the river bend and 90 kilometres north-east of the regional capital Kraków. Its neighbouring villages are Morawica and Bilcza.';
		expect(kmFrom(text, 'Morawica', [50.75, 20.62])).toBeLessThan(10);
	});

	it('not where the gazetteer has the subject, nor in a text that describes no subject', () => {
		// news: "30 km north of Warsaw" places nothing (Bielany stays the Warsaw district)
		expect(kmFrom('Police said the crash happened 85 km east of Warsaw. Residents of Bielany were evacuated.', 'Bielany', [52.29, 20.94])).toBeLessThan(10);
	});
});
