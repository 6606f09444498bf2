// inCapitals (world-sentence-cities.ts) decides an ASCII name by its character codes and leaves any other to the
// \p{Ll} pattern: a name with a lower-case letter outside ASCII ("ZüRICH", "São Paulo") is no name in capitals, one
// whose letters outside ASCII are capitals ("ÅBENRÅ", "SÃO PAULO") is.
import { describe, expect, it } from 'vitest';
import { inCapitals } from '../../src/lib/geoparse/world-sentence-cities.ts';

describe('a name written in capitals', () => {
	it('is one without a lower-case letter, in ASCII', () => {
		expect(['ROME', 'ST. LOUIS', 'WINSTON-SALEM', 'K2'].map(inCapitals)).toEqual([true, true, true, true]);
		expect(['Rome', 'St. Louis', 'ROMe'].map(inCapitals)).toEqual([false, false, false]);
	});

	it('reads the letters outside ASCII too, wherever they stand', () => {
		expect(['ÅBENRÅ', 'SÃO PAULO', 'ZÜRICH'].map(inCapitals)).toEqual([true, true, true]);
		// (a lower-case letter only after the first letter outside ASCII, or only outside ASCII)
		expect(['ZüRICH', 'ÅBENRå', 'ß', 'São Paulo'].map(inCapitals)).toEqual([false, false, false, false]);
	});
});
