// A name listed among countries only, none of whose readings is a country, names a land as they do: its largest
// first-level region, not a town the text's own country holds ("diagnosed in Italy, Spain and Florida" in a Cuban
// story is the US state, not Florida in Camagüey). A list of the country's own divisions keeps its town reading, and a capital or a city known abroad stays itself
// ("Chile, Peru and Santiago").
// Written for these tests (none copied); no name is listed in the geoparser.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../src/lib/gazetteer/index.ts';
import { geoparse } from '../../src/lib/geoparse/index.ts';
import { testGazetteer } from '../helpers/gazetteer.ts';

let gazetteer: Gazetteer;
beforeAll(async () => {
	gazetteer = await testGazetteer();
});

function readingOf(text: string, name: string): string {
	const found = geoparse(text, gazetteer).find((t) => t.name === name);
	return found ? `${found.kind} ${found.country}` : 'none';
}

describe('a name listed among countries', () => {
	it('reads Florida among Italy and Spain in a Cuban story as the US state', () => {
		const text = 'HAVANA - Cuba has confirmed the fever in all of its provinces; Matanzas, Camagüey and Holguín have the most cases. Travellers returning from Cuba have been diagnosed in Italy, Spain and Florida.';
		expect(readingOf(text, 'Florida')).toBe('region US');
	});

	it('keeps a capital listed among countries the capital', () => {
		expect(readingOf('Markets fell in Chile, Peru and Santiago on Tuesday.', 'Santiago')).toBe('city CL');
		expect(readingOf('Sales rose in Brazil, Argentina and Santiago.', 'Santiago')).toBe('city CL');
	});

	it('keeps Florida the Uruguayan town among Uruguayan departments', () => {
		expect(readingOf("MONTEVIDEO - Uruguay's departments of Canelones, Florida and San José reported the most cases.", 'Florida')).toBe('city UY');
	});
});
